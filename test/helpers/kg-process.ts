import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const KG = join(import.meta.dirname, '..', '..', 'bin', 'kg.js');

export interface KgResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Runs `kg` to the end with `env` added to this process's environment. */
export function kgSync(args: string[], env: Record<string, string>, timeout = 120_000): KgResult {
  const r = spawnSync(process.execPath, [KG, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

/** Starts `kg` in the background; `done` settles when it exits, `kill` sends a signal to it (not to the tsx wrapper alone). */
export function kgSpawn(args: string[], env: Record<string, string>) {
  // Run the CLI under tsx directly, so that the pid is the process that holds locks and writes.
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts'), ...args], {
    env: { ...process.env, ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const done = new Promise<KgResult>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, out, err })));
  return { child, done, output: () => ({ out, err }) };
}
