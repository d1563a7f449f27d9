/**
 * English function words, used by the paragraph classifier to tell prose (dense in
 * function words) from furniture like menus, tags and captions (sparse). The idea
 * and thresholds follow jusText (Pomikálek 2011); the list is our own.
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers herself him himself his
how however i if in into is it its itself just may me might more most must my myself no nor not now of off on once only or
other our ours ourselves out over own said same she should since so some such than that the their theirs them themselves then
there these they this those through to too under until up upon very was we were what when where which while who whom whose
why will with within without would yet you your yours yourself yourselves according across along already although among
another around away back became become becomes still though thus toward towards whether who's it's that's there's he's she's
let's we're they're i'm isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't can't cannot
couldn't shouldn't mustn't one two three four five six seven eight nine ten many much every last first new since ago today
yesterday tomorrow least less around near next even ever never always often again almost enough quite rather really
say says told tell asked added according including include includes made make makes take took taken get got give gave
given go goes went gone come came see seen know known think want wanted need needed use used well way ways day days
time times year years week weeks month months people part place point case number group end side several both either
neither each whose whom whoever something nothing anything everything someone anyone everyone nobody here there where
whereas wherever whenever once twice per via amid amidst despite beside besides beyond inside outside onto throughout
till unto against behind beneath around later earlier soon instead meanwhile otherwise therefore hence also just like
made did done doing having being let lets put set seem seems seemed show shows showed shown call called calls`.split(/\s+/),
);
