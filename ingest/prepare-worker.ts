import { parentPort } from 'node:worker_threads';
import type { InputLimits } from './load.ts';
import { prepare } from './prepare.ts';

// A worker thread of `kg ingest --workers N`: prepares the files it is sent, one at a time, with the default extractor.
parentPort!.on('message', async (job: { id: number; path: string; stored?: string; embed: boolean; limits: InputLimits }) => {
  const prepared = await prepare(job.path, job).catch((error: Error) => ({ kind: 'failed' as const, reason: error.message }));
  parentPort!.postMessage({ id: job.id, prepared });
});
