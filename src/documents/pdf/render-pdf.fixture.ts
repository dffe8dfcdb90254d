/**
 * Prints the SHA-256 of Melhus' saksframlegg as PDF, for the test that compares it with the bytes rendered
 * in another process: `npx tsx render-pdf.fixture.ts <revision timestamp>`.
 * @module
 */
import { createHash } from 'node:crypto';
import { defaultCase } from '../../case/default-case/default-case.ts';
import { buildSaksframlegg } from '../../case/document/saksframlegg.ts';
import { renderPdf } from './render-pdf.ts';

const document = buildSaksframlegg(defaultCase(), {
  municipality: '5028',
  scenarioId: 'administrative-tjenester',
  language: 'nb',
});
const bytes = await renderPdf(document, { revisionAt: process.argv[2] ?? '' });
process.stdout.write(`${createHash('sha256').update(bytes).digest('hex')}\n`);
