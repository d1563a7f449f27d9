/**
 * Month names as pages print them, per language, for reading visible dates
 * ("12. März 2019", "le 3 mars 2021", "3 de marzo de 2019", "12 marca 2019").
 * chrono-node has locale parsers for only some of these languages, and none
 * reads the genitive forms of Slavic months, so the names are kept here as data.
 * Names are stored lower-case and looked up folded (see `foldMonthName`), so
 * "März", "marz" and "MÄRZ" find one entry.
 */

export interface MonthNames {
  language: string;
  /** Index 0 = January. Each entry lists full names, then abbreviations. */
  months: readonly (readonly string[])[];
  reason: string;
}

export const MONTH_NAMES: readonly MonthNames[] = [
  {
    language: 'en',
    months: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'],
      ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
    reason: 'English, including the three-letter abbreviations of datelines ("Feb 3, 2020").',
  },
  {
    language: 'de',
    months: [['januar', 'janner', 'jaenner'], ['februar', 'feber'], ['marz', 'maerz', 'mrz'], ['april'], ['mai'], ['juni'], ['juli'],
      ['august'], ['september'], ['oktober', 'okt'], ['november'], ['dezember', 'dez']],
    reason: 'German and Austrian ("Jänner", "Feber"); much of the evaluation data is German.',
  },
  {
    language: 'fr',
    months: [['janvier', 'janv'], ['fevrier', 'fevr', 'fev'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'],
      ['aout'], ['septembre'], ['octobre'], ['novembre'], ['decembre']],
    reason: 'French ("le 3 mars 2021", "1er février 2020").',
  },
  {
    language: 'es',
    months: [['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'], ['julio'], ['agosto', 'ago'],
      ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre', 'dic']],
    reason: 'Spanish ("3 de marzo de 2019").',
  },
  {
    language: 'it',
    months: [['gennaio', 'gen'], ['febbraio'], ['marzo'], ['aprile'], ['maggio', 'mag'], ['giugno', 'giu'], ['luglio', 'lug'],
      ['agosto'], ['settembre'], ['ottobre', 'ott'], ['novembre'], ['dicembre']],
    reason: 'Italian ("12 marzo 2019").',
  },
  {
    language: 'pt',
    months: [['janeiro'], ['fevereiro'], ['marco'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'],
      ['outubro'], ['novembro'], ['dezembro']],
    reason: 'Portuguese ("12 de março de 2019").',
  },
  {
    language: 'nl',
    months: [['januari'], ['februari'], ['maart', 'mrt'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'],
      ['oktober'], ['november'], ['december']],
    reason: 'Dutch ("12 maart 2019").',
  },
  {
    language: 'sv',
    months: [['januari'], ['februari'], ['mars'], ['april'], ['maj'], ['juni'], ['juli'], ['augusti'], ['september'],
      ['oktober'], ['november'], ['december']],
    reason: 'Swedish, Danish and Norwegian share most forms ("12 maj 2019", "12. marts 2019").',
  },
  {
    language: 'da',
    months: [['januar'], ['februar'], ['marts'], ['april'], ['maj'], ['juni'], ['juli'], ['august'], ['september'],
      ['oktober'], ['november'], ['december']],
    reason: 'Danish and Norwegian forms that Swedish lacks ("marts", "desember" below).',
  },
  {
    language: 'no',
    months: [['januar'], ['februar'], ['mars'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'],
      ['oktober'], ['november'], ['desember']],
    reason: 'Norwegian ("12. desember 2019").',
  },
  {
    language: 'pl',
    months: [['stycznia', 'styczen'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecien'], ['maja', 'maj'],
      ['czerwca', 'czerwiec'], ['lipca', 'lipiec'], ['sierpnia', 'sierpien'], ['wrzesnia', 'wrzesien'],
      ['pazdziernika', 'pazdziernik'], ['listopada', 'listopad'], ['grudnia', 'grudzien']],
    reason: 'Polish dates use the genitive ("12 marca 2019").',
  },
  {
    language: 'cs',
    months: [['ledna', 'leden'], ['unora', 'unor'], ['brezna', 'brezen'], ['dubna', 'duben'], ['kvetna', 'kveten'],
      ['cervna', 'cerven'], ['cervence', 'cervenec'], ['srpna', 'srpen'], ['zari'], ['rijna', 'rijen'],
      ['listopadu', 'listopad'], ['prosince', 'prosinec']],
    reason: 'Czech dates use the genitive ("12. března 2019").',
  },
  {
    language: 'tr',
    months: [['ocak'], ['subat'], ['mart'], ['nisan'], ['mayis'], ['haziran'], ['temmuz'], ['agustos'], ['eylul'], ['ekim'],
      ['kasim'], ['aralik']],
    reason: 'Turkish ("12 Mart 2019").',
  },
  {
    language: 'ru',
    months: [['января', 'январь', 'янв'], ['февраля', 'февраль', 'фев'], ['марта', 'март'], ['апреля', 'апрель', 'апр'],
      ['мая', 'май'], ['июня', 'июнь'], ['июля', 'июль'], ['августа', 'август', 'авг'], ['сентября', 'сентябрь', 'сен'],
      ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'ноя'], ['декабря', 'декабрь', 'дек']],
    reason: 'Russian dates use the genitive ("12 марта 2019").',
  },
  {
    language: 'uk',
    months: [['січня'], ['лютого'], ['березня'], ['квітня'], ['травня'], ['червня'], ['липня'],
      ['серпня'], ['вересня'], ['жовтня'], ['листопада'], ['грудня']],
    reason: 'Ukrainian dates use the genitive ("12 березня 2019").',
  },
];

/** Lower case without diacritics: "März" → "marz", "Şubat" → "subat", "Août" → "aout". Cyrillic is kept as letters. */
export function foldMonthName(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Every folded month name → month number (1–12). Where languages disagree on a form, none here does. */
export const MONTH_NUMBER: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const language of MONTH_NAMES) {
    language.months.forEach((names, i) => {
      for (const name of names) map.set(foldMonthName(name), i + 1);
    });
  }
  return map;
})();
