/**
 * Reads the minimum-content check of the draft agreement the form would make: again whenever the model, the
 * revision or the language changes, the answer to an earlier choice dropped.
 * @module
 */
import { useEffect, useState } from 'react';
import {
  getAgreementCheck,
  type AgreementCheckView,
  type DocumentLanguage,
} from '../../api/documents-api.ts';

export type AgreementCheckState =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; check: AgreementCheckView }
  | { state: 'failed'; error: unknown };

export function useAgreementCheck(
  caseId: string,
  query: { model: string; revision: number; language: DocumentLanguage } | null,
): AgreementCheckState {
  const [result, setResult] = useState<AgreementCheckState>({ state: 'idle' });
  const model = query?.model;
  const revision = query?.revision;
  const language = query?.language;
  useEffect(() => {
    if (model === undefined || revision === undefined || language === undefined) {
      setResult({ state: 'idle' });
      return;
    }
    const controller = new AbortController();
    setResult({ state: 'loading' });
    getAgreementCheck(caseId, { model, revision, language }, controller.signal).then(
      (check) => setResult({ state: 'ready', check }),
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ state: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [caseId, model, revision, language]);
  return result;
}
