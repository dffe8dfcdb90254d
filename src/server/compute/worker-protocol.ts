/** Messages between the compute pool and its workers. @module */
import type { FieldIssue } from '../../common/errors.ts';
import type { JobResult } from './jobs.ts';

export type WorkerReply =
  | { id: number; ok: true; result: JobResult }
  | {
      id: number;
      ok: false;
      error: { code: string; message: string; issues: FieldIssue[] | undefined; stack: string | undefined };
    };
