import { parentPort } from 'node:worker_threads';
import { prepare } from './prepare.ts';

// A worker thread of `kg ingest --workers N`: prepares the files it is sent, one at a time.
parentPort!.on('message', async (job: { id: number; path: string; stored?: string; embed: boolean }) => {
  const prepared = await prepare(job.path, job.stored, job.embed).catch((error: Error) => ({ kind: 'failed' as const, reason: error.message }));
  parentPort!.postMessage({ id: job.id, prepared });
});
