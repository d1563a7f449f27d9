/**
 * Closed-class word lists the attribution rules read, as data with reasons
 * (STYLE.md point 4). Words are lower-case and matched on lower-cased token texts;
 * the lint test in quote-words.test.ts checks ids, reasons and duplicates.
 */

export interface WordGroup {
  id: string;
  reason: string;
  words: readonly string[];
}

/** Words that may stand between a speaker and the cue: "Smith has also said", "he repeatedly warned". */
export const BETWEEN_SPEAKER_AND_CUE: WordGroup = {
  id: 'auxiliaries-and-adverbs',
  reason: 'Auxiliaries (with their clitic forms: "they\'re hopeful", "I ca n\'t say"), copulas before an adjective cue ("they remain hopeful"), negation and common adverbs come between a subject and its reporting verb ("are now more convinced that"); adverbs in -ly are skipped by rule.',
  words: [
    'has', 'have', 'had', "'s", '’s', "'ve", '’ve', "'d", '’d', "'re", '’re', "'m", '’m', "'ll", '’ll', 'ca', 'wo', 'cannot', 'am', 'is', 'was', 'were', 'are', 'be', 'been', 'being',
    'will', 'would', 'could', 'can', 'may', 'might', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed',
    'should', 'must', 'shall', 'did', 'does', 'do', 'not', "n't", 'n’t', 'never', 'ever', 'also', 'then', 'later', 'once', 'often', 'again',
    'first', 'twice', 'just', 'still', 'even', 'already', 'earlier', 'long', 'now', 'always', 'further', 'too', 'only', 'both', 'all', 'each', 'soon',
    'reportedly', 'allegedly', 'apparently', 'previously', 'recently', 'repeatedly', 'publicly', 'privately', 'initially', 'separately',
    'but', 'and', 'more', 'less', 'very', 'quite',
  ],
};

/** Time expressions that may stand between a speaker and the cue: "Smith on Wednesday warned", "she last week said". */
export const TIME_WORDS: WordGroup = {
  id: 'time-words',
  reason: 'A time adverbial often stands between subject and verb in news ("al-Sadr on Wednesday warned"); it is never the speaker.',
  words: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'tomorrow',
    'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'time', 'last', 'this', 'next', 'earlier', 'late', 'early',
    'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  ],
};

/** Prepositions that open a time adverbial: "on Wednesday", "in March", "at the weekend". */
export const TIME_PREPOSITIONS: WordGroup = {
  id: 'time-prepositions',
  reason: 'A preposition before a time word belongs to the time adverbial, not to the speaker.',
  words: ['on', 'in', 'at', 'during', 'over'],
};

/** Words at which a speaker phrase ends when walking back from the cue. */
export const SOURCE_BOUNDARIES: WordGroup = {
  id: 'clause-boundaries',
  reason: 'Subordinators, relative pronouns, conjunctions and verbs of being start a new clause: the speaker phrase cannot reach across them.',
  words: [
    'that', 'which', 'whom', 'whose', 'when', 'while', 'where', 'because', 'but', 'or', 'if', 'as', 'after', 'before', 'since', 'though',
    'although', 'so', 'than', 'until', 'unless', 'whether', 'once', 'and', 'nor', 'yet', 'why', 'how', 'what', 'is', 'was', 'were', 'are',
    'be', 'been', 'being', 'has', 'have', 'had', 'to', 'not', 'in', 'on', 'at', 'with', 'by', 'from', 'into', 'about', 'against',
    'during', 'without', 'like', 'over', 'under', 'there', 'here', 'also',
  ],
};

/** Relative pronouns: "Cruz, who says …": the pronoun is the source phrase, its antecedent the speaker. */
export const RELATIVE_PRONOUNS: WordGroup = {
  id: 'relative-pronouns',
  reason: 'A relative clause\'s reporting verb has the relative pronoun as subject; the speaker is the noun it follows.',
  words: ['who', 'which', 'that'],
};

/** Determiners and possessives: a cue form right after one is a noun ("the report", "his claims"). */
export const DETERMINERS: WordGroup = {
  id: 'determiners',
  reason: 'A word after a determiner or possessive is a noun, not a reporting verb: "the report", "his claims", "a note".',
  words: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'no', 'any', 'every', 'each', 'some', 'such', 'another', 'one', 'two', 'three', 'many', 'several', 'few', 'more', 'most', 'new', 'latest', 'recent', 'first', 'final', 'last', 'previous', 'own'],
};

/** Personal pronouns as speakers, with what they can refer to. */
export interface PronounInfo {
  pronoun: string;
  /** The entity types the pronoun can stand for. */
  refersTo: readonly ('PERSON' | 'ORG' | 'GPE' | 'NORP')[];
  gender?: 'male' | 'female';
  /** A possessive ("his"): the source of a noun of saying, never a subject. */
  possessive?: boolean;
}

