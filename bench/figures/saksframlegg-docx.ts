import { defaultCase } from '../../src/case/default-case/default-case.ts';
import { buildSaksframlegg } from '../../src/case/document/saksframlegg.ts';
import { renderDocx } from '../../src/documents/docx/render-docx.ts';
import type { Figure } from '../harness.ts';

/** Issue 16: Melhus' full saksframlegg, from the case (analysis with 10 000 Monte Carlo draws) to DOCX bytes. */
export const saksframleggDocx: Figure = {
  name: 'Saksframlegg for Melhus as DOCX, from the case',
  iterations: 10,
  warmup: 2,
  prepare() {
    const document = defaultCase();
    return () =>
      renderDocx(
        buildSaksframlegg(document, {
          municipality: '5028',
          scenarioId: 'administrative-tjenester',
          language: 'nb',
        }),
        { revisionAt: '2026-06-10T08:30:00Z' },
      );
  },
};
