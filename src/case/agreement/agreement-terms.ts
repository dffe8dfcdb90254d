/**
 * The case's agreement terms for one model. The schema is the case-document part `agreementTerms`
 * (`case/schema/agreement-terms.ts`), re-exported here for the agreement's sections.
 * @module
 */
import type { CaseDocument } from '../schema/case-document.ts';
import type { AgreementTerms } from '../schema/agreement-terms.ts';

export { AgreementTerms, PaymentSchedule } from '../schema/agreement-terms.ts';

/** The case document the agreement is drafted from; it carries the terms in `agreementTerms`. */
export type AgreementCase = CaseDocument;

/** The case's terms for the model, or `undefined` where it holds none. */
export function termsFor(document: CaseDocument, modelId: string): AgreementTerms | undefined {
  return document.agreementTerms.find((terms) => terms.modelId === modelId);
}
