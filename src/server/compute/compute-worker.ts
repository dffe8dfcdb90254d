/**
 * A compute pool worker: runs jobs from the server's thread one at a time and posts back the result, or the
 * error as plain data (a worker cannot post an Error's class, so the pool rebuilds Flokk's errors by code).
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { isFlokkError, ValidationError } from '../../common/errors.ts';
import { runJob, type Job } from './jobs.ts';
import type { WorkerReply } from './worker-protocol.ts';

if (!parentPort) throw new Error('compute-worker.ts runs as a worker thread');
const port = parentPort;

port.on('message', async ({ id, job }: { id: number; job: Job }) => {
  let reply: WorkerReply;
  try {
    reply = { id, ok: true, result: await runJob(job) };
  } catch (error) {
    reply = {
      id,
      ok: false,
      error: {
        code: isFlokkError(error) ? error.code : 'internal',
        message: error instanceof Error ? error.message : String(error),
        issues: error instanceof ValidationError ? error.issues : undefined,
        stack: error instanceof Error ? error.stack : undefined,
      },
    };
  }
  port.postMessage(reply);
});
