import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The hand-annotation format of examples/*.gold.json (see ../shared/examples). Only what we check is declared; the rest passes through. */
const GoldEntity = z.object({ canonical: z.string(), type: z.string(), mentions: z.array(z.string()).default([]) }).passthrough();
const GoldQuote = z.object({ speaker: z.string(), kind: z.string().optional(), cue: z.string().optional(), medium: z.string().optional(), starts_with: z.string(), contains: z.string().optional(), speaker_mention: z.string().optional() }).passthrough();
const GoldTime = z.object({ text: z.string(), value: z.string() }).passthrough();
/** A place the analysis must find: its text, country, and a point with how far off it may be; `note` says when it must not be an event location. */
const GoldPlace = z.object({ text: z.string(), country: z.string().optional(), lat: z.number().optional(), lon: z.number().optional(), tolerance_km: z.number().optional(), note: z.string().optional() }).passthrough();
const GoldEvent = z.object({ source: z.string().optional(), target: z.string().optional(), cameo_root: z.string(), evidence: z.string(), date: z.string().optional(), kind: z.string().optional() }).passthrough();

export const SeedGold = z.object({
  file: z.string(),
  article: z.object({
    title: z.string(),
    published: z.string(),
    source: z.string(),
    language: z.string(),
    body_starts_with: z.string(),
    body_ends_with: z.string(),
    paragraphs: z.number().int(),
    must_not_be_in_body: z.array(z.string()),
  }).passthrough(),
  entities: z.object({ must: z.array(GoldEntity), may: z.array(GoldEntity).default([]), must_not: z.array(z.object({ text: z.string() }).passthrough()).default([]) }),
  quotes: z.object({ must: z.array(GoldQuote), may: z.array(GoldQuote).default([]) }),
  times: z.object({ must: z.array(GoldTime) }),
  events: z.object({ must: z.array(GoldEvent), may: z.array(GoldEvent).default([]) }).passthrough(),
  places: z.object({ must: z.array(GoldPlace).default([]), may: z.array(GoldPlace).default([]) }).passthrough().default({ must: [], may: [] }),
}).passthrough();
export type SeedGold = z.infer<typeof SeedGold>;

export function readSeedGold(path: string): SeedGold {
  return SeedGold.parse(JSON.parse(readFileSync(path, 'utf8')));
}
