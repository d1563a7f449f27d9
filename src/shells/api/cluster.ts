/**
 * GET /api/documents/{id}/cluster: the story a document belongs to — every stored
 * copy or near-copy of it across outlets (src/dedup/), first stored first — so a
 * reader sees that ten sites ran one wire story, and who ran it first.
 */
import { z } from 'zod';
import { DocumentRef } from '../../query/results.js';
import type { Store } from '../../store/store.js';

export const StoryCluster = z.object({
  /** The id of the cluster's first document; absent when the document has no near-duplicate record. */
  clusterId: z.string().optional(),
  documents: z.array(
    DocumentRef.extend({
      /** The stored document this one is a near-copy of; absent for the first. */
      duplicateOf: z.string().optional(),
      /** Estimated Jaccard similarity of the shingles to duplicateOf. */
      similarity: z.number().optional(),
    }),
  ),
});
export type StoryCluster = z.infer<typeof StoryCluster>;

/** The cluster of `docId`, or just the document itself when the store keeps no records (or none for it). */
export async function storyCluster(store: Store, docId: string): Promise<StoryCluster> {
  const records = (await store.cluster?.(docId)) ?? [];
  const ids = records.length > 0 ? records.map((record) => record.docId) : [docId];
  const byId = new Map(records.map((record) => [record.docId, record]));
  const documents = (await store.getMany(ids)).map((doc) => {
    const record = byId.get(doc.id);
    return {
      id: doc.id,
      title: doc.title,
      source: doc.source.name,
      language: doc.language,
      ...(doc.published !== undefined ? { published: doc.published } : {}),
      ...(doc.source.url !== undefined ? { url: doc.source.url } : {}),
      ...(record?.duplicateOf !== undefined ? { duplicateOf: record.duplicateOf } : {}),
      ...(record?.similarity !== undefined ? { similarity: record.similarity } : {}),
    };
  });
  const clusterId = records[0]?.clusterId;
  return { ...(clusterId !== undefined ? { clusterId } : {}), documents };
}
