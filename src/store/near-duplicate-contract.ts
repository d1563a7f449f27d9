/**
 * The near-duplicate part of the Store contract (see contract.ts, which runs it
 * for every implementation). A store that does not implement the optional
 * near-duplicate methods skips these tests, visibly.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalysedDocument } from '../model/schema.js';
import type { NearDuplicateRecord, Store } from './store.js';

type TestDocument = (overrides: Partial<AnalysedDocument>) => AnalysedDocument;

/** A record with a signature that uses the whole uint32 range and band keys above 2^32. */
function record(docId: string, clusterId: string, bands: number[], extra: Partial<NearDuplicateRecord> = {}): NearDuplicateRecord {
  return { docId, signature: [0, 1, 0xffffffff, 0x80000000, 12345], shingles: 321, bands: [...bands].sort((a, b) => a - b), clusterId, ...extra };
}

const BAND_A = 3 * 2 ** 32 + 0xfedcba98;
const BAND_B = 15 * 2 ** 32 + 7;
const BAND_C = 2 ** 32 + 1;

export function nearDuplicateContract(getStore: () => Store, makeDocument: TestDocument): void {
  describe('near duplicates', () => {
    const skip = (): string | false => (getStore().nearDuplicateCandidates && getStore().cluster ? false : 'this store does not implement near-duplicate records');

    it('stores records with a batch and finds them by any of their band keys, exactly as given', async (t) => {
      if (skip()) return t.skip(skip() as string);
      const store = getStore();
      const first = record('wire-1', 'wire-1', [BAND_A, BAND_B]);
      const copy = record('wire-2', 'wire-1', [BAND_A, BAND_C], { duplicateOf: 'wire-1', similarity: 0.875 });
      await store.putMany([makeDocument({ id: 'wire-1' }), makeDocument({ id: 'wire-2' })], 'v1', { nearDuplicates: [first, copy] });
      assert.deepEqual(await store.nearDuplicateCandidates!([BAND_B]), [first]);
      assert.deepEqual(await store.nearDuplicateCandidates!([BAND_A]), [first, copy]);
      assert.deepEqual(await store.nearDuplicateCandidates!([BAND_C, BAND_B]), [first, copy]);
      assert.deepEqual(await store.nearDuplicateCandidates!([42]), []);
      assert.deepEqual(await store.nearDuplicateCandidates!([]), []);
      assert.deepEqual(await store.nearDuplicateCandidates!([BAND_A], { limit: 1 }), [first]);
    });

    it('lists a cluster in storage order; a document without a record has none', async (t) => {
      if (skip()) return t.skip(skip() as string);
      const store = getStore();
      await store.putMany([makeDocument({ id: 'a' }), makeDocument({ id: 'b' })], 'v1', { nearDuplicates: [record('a', 'a', [BAND_A]), record('b', 'b', [BAND_B])] });
      await store.putMany([makeDocument({ id: 'c' })], 'v1', { nearDuplicates: [record('c', 'a', [BAND_A], { duplicateOf: 'a', similarity: 0.6 })] });
      assert.deepEqual((await store.cluster!('c')).map((r) => r.docId), ['a', 'c']);
      assert.deepEqual((await store.cluster!('a')).map((r) => r.docId), ['a', 'c']);
      assert.deepEqual((await store.cluster!('b')).map((r) => r.docId), ['b']);
      await store.putMany([makeDocument({ id: 'plain' })], 'v1');
      assert.deepEqual(await store.cluster!('plain'), []);
      assert.deepEqual(await store.cluster!('missing'), []);
    });

    it('keeps the record of a document put unchanged; replaces it when the document is updated', async (t) => {
      if (skip()) return t.skip(skip() as string);
      const store = getStore();
      await store.putMany([makeDocument({ id: 'd' })], 'v1', { nearDuplicates: [record('d', 'd', [BAND_A])] });
      await store.putMany([makeDocument({ id: 'd' })], 'v1', { nearDuplicates: [record('d', 'other', [BAND_B])] });
      assert.deepEqual(await store.cluster!('d'), [record('d', 'd', [BAND_A])]);
      await store.putMany([makeDocument({ id: 'd' })], 'v2', { nearDuplicates: [record('d', 'other', [BAND_B])] });
      assert.deepEqual(await store.cluster!('d'), [record('d', 'other', [BAND_B])]);
      assert.deepEqual(await store.nearDuplicateCandidates!([BAND_A]), [], 'the old band keys are gone');
    });

    it('gives a record to a document put unchanged that had none (stored before dedup existed)', async (t) => {
      if (skip()) return t.skip(skip() as string);
      const store = getStore();
      await store.putMany([makeDocument({ id: 'old' })], 'v1');
      await store.putMany([makeDocument({ id: 'old' })], 'v1', { nearDuplicates: [record('old', 'old', [BAND_C])] });
      assert.deepEqual(await store.cluster!('old'), [record('old', 'old', [BAND_C])]);
    });
  });
}
