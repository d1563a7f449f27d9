/**
 * The lemma of an English verb form, given its Penn Treebank tag: "assassinated"
 * (VBD) → "assassinate", "accuses" (VBZ) → "accuse", "was" → "be". Irregular
 * verbs are data below; regular forms lose their ending by rule, and a final
 * "e" is put back where English spelling dropped it ("accus-ed" → "accuse",
 * "sav-ing" → "save") by the usual stem-shape tests. Measured on GUM's verbs in
 * verb-lemma.test.ts; the rules miss rare shapes ("bused", "singeing").
 */

/** Irregular verbs: lemma, then its irregular forms (past, participle, 3rd person, gerund as needed). */
const IRREGULAR: readonly (readonly string[])[] = [
  ['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m"],
  ['have', 'has', 'had', 'having', "'ve", "'d"],
  ['do', 'does', 'did', 'done', 'doing'],
  ['go', 'goes', 'went', 'gone'],
  ['say', 'said'], ['make', 'made'], ['take', 'took', 'taken'], ['come', 'came'], ['see', 'saw', 'seen'],
  ['know', 'knew', 'known'], ['get', 'got', 'gotten', 'getting'], ['give', 'gave', 'given'], ['find', 'found'],
  ['think', 'thought'], ['tell', 'told'], ['become', 'became'], ['leave', 'left'], ['feel', 'felt'],
  ['bring', 'brought'], ['begin', 'began', 'begun', 'beginning'], ['keep', 'kept'], ['hold', 'held'],
  ['write', 'wrote', 'written'], ['stand', 'stood'], ['hear', 'heard'], ['let', 'letting'], ['mean', 'meant'],
  ['set', 'setting'], ['meet', 'met'], ['run', 'ran', 'running'], ['pay', 'paid'], ['sit', 'sat', 'sitting'],
  ['speak', 'spoke', 'spoken'], ['lie', 'lain', 'lying', 'lies', 'lied'], ['lay', 'laid'], ['lead', 'led'], ['read'], ['grow', 'grew', 'grown'],
  ['lose', 'lost'], ['fall', 'fell', 'fallen'], ['send', 'sent'], ['build', 'built'], ['understand', 'understood'],
  ['draw', 'drew', 'drawn'], ['break', 'broke', 'broken'], ['spend', 'spent'], ['cut', 'cutting'], ['rise', 'rose', 'risen'],
  ['drive', 'drove', 'driven'], ['buy', 'bought'], ['wear', 'wore', 'worn'], ['choose', 'chose', 'chosen'],
  ['seek', 'sought'], ['throw', 'threw', 'thrown'], ['catch', 'caught'], ['deal', 'dealt'], ['win', 'won', 'winning'],
  ['forget', 'forgot', 'forgotten'], ['sell', 'sold'], ['fight', 'fought'], ['teach', 'taught'], ['shoot', 'shot', 'shooting'],
  ['fly', 'flew', 'flown', 'flies'], ['hit', 'hitting'], ['put', 'putting'], ['hurt'], ['quit'], ['beat', 'beaten'],
  ['strike', 'struck', 'stricken'], ['flee', 'fled'], ['hang', 'hung'], ['hide', 'hid', 'hidden'], ['shake', 'shook', 'shaken'],
  ['steal', 'stole', 'stolen'], ['swear', 'swore', 'sworn'], ['tear', 'tore', 'torn'], ['wake', 'woke', 'woken'],
  ['withdraw', 'withdrew', 'withdrawn'], ['undertake', 'undertook', 'undertaken'], ['overthrow', 'overthrew', 'overthrown'],
  ['forbid', 'forbade', 'forbidden'], ['bear', 'bore', 'born', 'borne'], ['bind', 'bound'], ['bite', 'bit', 'bitten'],
  ['blow', 'blew', 'blown'], ['eat', 'ate', 'eaten'], ['drink', 'drank', 'drunk'], ['sing', 'sang', 'sung'],
  ['ride', 'rode', 'ridden'], ['rid', 'ridding'], ['shut', 'shutting'], ['spread'], ['split', 'splitting'], ['upset'],
  ['sink', 'sank', 'sunk'], ['swim', 'swam', 'swum', 'swimming'], ['lend', 'lent'], ['bend', 'bent'], ['feed', 'fed'],
  ['flee', 'fled'], ['sleep', 'slept'], ['sweep', 'swept'], ['weep', 'wept'], ['light', 'lit'], ['slide', 'slid'],
  ['stick', 'stuck'], ['sting', 'stung'], ['swing', 'swung'], ['dig', 'dug', 'digging'], ['freeze', 'froze', 'frozen'],
  ['arise', 'arose', 'arisen'], ['awake', 'awoke', 'awoken'], ['forgive', 'forgave', 'forgiven'], ['prove', 'proven'],
  ['show', 'shown'], ['sew', 'sewn'], ['saw', 'sawn'], ['mistake', 'mistook', 'mistaken'], ['overtake', 'overtook', 'overtaken'],
  ['uphold', 'upheld'], ['withhold', 'withheld'], ['mislead', 'misled'], ['overcome', 'overcame'], ['outrun', 'outran'],
  ['undergo', 'underwent', 'undergone'], ['rebuild', 'rebuilt'], ['overdo', 'overdid', 'overdone'], ['learn', 'learnt'], ['shed'],
  ['ring', 'rang', 'rung'], ['spin', 'spun', 'spinning'], ['weave', 'wove', 'woven'], ['feed', 'fed'],
  ['die', 'dying', 'dies', 'died'], ['tie', 'tying', 'ties', 'tied'], ['see', 'seeing'], ['agree', 'agreed', 'agreeing'], ['free', 'freed', 'freeing'],
  ['flee', 'fleeing'], ['guarantee', 'guaranteed'], ['referee', 'refereed'],
];

const LEMMA_OF = new Map<string, string>();
for (const [lemma, ...forms] of IRREGULAR) for (const f of [lemma!, ...forms]) if (!LEMMA_OF.has(f)) LEMMA_OF.set(f, lemma!);

const VOWEL = /[aeiouy]/;

/** Modal verbs are their own lemmas in UD (would, could, might); these are clitics and the halves of "can't", "won't", "shan't". */
const MODAL: Readonly<Record<string, string>> = { "'d": 'would', "'ll": 'will', ca: 'can', wo: 'will', sha: 'shall' };

/**
 * Stem endings after which spelling dropped an "e" before "-ed"/"-ing", as data
 * with reasons; the first rule that matches decides (`e: false` keeps the stem), so the
 * listed exceptions come first.
 * Stems are what is left once the ending is cut and a doubled consonant undone.
 */
const E_RULES: readonly { ending: RegExp; e: boolean; reason: string }[] = [
  { ending: /(?:creat|nven|rven|ced|rsed|chang|rang|challeng|plung|veng|phon|postpon|aton|zon|ston|clon|dron|condon|thron|[^aeiou]in|ignor|restor|explor|stor|scor|ador|implor|deplor|interfer|adher|persever|escap|shap|complet|delet|compet|deplet|quot|unit|invit|ignit|excit|recit|incit|expedit|promot|devot|denot)$/, e: true, reason: 'Listed endings that take an e where similar stems do not (chang(e) but belong, combin(e) but open, ignor(e) but monitor, unit(e) but visit).' },
  { ending: /(?:focus|bias|canvas|alias|gas|bus|debut|[aeo]at|[aeo]ir|our)$/, e: false, reason: 'Verbs ending so without an e: focus(ed), debut(ed), treat(ed), repair(ed), pour(ed).' },
  { ending: /(?:[^aeo]at|ut|[^z]z|v|u|c|dg|rg|lg|[bcdfgkptz]l|[^aeiou]ul|[^aeiou]il|[^s]s|[^aeo][ai]d|[^aeiou][ou]d|[iu]r|[^aeiou]ar|[^aeiou][aeiou][bkm]|[aeiou]g)$/, e: true, reason: 'No English verb ends so without an e: creat(e), execut(e), seiz(e), sav(e), argu(e), forc(e), judg(e), charg(e), handl(e), rul(e), compil(e), accus(e), decid(e), requir(e), describ(e), invok(e), assum(e), manag(e).' },
  { ending: /^[^aeiouy]*[aeiouy][^aeiouwxy]$/, e: true, reason: 'A one-syllable stem of one vowel and one consonant whose consonant was not doubled had an e: hop(e)d (hop gives hopped), vot(e)d, cit(e)d.' },
];

/** Whether a stem left by cutting "-ed"/"-ing" had a final "e" that spelling dropped (see E_RULES). */
function wantsE(stem: string): boolean {
  if (stem.length < 2) return false;
  return E_RULES.find((r) => r.ending.test(stem))?.e ?? false;
}

/**
 * Undoes a doubled final consonant ("stopp" → "stop"), keeping the doubles English
 * verbs end in ("add", "err"); "ll" only after a longer stem's e or o, where
 * British spelling doubles it ("controll", "travell"; but "kill", "install").
 */
function undouble(stem: string): string {
  if (/^(?:add|err|odd|buzz|purr|putt|butt|ebb|egg)$/.test(stem)) return stem;
  if (/([bdgkmnprtvz])\1$/.test(stem)) return stem.slice(0, -1);
  if (/[eo]ll$/.test(stem) && (stem.match(/[aeiouy]+/g)?.length ?? 0) >= 2) return stem.slice(0, -1);
  return stem;
}

function regular(form: string, tag: string): string {
  if (tag === 'VBZ' || (!tag.startsWith('VB') && /[^s]s$/.test(form))) {
    if (/ies$/.test(form) && form.length > 4) return form.slice(0, -3) + 'y';
    if (/(?:ss|sh|ch|x|zz|o|focus|bias)es$/.test(form)) return form.slice(0, -2);
    if (/s$/.test(form) && !/ss$/.test(form)) return form.slice(0, -1);
    return form;
  }
  const cut = (suffix: string): string | undefined => (form.endsWith(suffix) && form.length > suffix.length + 1 ? form.slice(0, -suffix.length) : undefined);
  if (tag === 'VBG' || form.endsWith('ing')) {
    const stem = cut('ing');
    if (stem === undefined || !VOWEL.test(stem)) return form;
    const single = undouble(stem);
    if (single !== stem) return single;
    return wantsE(stem) ? stem + 'e' : stem;
  }
  if (tag === 'VBD' || tag === 'VBN' || form.endsWith('ed')) {
    if (/[^aeiou]ied$/.test(form)) return form.slice(0, -3) + 'y';
    const stem = cut('ed');
    if (stem === undefined) return form;
    if (/e$/.test(stem)) return stem; // "agreed" is irregular data; "freed" too
    const single = undouble(stem);
    if (single !== stem) return single;
    return wantsE(stem) ? stem + 'e' : stem;
  }
  return form;
}

/** The lemma of a verb (or auxiliary) form, lower-cased; `tag` is its Penn Treebank tag (VB, VBD, VBG, VBN, VBP, VBZ, MD). */
export function verbLemma(form: string, tag: string): string {
  const word = form.toLowerCase().replaceAll('’', "'");
  if (tag === 'MD') return MODAL[word] ?? word;
  const known = LEMMA_OF.get(word);
  if (known) return known;
  if (tag === 'VB' || tag === 'VBP') return word;
  return regular(word, tag);
}