export const SPEAKER_PRONOUNS: readonly PronounInfo[] = [
  { pronoun: 'he', refersTo: ['PERSON'], gender: 'male' },
  { pronoun: 'she', refersTo: ['PERSON'], gender: 'female' },
  { pronoun: 'they', refersTo: ['ORG', 'NORP', 'GPE', 'PERSON'] },
  { pronoun: 'it', refersTo: ['ORG', 'GPE'] },
  { pronoun: 'we', refersTo: ['ORG', 'NORP', 'GPE'] },
  { pronoun: 'i', refersTo: ['PERSON'] },
  { pronoun: 'who', refersTo: ['PERSON', 'ORG'] },
  // Possessives, as sources of nouns of saying ("his call for calm").
  { pronoun: 'his', refersTo: ['PERSON'], gender: 'male', possessive: true },
  { pronoun: 'her', refersTo: ['PERSON'], gender: 'female', possessive: true },
  { pronoun: 'their', refersTo: ['ORG', 'NORP', 'GPE', 'PERSON'], possessive: true },
  { pronoun: 'its', refersTo: ['ORG', 'GPE'], possessive: true },
  { pronoun: 'our', refersTo: ['ORG', 'NORP', 'GPE'], possessive: true },
  { pronoun: 'my', refersTo: ['PERSON'], possessive: true },
];

/** Hearers after a telling verb: "told reporters that …", "assured them …". */
export const LISTENER_WORDS: WordGroup = {
  id: 'listeners',
  reason: 'Common hearers after "told", "assured", "warned": they are not the content.',
  words: ['reporters', 'journalists', 'supporters', 'voters', 'lawmakers', 'members', 'students', 'listeners', 'viewers', 'readers', 'audience', 'crowd', 'him', 'her', 'them', 'us', 'me', 'you', 'people', 'officials', 'delegates', 'parliament', 'congress', 'media', 'press'],
};

/** Person-role nouns: "the minister said" refers to a person named earlier. */
export const PERSON_ROLE_NOUNS: WordGroup = {
  id: 'person-roles',
  reason: 'A definite role noun as speaker ("the minister", "the spokesman") refers back to the person who holds that role.',
  words: [
    'minister', 'premier', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'cleric', 'commander', 'general', 'official',
    'senator', 'governor', 'mayor', 'ambassador', 'envoy', 'chairman', 'chairwoman', 'chair', 'secretary', 'director', 'chief', 'candidate',
    'nominee', 'congressman', 'congresswoman', 'lawmaker', 'lawyer', 'attorney', 'judge', 'prosecutor', 'businessman', 'businesswoman',
    'billionaire', 'politician', 'democrat', 'republican', 'king', 'prince', 'emir', 'sheikh', 'ayatollah', 'pope', 'diplomat',
    'analyst', 'expert', 'professor', 'researcher', 'author', 'activist', 'officer', 'colonel', 'captain', 'representative', 'speaker',
    'mp', 'president-elect', 'frontrunner', 'front-runner', 'host', 'founder', 'ceo', 'executive', 'man', 'woman',
  ],
};

/** Organisation-role nouns: "the ministry said", "the group said". */
export const ORG_ROLE_NOUNS: WordGroup = {
  id: 'organisation-roles',
  reason: 'A definite organisation noun as speaker ("the ministry", "the company") refers back to the organisation named earlier.',
  words: [
    'ministry', 'government', 'company', 'firm', 'group', 'organization', 'organisation', 'agency', 'campaign', 'party', 'movement',
    'committee', 'council', 'department', 'office', 'embassy', 'army', 'militia', 'coalition', 'alliance', 'bank', 'court', 'administration',
    'network', 'newspaper', 'channel', 'union', 'faction', 'bloc', 'parliament', 'police', 'force', 'forces', 'authority', 'authorities',
  ],
};

/** Female and male role words, the evidence for a person's gender the text itself gives. */
export const GENDERED_WORDS: { female: WordGroup; male: WordGroup } = {
  female: {
    id: 'female-words',
    reason: 'Titles and role nouns that say the person is a woman: "Mrs. Clinton", "the spokeswoman".',
    words: ['mrs.', 'mrs', 'ms.', 'ms', 'miss', 'madam', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'woman', 'queen', 'princess', 'lady', 'mother', 'wife', 'daughter', 'sister', 'she', 'her'],
  },
  male: {
    id: 'male-words',
    reason: 'Titles and role nouns that say the person is a man: "Mr. Trump", "the spokesman".',
    words: ['mr.', 'mr', 'sir', 'spokesman', 'chairman', 'congressman', 'businessman', 'man', 'king', 'prince', 'father', 'husband', 'son', 'brother', 'sheikh', 'he', 'his', 'him'],
  },
};

/** Verbs that continue a speaker's earlier quote: the medium of that quote carries over when none is named. */
export const CONTINUATION_CUES: WordGroup = {
  id: 'continuation-cues',
  reason: '"He added", "she continued", "he went on": the same speaker goes on in the same statement, on the same medium.',
  words: ['add', 'continue', 'conclude', 'reiterate', 'repeat'],
};

/** A lookup set over word groups, built once per list. */
export function wordSet(...groups: readonly WordGroup[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const group of groups) for (const word of group.words) set.add(word);
  return set;
}
