import { Worker } from 'node:worker_threads';
import type { InputLimits } from './load.ts';
import type { Prepared } from './prepare.ts';

interface Job {
  id: number;
  path: string;
  stored?: string;
  embed: boolean;
  limits: InputLimits;
}

/**
 * Worker threads that prepare files (load, clean, structure, chunk, analyse, extract)
 * in parallel. A worker that dies fails the files it held, not the ingest.
 */
export class PreparePool {
  private readonly idle: Worker[] = [];
  private readonly queue: { job: Job; resolve: (p: Prepared) => void }[] = [];
  private readonly running = new Map<Worker, { job: Job; resolve: (p: Prepared) => void }>();
  private nextId = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./prepare-worker.mjs', import.meta.url));
    worker.on('message', ({ prepared }: { prepared: Prepared }) => {
      const task = this.running.get(worker);
      this.running.delete(worker);
      this.idle.push(worker);
      task?.resolve(prepared);
      this.pump();
    });
    worker.on('error', (error) => {
      const task = this.running.get(worker);
      this.running.delete(worker);
      task?.resolve({ kind: 'failed', reason: `worker failed: ${error.message.split('\n')[0]}` });
      this.idle.push(this.spawn());
      this.pump();
    });
    return worker;
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.running.set(worker, task);
      worker.postMessage(task.job);
    }
  }

  prepare(path: string, stored: string | undefined, embed: boolean, limits: InputLimits): Promise<Prepared> {
    return new Promise((resolve) => {
      this.queue.push({ job: { id: this.nextId++, path, stored, embed, limits }, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.idle, ...this.running.keys()].map((w) => w.terminate()));
  }
}
