import { defaultCase } from '../../src/case/default-case/default-case.ts';
import { buildSaksframlegg } from '../../src/case/document/saksframlegg.ts';
import { renderDocx } from '../../src/documents/docx/render-docx.ts';
import { renderPdf } from '../../src/documents/pdf/render-pdf.ts';
import type { Figure } from '../harness.ts';

const REVISION_AT = '2026-06-10T08:30:00Z';

/** Melhus' full saksframlegg, from the case (analysis with 10 000 Monte Carlo draws) to the document model. */
function melhus(document: ReturnType<typeof defaultCase>) {
  return buildSaksframlegg(document, {
    municipality: '5028',
    scenarioId: 'administrative-tjenester',
    language: 'nb',
  });
}

/** Issue 16: Melhus' full saksframlegg, from the case to DOCX bytes. */
export const saksframleggDocx: Figure = {
  name: 'Saksframlegg for Melhus as DOCX, from the case',
  iterations: 10,
  warmup: 2,
  prepare() {
    const document = defaultCase();
    return () => renderDocx(melhus(document), { revisionAt: REVISION_AT });
  },
};

/** Issue 16: Melhus' full saksframlegg, from the case to tagged PDF/A-2a bytes. */
export const saksframleggPdf: Figure = {
  name: 'Saksframlegg for Melhus as PDF/A, from the case',
  iterations: 10,
  warmup: 2,
  prepare() {
    const document = defaultCase();
    return () => renderPdf(melhus(document), { revisionAt: REVISION_AT });
  },
};

/** Issue 16 (goal under 3 s): both files, each built from the case on its own, as two downloads would be. */
export const saksframleggBoth: Figure = {
  name: 'Saksframlegg for Melhus as DOCX and PDF/A together, from the case',
  iterations: 10,
  warmup: 2,
  prepare() {
    const document = defaultCase();
    return async () => [
      await renderDocx(melhus(document), { revisionAt: REVISION_AT }),
      await renderPdf(melhus(document), { revisionAt: REVISION_AT }),
    ];
  },
};
