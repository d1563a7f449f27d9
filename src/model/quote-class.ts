/**
 * What an attribution reports, from its cue: `speech` and `writing` are quotations proper (who
 * said or wrote what); `thought` (believes, fears), `intent` (plans, vowed to), `stance`
 * (supports, criticised) and `evidence` (a poll or a document shows) are the other attributions
 * news reports, kept apart so that "what X said" is not crowded by what X wants or backs.
 * Free of zod so that the dashboard's bundle can use it.
 */
export const QUOTE_CLASSES = ['speech', 'writing', 'thought', 'intent', 'evidence', 'stance'] as const;
export type QuoteClass = (typeof QUOTE_CLASSES)[number];

/** Whether a quote is a quotation proper (said or written); one from before schema 1.6, with no class, counts as one. */
export const isQuotation = (q: { class?: QuoteClass | undefined }): boolean => q.class === undefined || q.class === 'speech' || q.class === 'writing';
