import { z } from 'zod';
import { AnalysedDocument, SCHEMA_VERSION } from './schema.js';

/** The JSON Schema of an analysed document, derived from the zod model (never written by hand). */
export function documentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(AnalysedDocument, { io: 'output' }),
    $id: `urn:wirewatch:schema:document:${SCHEMA_VERSION}`,
    title: `Wirewatch analysed document ${SCHEMA_VERSION}`,
  };
}
