/**
 * English abbreviations written with a full stop that usually does NOT end a
 * sentence, as data (STYLE.md point 4). The sentence splitter merges a break that
 * follows one of these; the tokenizer keeps the full stop inside the token ("Mr.").
 *
 * Forms are written without their final full stop; internal full stops stay
 * ("U.S", "e.g"). Lookups are case-insensitive ("GEN." in a headline is "Gen."),
 * except in groups marked caseSensitive.
 * The lint test (abbreviations.test.ts) checks reasons, duplicates and forms.
 */
export interface AbbreviationGroup {
  id: string;
  reason: string;
  /**
   * True when a sentence often ends on this abbreviation ("…a company based in the
   * U.S. The deal…"): the break is kept when the next word is a typical sentence
   * opener (SENTENCE_OPENERS). False for words that always precede something ("Mr.").
   */
  mayEndSentence: boolean;
  /**
   * True when the form is only an abbreviation before a number ("No. 3", "Art. 5");
   * elsewhere it is an ordinary word ("He said no.").
   */
  beforeNumberOnly?: boolean;
  /**
   * True when only the written capitalisation is an abbreviation: "Ill." is
   * Illinois, "ill." ends "He was ill." Lookups are otherwise case-insensitive.
   */
  caseSensitive?: boolean;
  forms: readonly string[];
}

export const ABBREVIATION_GROUPS: readonly AbbreviationGroup[] = [
  {
    id: 'personal-titles',
    reason: 'Courtesy and academic titles stand before a name, never at the end of a sentence.',
    mayEndSentence: false,
    forms: ['Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Dr', 'Prof', 'Rev', 'Hon', 'Fr', 'Msgr'],
  },
  {
    id: 'military-ranks',
    reason: 'Military ranks as abbreviated in AP/Reuters style precede a name ("Lt. Gen. Smith").',
    mayEndSentence: false,
    forms: ['Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpl', 'Sgt', 'Pvt', 'Adm', 'Cmdr', 'Cdr', 'Brig', 'Insp', 'Supt'],
  },
  {
    id: 'political-titles',
    reason: 'Political titles in wire style ("Sen. Warren", "Gov. Newsom", "Rep. Pelosi") precede a name.',
    mayEndSentence: false,
    forms: ['Gov', 'Sen', 'Rep', 'Pres', 'Amb', 'Atty', 'Treas', 'Sec'],
  },
  {
    id: 'name-suffixes',
    reason: 'Generational suffixes end a name, which may also end the sentence ("…said John Smith Jr. He…").',
    mayEndSentence: true,
    forms: ['Sr', 'Jr'],
  },
  {
    id: 'saint-and-places',
    reason: 'Saint and place-name abbreviations precede a name ("St. Louis", "Mt. Everest", "Ft. Worth").',
    mayEndSentence: false,
    forms: ['St', 'Mt', 'Ft', 'Pt'],
  },
  {
    id: 'street-types',
    reason: 'Street types end an address, which may end a sentence ("…on Main Ave. Police said…").',
    mayEndSentence: true,
    forms: ['Ave', 'Blvd', 'Rd', 'Hwy', 'Sq'],
  },
  {
    id: 'us-states',
    reason: 'AP style abbreviates US states after a city ("Amherst, N.Y.", "Miami Beach, Fla."); the city may end the sentence.',
    mayEndSentence: true,
    caseSensitive: true,
    forms: ['Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo'],
  },
  {
    id: 'months',
    reason: 'AP style abbreviates months before a day or year ("Jan. 3", "Sept. 2020"); "May" is never abbreviated.',
    mayEndSentence: false,
    forms: ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
  },
  {
    id: 'weekdays',
    reason: 'Abbreviated weekdays in datelines and schedules ("Tue. Jan. 3") precede a date.',
    mayEndSentence: false,
    forms: ['Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri'],
  },
  {
    id: 'company-suffixes',
    reason: 'Company suffixes end a name, which often ends the sentence ("…a unit of Acme Corp. The…").',
    mayEndSentence: true,
    forms: ['Inc', 'Corp', 'Ltd', 'Co', 'Bros', 'Plc', 'Cos'],
  },
  {
    id: 'number-markers',
    reason: '"No." and "Art." abbreviate number and article only before a numeral; "no." is otherwise the word no.',
    mayEndSentence: false,
    beforeNumberOnly: true,
    forms: ['No', 'Nos', 'Art', 'Vol', 'Ch', 'Fig', 'p', 'pp'],
  },
  {
    id: 'latin-and-reference',
    reason: 'Latin and reference abbreviations sit inside a sentence ("vs. Iran", "e.g. oil", "approx. 40").',
    mayEndSentence: false,
    forms: ['vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'ca', 'est', 'Dept', 'Univ', 'Assn'],
  },
  {
    id: 'list-enders',
    reason: '"etc." closes a list and frequently the sentence with it.',
    mayEndSentence: true,
    forms: ['etc'],
  },
  {
    id: 'country-initialisms',
    reason: 'Dotted country and body initialisms are common mid-sentence ("the U.S. Embassy") and at its end ("…in the U.S.").',
    mayEndSentence: true,
    forms: ['U.S', 'U.K', 'U.N', 'U.S.A', 'U.A.E', 'E.U', 'D.C', 'N.Y', 'L.A'],
  },
  {
    id: 'clock-times',
    reason: 'Clock suffixes follow a time inside a sentence ("at 5 p.m. on Friday") and may end it.',
    mayEndSentence: true,
    forms: ['a.m', 'p.m'],
  },
];

/**
 * Capitalised words that typically open a sentence. After an abbreviation that may
 * end a sentence ("U.S.", "Inc.", "p.m."), one of these next means a new sentence
 * did start; any other word ("U.S. Embassy") means the sentence goes on.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  `The A An He She It They We I You His Her Its Their Our My This That These Those There Here But And Or So Yet
  If In On At As By For From To With After Before During While When Since Although Though Because However Meanwhile
  Still Then Now Also Some Many Most All Both Each No Not What Who Which Where Why How Officials Police`.split(/\s+/),
);

export interface AbbreviationInfo {
  group: string;
  /** The form as written in the data, for case-sensitive groups. */
  form: string;
  caseSensitive: boolean;
  mayEndSentence: boolean;
  beforeNumberOnly: boolean;
}

/** Lower-cased form (without final full stop) → what we know about it. Built once. */
export const ABBREVIATIONS: ReadonlyMap<string, AbbreviationInfo> = buildAbbreviationIndex(ABBREVIATION_GROUPS);

function buildAbbreviationIndex(groups: readonly AbbreviationGroup[]): Map<string, AbbreviationInfo> {
  const index = new Map<string, AbbreviationInfo>();
  for (const group of groups) {
    for (const form of group.forms) {
      index.set(form.toLowerCase(), {
        group: group.id,
        form,
        caseSensitive: group.caseSensitive ?? false,
        mayEndSentence: group.mayEndSentence,
        beforeNumberOnly: group.beforeNumberOnly ?? false,
      });
    }
  }
  return index;
}

/**
 * The abbreviation info for a word written before a full stop ("Mr" of "Mr."),
 * case-insensitive except for groups marked caseSensitive ("Ill" but not "ill").
 */
export function lookupAbbreviation(wordBeforeStop: string): AbbreviationInfo | undefined {
  const info = ABBREVIATIONS.get(wordBeforeStop.toLowerCase());
  if (info?.caseSensitive && info.form !== wordBeforeStop) return undefined;
  return info;
}
