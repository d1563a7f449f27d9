import { formatOffset, zoneOffsetMinutes } from '../time-zone.js';

/**
 * The time zone a site most likely publishes in, and the publication time in
 * it. Many CMSs write publication times in UTC ("2021-11-04T23:00:00Z" for a
 * German article of 5 November, 00:00): the day the reader saw on the page, the
 * day in the URL and the day "yesterday" in the text refers to are local days.
 * The guess comes from the country-code domain, else from the page's locale.
 */

/** Country-code domains → the zone of most of the country's publishers. */
export const ZONE_BY_TLD: Readonly<Record<string, string>> = {
  de: 'Europe/Berlin', at: 'Europe/Vienna', ch: 'Europe/Zurich', li: 'Europe/Vaduz', lu: 'Europe/Luxembourg', fr: 'Europe/Paris',
  be: 'Europe/Brussels', nl: 'Europe/Amsterdam', it: 'Europe/Rome', es: 'Europe/Madrid', pt: 'Europe/Lisbon', uk: 'Europe/London',
  ie: 'Europe/Dublin', pl: 'Europe/Warsaw', cz: 'Europe/Prague', sk: 'Europe/Bratislava', hu: 'Europe/Budapest', se: 'Europe/Stockholm',
  dk: 'Europe/Copenhagen', no: 'Europe/Oslo', fi: 'Europe/Helsinki', gr: 'Europe/Athens', ro: 'Europe/Bucharest', bg: 'Europe/Sofia',
  hr: 'Europe/Zagreb', si: 'Europe/Ljubljana', rs: 'Europe/Belgrade', ua: 'Europe/Kyiv', ru: 'Europe/Moscow', tr: 'Europe/Istanbul',
  il: 'Asia/Jerusalem', ae: 'Asia/Dubai', in: 'Asia/Kolkata', pk: 'Asia/Karachi', bd: 'Asia/Dhaka', cn: 'Asia/Shanghai', hk: 'Asia/Hong_Kong',
  tw: 'Asia/Taipei', jp: 'Asia/Tokyo', kr: 'Asia/Seoul', sg: 'Asia/Singapore', au: 'Australia/Sydney', nz: 'Pacific/Auckland',
  za: 'Africa/Johannesburg', ng: 'Africa/Lagos', ke: 'Africa/Nairobi', eg: 'Africa/Cairo', us: 'America/New_York', ca: 'America/Toronto',
  mx: 'America/Mexico_City', br: 'America/Sao_Paulo', ar: 'America/Argentina/Buenos_Aires', cl: 'America/Santiago', co: 'America/Bogota',
  pe: 'America/Lima', ve: 'America/Caracas', bo: 'America/La_Paz', uy: 'America/Montevideo', ec: 'America/Guayaquil',
};

/**
 * Locales → zone, for generic domains (.com, .org, .info, …). A language
 * without a region counts only where one zone dominates its publishers;
 * English without a region is left alone (London, New York and Delhi disagree).
 */
export const ZONE_BY_LOCALE: Readonly<Record<string, string>> = {
  'en-us': 'America/New_York', 'en-gb': 'Europe/London', 'en-ie': 'Europe/Dublin', 'en-au': 'Australia/Sydney', 'en-ca': 'America/Toronto',
  'en-in': 'Asia/Kolkata', 'en-nz': 'Pacific/Auckland', 'pt-br': 'America/Sao_Paulo', 'pt-pt': 'Europe/Lisbon', 'es-es': 'Europe/Madrid',
  'es-mx': 'America/Mexico_City', 'es-ar': 'America/Argentina/Buenos_Aires', 'es-co': 'America/Bogota', 'fr-ca': 'America/Toronto',
  'de-ch': 'Europe/Zurich', 'de-at': 'Europe/Vienna', de: 'Europe/Berlin', fr: 'Europe/Paris', it: 'Europe/Rome', nl: 'Europe/Amsterdam',
  pl: 'Europe/Warsaw', cs: 'Europe/Prague', da: 'Europe/Copenhagen', sv: 'Europe/Stockholm', nb: 'Europe/Oslo', no: 'Europe/Oslo',
  fi: 'Europe/Helsinki', hu: 'Europe/Budapest', tr: 'Europe/Istanbul', ja: 'Asia/Tokyo', ko: 'Asia/Seoul', zh: 'Asia/Shanghai',
};

/** The site's likely zone from its host name and page locale ("de-DE", "en_US", "fr"), or undefined. */
export function guessSiteZone(url: string | undefined, locale: string | undefined): string | undefined {
  const host = url ? /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() : undefined;
  const tld = host?.split('.').pop();
  if (tld && ZONE_BY_TLD[tld]) return ZONE_BY_TLD[tld];
  const code = locale?.trim().toLowerCase().replace('_', '-').split(/[,;\s]/)[0];
  if (!code) return undefined;
  return ZONE_BY_LOCALE[code] ?? ZONE_BY_LOCALE[code.split('-')[0]!];
}

const UTC_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:Z|\+00:00)$/;

/**
 * A UTC date-time restated in the site's zone ("2021-11-04T23:00:00+00:00" →
 * "2021-11-05T00:00:00+01:00" for Europe/Berlin). Midnight UTC is left alone:
 * it is how date-only values are stored, not a moment.
 */
export function inSiteZone(value: string, zone: string | undefined): string {
  const m = UTC_TIME.exec(value);
  if (!m || !zone || (m[2] === '00' && m[3] === '00' && m[4] === '00')) return value;
  const utcMs = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`);
  const offset = zoneOffsetMinutes(zone, utcMs);
  if (offset === 0) return value;
  const local = new Date(utcMs + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${formatOffset(offset)}`;
}
