/**
 * Word lists that type and link what the recogniser finds, as data with reasons
 * (STYLE.md point 4). Words are matched exactly as written (case-sensitive) on
 * token texts, so "Corp." and "Corp" are separate entries. The lint test in
 * type-cues.test.ts checks ids, reasons and duplicates.
 */
import type { EntityType } from '../../model/schema.js';

export interface CueGroup {
  id: string;
  reason: string;
  words: readonly string[];
}

export interface TypedCueGroup extends CueGroup {
  type: EntityType;
}

/** The last word of a name that makes it an organisation or a facility: "Quds Force", "Baghdad International Airport". */
export const NAME_HEAD_GROUPS: readonly TypedCueGroup[] = [
  {
    id: 'government-bodies',
    type: 'ORG',
    reason: 'State institutions are named "<qualifier> <body>": "Interior Ministry", "Popular Mobilization Authority".',
    words: ['Ministry', 'Government', 'Parliament', 'Council', 'Assembly', 'Authority', 'Authorities', 'Agency', 'Commission', 'Committee', 'Court', 'Department', 'Senate', 'Congress', 'Cabinet', 'Administration', 'Bureau', 'Directorate', 'Service', 'Services', 'Secretariat', 'Nations'],
  },
  {
    id: 'armed-groups',
    type: 'ORG',
    reason: 'Armed forces and militias: "Quds Force", "Iraqi Army", "Hezbollah Brigades", "Revolutionary Guard".',
    words: ['Army', 'Force', 'Forces', 'Brigade', 'Brigades', 'Militia', 'Militias', 'Guard', 'Guards', 'Corps', 'Front', 'Battalion', 'Battalions', 'Regiment', 'Navy', 'Police', 'Command'],
  },
  {
    id: 'political-and-civil',
    type: 'ORG',
    reason: 'Parties, movements and civil bodies: "Dawa Party", "Sadrist Movement", "Red Crescent Society".',
    words: ['Party', 'Movement', 'Alliance', 'Coalition', 'Bloc', 'League', 'Union', 'Organization', 'Organisation', 'Association', 'Federation', 'Society', 'Foundation', 'Institute', 'Center', 'Centre', 'Fund', 'Network', 'Trust', 'Board', 'Club'],
  },
  {
    id: 'companies',
    type: 'ORG',
    reason: 'Company names end in a legal form or an industry word: "Acme Corp.", "Iraqi Airways", "General Motors".',
    words: ['Company', 'Corp', 'Corp.', 'Corporation', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Co.', 'Group', 'Holdings', 'Bank', 'Airlines', 'Airways', 'Motors', 'Electric', 'Petroleum', 'Energy', 'Industries', 'Technologies'],
  },
  {
    id: 'media',
    type: 'ORG',
    reason: 'News outlets are named after their medium: "Shafaq News", "New York Times", "Washington Post".',
    words: ['News', 'Times', 'Post', 'Herald', 'Tribune', 'Journal', 'Press', 'Television', 'TV', 'Radio', 'Channel', 'Gazette', 'Telegraph', 'Observer', 'Bulletin', 'Magazine'],
  },
  {
    id: 'markets',
    type: 'ORG',
    reason: 'Exchanges and markets act as organisations: "New York Stock Exchange", "Tehran Stock Exchange".',
    words: ['Exchange', 'Exchanges'],
  },
  {
    id: 'education',
    type: 'ORG',
    reason: 'Universities and schools act as organisations in news: "Baghdad University".',
    words: ['University', 'College', 'Academy', 'School', 'Library', 'Libraries', 'Institution'],
  },
  {
    id: 'facilities',
    type: 'FAC',
    reason: 'Buildings and infrastructure: "Baghdad International Airport", "US Embassy", "Tahrir Square", "Mosul Dam".',
    words: ['Airport', 'Embassy', 'Embassies', 'Consulate', 'House', 'Bridge', 'Palace', 'Square', 'Stadium', 'Hospital', 'Port', 'Base', 'Dam', 'Street', 'Road', 'Avenue', 'Highway', 'Mosque', 'Church', 'Cathedral', 'Shrine', 'Temple', 'Synagogue', 'Prison', 'Hotel', 'Tower', 'Building', 'Museum', 'Market', 'Zone', 'Checkpoint', 'Crossing', 'Refinery', 'Station', 'Terminal', 'Canal', 'Pipeline'],
  },
];

/**
 * Words naming a kind of territory before "of" and a place, the whole being the place's name:
 * "Principality of Mingrelia", "Colony of Singapore", "Grand Duchy of Luxembourg". "City" is left
 * out: UNER tags "Springfield" alone in "City of Springfield".
 */
export const PLACE_OF_HEADS: CueGroup = {
  id: 'place-of-heads',
  reason: 'A polity or territory named as "<kind> of <place>" is one place name, not a kind word before a place.',
  words: ['Principality', 'Province', 'Colony', 'Kingdom', 'Republic', 'Duchy', 'County', 'Municipality', 'State', 'Emirate', 'Governorate', 'Sultanate', 'Empire', 'Territory', 'Prefecture', 'Isle'],
};

/**
 * Legislatures and party bodies named by one word that the model leaves untagged when the word stands
 * alone ("for Congress to say", "a member of the Sejm"): there they are the organisation, as UNER tags
 * them. "Parliament" and "Senate" are left out: the training data and CrossNER leave them untagged in
 * "Member of Parliament" and inside election names.
 */
export const LEGISLATURE_NAMES: CueGroup = {
  id: 'legislature-names',
  reason: 'A one-word legislature or party body standing alone names that organisation.',
  words: ['Congress', 'Knesset', 'Duma', 'Bundestag', 'Sejm', 'Riksdag', 'Storting', 'Folketing', 'Oireachtas', 'Majlis', 'Politburo'],
};

/**
 * US states as addresses and datelines abbreviate them after a city and a comma: "Chillicothe , OH",
 * "Austin , Tex.", "S. F. , Cal.". The model tags too few (it read "Tex." as a person). Postal codes that
 * are also English words in capitals ("IN", "OR", "ME", "OK", "HI") are left out.
 */
export const US_STATE_ABBREVIATIONS: CueGroup = {
  id: 'us-state-abbreviations',
  reason: 'A US state abbreviated after "<place> ," is that state, a place.',
  words: [
    // Postal codes.
    'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'ID', 'IL', 'IA', 'KS', 'KY', 'LA', 'MD', 'MA', 'MI', 'MN',
    'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA',
    'WV', 'WI', 'WY',
    // Newspaper (AP) abbreviations, and older ones ("Cal.").
    'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Cal.', 'Colo.', 'Conn.', 'Del.', 'D.C.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.', 'Md.',
    'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.',
    'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Tex.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.',
  ],
};

/**
 * Lower-case heads that news style writes after a capitalised name: "the Sadrist
 * movement", "the Baath party", "Anbar province". Only used right after a
 * capitalised run that is not itself a gazetteer name ("the Iraqi party" stays NORP).
 */
export const LOWERCASE_HEAD_GROUPS: readonly TypedCueGroup[] = [
  {
    id: 'lowercase-org-heads',
    type: 'ORG',
    reason: 'Movements and parties are often written lower-case after their name: "the Sadrist movement".',
    words: ['movement', 'party'],
  },
  {
    id: 'lowercase-region-heads',
    type: 'GPE',
    reason: 'Administrative regions are written lower-case after their name: "Anbar province", "Nineveh governorate".',
    words: ['province', 'governorate'],
  },
];

/**
 * Titles before a person's name, as phrases (space-separated tokens as the
 * tokenizer produces them). Matched longest first, so "Prime Minister" wins over
 * "Minister". A title directly followed by "of" is an office ("Minister of Oil"), not a cue.
 */
export const PERSON_TITLE_GROUPS: readonly CueGroup[] = [
  {
    id: 'political-offices',
    reason: 'Office titles precede names in news: "President Barham Salih", "Prime Minister Mustafa al-Kadhimi".',
    words: ['President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Minister', 'Foreign Minister', 'Defense Minister', 'Defence Minister', 'Interior Minister', 'Finance Minister', 'Oil Minister', 'Secretary of State', 'Secretary-General', 'Secretary', 'Director', 'Commissioner', 'Chancellor', 'Premier', 'Speaker', 'Senator', 'Governor', 'Mayor', 'Ambassador', 'Envoy', 'Judge', 'Chairman', 'Attorney General'],
  },
  {
    id: 'military-ranks',
    reason: 'Ranks precede names: "General Qassem Soleimani", "Lt. Gen. Smith" (abbreviated forms keep their stop as one token).',
    words: ['General', 'Gen.', 'Lieutenant General', 'Colonel', 'Col.', 'Major', 'Maj.', 'Captain', 'Capt.', 'Lieutenant', 'Lt.', 'Sergeant', 'Sgt.', 'Admiral', 'Adm.', 'Brigadier', 'Brig.', 'Field Marshal', 'Marshal', 'Commander'],
  },
  {
    id: 'courtesy-titles',
    reason: 'Courtesy and academic titles, with and without a stop: "Mr. Smith", "Dr Jones".',
    words: ['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Prof.', 'Professor', 'Sen.', 'Rep.', 'Gov.', 'Rev.'],
  },
  {
    id: 'religious-and-royal',
    reason: 'Religious and royal titles common in Middle East coverage: "Sheikh Qais al-Khazali", "Grand Ayatollah Ali al-Sistani".',
    words: ['Sheikh', 'Shaikh', 'Sheik', 'Ayatollah', 'Grand Ayatollah', 'Imam', 'Sayyid', 'Sayed', 'Mullah', 'King', 'Queen', 'Prince', 'Princess', 'Crown Prince', 'Emir', 'Sultan', 'Pope', 'Patriarch', 'Bishop', 'Archbishop', 'Rabbi', 'Pastor'],
  },
  {
    id: 'lowercase-roles',
    reason: 'Role nouns written lower-case right before a name: "Shiite cleric Muqtada al-Sadr", "militia commander Abu Fadak".',
    words: ['leader', 'cleric', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'chief', 'envoy', 'ambassador', 'lawmaker', 'MP', 'senator', 'governor', 'general', 'premier'],
  },
];

/**
 * Name particles, which vary inside a name without changing who is meant
 * ("al-Sadr" ~ "Sadr", "Osama bin Laden" ~ "Osama Bin Laden"): linking compares
 * names without them. Arabic article prefixes are matched on the start of a
 * hyphenated token ("al-Sadr", "Al-Kazemi", "ash-Shami").
 */
export const NAME_PARTICLE_TOKENS: CueGroup = {
  id: 'name-particle-tokens',
  reason: 'Patronymic and nobiliary particles occur almost only inside personal names.',
  words: ['bin', 'Bin', 'ibn', 'Ibn', 'bint', 'Abu', 'Umm', 'van', 'von'],
};

export const NAME_PARTICLE_PREFIXES: CueGroup = {
  id: 'arabic-article-prefixes',
  reason: 'Transliterated Arabic surnames carry the article, assimilated or not: al-, el-, ad-, ash-, as-, az-, ar-, an-, at-. Lower-cased before comparison.',
  words: ['al-', 'el-', 'ad-', 'ash-', 'as-', 'az-', 'ar-', 'an-', 'at-'],
};

/**
 * Words before a capital city that make it a place rather than an actor: "in
 * Tehran" is where something happened; "Tehran" as the subject of "accuses", or
 * in "loyal to Tehran", is the government (metonymy) and joins its country.
 */
export const LOCATIVE_WORDS: CueGroup = {
  id: 'locative-words',
  reason: 'A capital after these words is a location, not an actor standing for its government.',
  words: ['in', 'at', 'near', 'inside', 'outside', 'around', 'across', 'into', 'within', 'throughout', 'of', 'from', 'via', 'toward', 'towards', 'visited', 'visit'],
};

/** A lookup set over cue groups, built once per list. */
export function wordSet(...groups: readonly CueGroup[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const group of groups) for (const word of group.words) set.add(word);
  return set;
}

/** Head word → entity type, built once. */
export function headIndex(groups: readonly TypedCueGroup[]): ReadonlyMap<string, EntityType> {
  const index = new Map<string, EntityType>();
  for (const group of groups) for (const word of group.words) index.set(word, group.type);
  return index;
}
