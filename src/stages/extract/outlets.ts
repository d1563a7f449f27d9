/**
 * News outlets we recognise by name in a text's source prefix or dateline, with
 * the facts that help the analysis: home domain, country (ISO 3166-1 alpha-2) and
 * the time zone their timestamps are given in when the page does not say.
 * Facts about outlets; extend freely. `timeZone` is omitted for wires and outlets
 * that publish across zones (their times are usually UTC-stamped or zone-labelled).
 */
export interface Outlet {
  name: string;
  aliases: string[];
  domain?: string;
  country?: string;
  timeZone?: string;
}

export const OUTLETS: readonly Outlet[] = [
  { name: 'Shafaq News', aliases: ['Shafaq'], domain: 'shafaq.com', country: 'IQ', timeZone: 'Asia/Baghdad' },
  { name: 'Rudaw', aliases: [], domain: 'rudaw.net', country: 'IQ', timeZone: 'Asia/Baghdad' },
  { name: 'Kurdistan24', aliases: ['Kurdistan 24'], domain: 'kurdistan24.net', country: 'IQ', timeZone: 'Asia/Baghdad' },
  { name: 'Iraqi News Agency', aliases: ['INA'], domain: 'ina.iq', country: 'IQ', timeZone: 'Asia/Baghdad' },
  { name: 'Baghdad Today', aliases: [], domain: 'baghdadtoday.news', country: 'IQ', timeZone: 'Asia/Baghdad' },
  { name: 'Al Jazeera', aliases: ['Al-Jazeera', 'Aljazeera'], domain: 'aljazeera.com', country: 'QA', timeZone: 'Asia/Qatar' },
  { name: 'Al Arabiya', aliases: ['Al-Arabiya'], domain: 'alarabiya.net', country: 'AE', timeZone: 'Asia/Dubai' },
  { name: 'Asharq Al-Awsat', aliases: ['Asharq al-Awsat'], domain: 'aawsat.com', country: 'GB', timeZone: 'Europe/London' },
  { name: 'Al-Monitor', aliases: ['Al Monitor'], domain: 'al-monitor.com', country: 'US' },
  { name: 'Tehran Times', aliases: [], domain: 'tehrantimes.com', country: 'IR', timeZone: 'Asia/Tehran' },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency'], domain: 'irna.ir', country: 'IR', timeZone: 'Asia/Tehran' },
  { name: 'Press TV', aliases: ['PressTV'], domain: 'presstv.ir', country: 'IR', timeZone: 'Asia/Tehran' },
  { name: 'Anadolu Agency', aliases: ['Anadolu', 'AA'], domain: 'aa.com.tr', country: 'TR', timeZone: 'Europe/Istanbul' },
  { name: 'Daily Sabah', aliases: [], domain: 'dailysabah.com', country: 'TR', timeZone: 'Europe/Istanbul' },
  { name: 'The Times of Israel', aliases: ['Times of Israel'], domain: 'timesofisrael.com', country: 'IL', timeZone: 'Asia/Jerusalem' },
  { name: 'Haaretz', aliases: [], domain: 'haaretz.com', country: 'IL', timeZone: 'Asia/Jerusalem' },
  { name: 'Dawn', aliases: [], domain: 'dawn.com', country: 'PK', timeZone: 'Asia/Karachi' },
  { name: 'The Times of India', aliases: ['Times of India'], domain: 'timesofindia.indiatimes.com', country: 'IN', timeZone: 'Asia/Kolkata' },
  { name: 'The Hindu', aliases: [], domain: 'thehindu.com', country: 'IN', timeZone: 'Asia/Kolkata' },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'], domain: 'xinhuanet.com', country: 'CN', timeZone: 'Asia/Shanghai' },
  { name: 'TASS', aliases: [], domain: 'tass.com', country: 'RU', timeZone: 'Europe/Moscow' },
  { name: 'Kyiv Independent', aliases: ['The Kyiv Independent'], domain: 'kyivindependent.com', country: 'UA', timeZone: 'Europe/Kyiv' },
  { name: 'BBC News', aliases: ['BBC'], domain: 'bbc.co.uk', country: 'GB', timeZone: 'Europe/London' },
  { name: 'The Guardian', aliases: ['Guardian'], domain: 'theguardian.com', country: 'GB', timeZone: 'Europe/London' },
  { name: 'Deutsche Welle', aliases: ['DW'], domain: 'dw.com', country: 'DE', timeZone: 'Europe/Berlin' },
  { name: 'France 24', aliases: ['France24'], domain: 'france24.com', country: 'FR', timeZone: 'Europe/Paris' },
  { name: 'The New York Times', aliases: ['New York Times', 'NYT'], domain: 'nytimes.com', country: 'US', timeZone: 'America/New_York' },
  { name: 'The Washington Post', aliases: ['Washington Post'], domain: 'washingtonpost.com', country: 'US', timeZone: 'America/New_York' },
  { name: 'Reuters', aliases: [], domain: 'reuters.com' },
  { name: 'Associated Press', aliases: ['AP', 'The Associated Press'], domain: 'apnews.com' },
  { name: 'Agence France-Presse', aliases: ['AFP'], domain: 'afp.com' },
  { name: 'Bloomberg', aliases: [], domain: 'bloomberg.com' },
];

const byName = new Map<string, Outlet>();
for (const outlet of OUTLETS) for (const n of [outlet.name, ...outlet.aliases]) byName.set(n.toLowerCase(), outlet);

export function findOutlet(name: string): Outlet | undefined {
  return byName.get(name.trim().toLowerCase());
}

/** The outlet whose home domain is `domain` or a parent of it (edition.cnn.com → cnn.com). */
export function findOutletByDomain(domain: string): Outlet | undefined {
  const host = domain.toLowerCase().replace(/^www\./, '');
  return OUTLETS.find((o) => o.domain !== undefined && (host === o.domain || host.endsWith('.' + o.domain)));
}
