import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { NearDuplicateRecord } from '../store/store.js';
import { EXAMPLES_DIR } from '../test-support/paths.js';
import { linkNearDuplicates, type CandidateLookup } from './near-duplicates.js';

const WIRE = readFileSync(join(EXAMPLES_DIR, 'wire-2021-03-05-erbil-rockets.txt'), 'utf8');
const SUDAN = readFileSync(join(EXAMPLES_DIR, 'blog-repost-2023-sudan-talks.txt'), 'utf8');

/** A lookup over records as a store would answer it: those sharing a band. */
const lookupIn = (records: readonly NearDuplicateRecord[]): CandidateLookup => async (bands) => records.filter((r) => r.bands.some((b) => bands.includes(b)));

describe('linkNearDuplicates', () => {
  it('links a copy in the same batch to the first, and leaves another story in its own cluster', async () => {
    const copy = `Rockets strike Iraq base\n\n${WIRE.replace('Home > World > Middle East', '')}\n\nShare this article.`;
    const records = await linkNearDuplicates([{ id: 'reuters', text: WIRE }, { id: 'blog', text: copy }, { id: 'sudan', text: SUDAN }], lookupIn([]));
    assert.deepEqual(records.map((r) => [r.docId, r.clusterId, r.duplicateOf ?? null]), [
      ['reuters', 'reuters', null],
      ['blog', 'reuters', 'reuters'],
      ['sudan', 'sudan', null],
    ]);
    assert.ok(records[1]!.similarity! > 0.8);
  });

  it('joins the cluster of a stored copy, never itself, and skips texts too short to judge', async () => {
    const [stored] = await linkNearDuplicates([{ id: 'first', text: WIRE }], lookupIn([]));
    const storedInOtherCluster = { ...stored!, clusterId: 'story-7' };
    const records = await linkNearDuplicates(
      [{ id: 'first', text: WIRE }, { id: 'second', text: WIRE }, { id: 'brief', text: 'Rockets hit a base in Iraq.' }],
      lookupIn([storedInOtherCluster]),
    );
    assert.equal(records.length, 2);
    assert.equal(records[0]!.duplicateOf, undefined, 'a re-put document is not a copy of itself');
    assert.equal(records[1]!.clusterId, 'story-7');
    assert.equal(records[1]!.duplicateOf, 'first');
  });
});
