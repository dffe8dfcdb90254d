/**
 * The case document: one cooperation study (utredning). This schema is the single source of truth: it gives
 * the TypeScript types, the runtime validation at every boundary and the OpenAPI description.
 * @module
 */
import type { z } from 'zod';
import { CaseDocumentShape } from './case-document-shape.ts';
import { checkReferences } from './references-check.ts';

export { CURRENT_SCHEMA_VERSION } from './case-document-shape.ts';

export const CaseDocument = CaseDocumentShape.superRefine(checkReferences).meta({
  id: 'CaseDocument',
  description: 'One inter-municipal cooperation study (utredning)',
});
export type CaseDocument = z.output<typeof CaseDocument>;
/** A case document as typed in (defaults not yet applied). */
export type CaseDocumentInput = z.input<typeof CaseDocument>;
