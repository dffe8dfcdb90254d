/**
 * The document job through a real worker thread: the bytes cross the thread boundary unchanged (as base64 in
 * the JSON reply) and a ValidationError comes back naming its field.
 */
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCase } from '../../case/default-case/default-case.ts';
import { ValidationError } from '../../common/errors.ts';
import { ComputePool } from './compute-pool.ts';
import { runJob, type DocumentJobResult, type Job } from './jobs.ts';

const job = (municipality: string): Job => ({
  kind: 'document',
  document: defaultCase(),
  revision: 3,
  revisionAt: '2026-06-10T08:30:00Z',
  createdBy: 'Test',
  language: 'nb',
  request: { kind: 'saksframlegg', municipality, format: 'docx', language: 'nb' },
});

const compute = new ComputePool({ workers: 1 });
afterAll(() => compute.close());

describe('document job', () => {
  it('gives the bytes of the same job run inline, with their SHA-256', async () => {
    const reply = JSON.parse((await compute.run(job('5028'))) ?? 'null') as DocumentJobResult;
    expect(reply).toEqual(JSON.parse((await runJob(job('5028'))) ?? 'null'));
    expect(reply.fileName).toBe('saksframlegg-melhus-r3.docx');
    const bytes = Buffer.from(reply.base64, 'base64');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(reply.sha256);
  });

  it('sends back a validation error naming the field', async () => {
    const error: unknown = await compute.run(job('9999')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toBe('municipality');
  });
});
