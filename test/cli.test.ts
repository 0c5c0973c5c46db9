import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, tempDir } from './helpers/corpus.ts';
import { formatSummary } from '../src/cli/format.ts';

const KG = join(import.meta.dirname, '..', 'bin', 'kg.js');
const COMMANDS = ['ingest', 'stats', 'export', 'delete', 'merges', 'eval', 'search', 'serve', 'start', 'doctor'];

function kg(args: string[], dataDir: string) {
  const env = { ...process.env, KG_DATA_DIR: dataDir, KG_STORE: 'embedded' };
  const r = spawnSync(process.execPath, [KG, ...args], { env, encoding: 'utf8', timeout: 60000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let data: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  data = await tempDir('kg-cli-');
});
afterAll(async () => data.remove());

test.each(['', ...COMMANDS])('kg %s --help explains itself', (command) => {
  const r = kg(command ? [command, '--help'] : ['--help'], data.path);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^Usage: kg/m);
});

test('bad input gives one clear line and no stack trace', () => {
  const cases = [
    kg(['export', '--format', 'xml'], data.path),
    kg(['delete', 'no-such-document.txt'], data.path),
    kg(['ingest', '/no/such/folder'], data.path),
  ];
  for (const r of cases) {
    expect(r.code).not.toBe(0);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.err.trim().split('\n').length).toBeLessThanOrEqual(3);
  }
  expect(kg(['export', '--format', 'xml'], data.path).err).toMatch(/jsonl, graphml or csv/);
});

test('ingest reports good and bad files; export writes jsonl and graphml', () => {
  const ingest = kg(['ingest', join(FIXTURES_DIR, 'mixed')], data.path);
  expect(ingest.code).toBe(0);
  expect(ingest.out).toMatch(/documents: \d+ new/);
  expect(ingest.out).toMatch(/warning: .*empty/);
  expect(ingest.out).toMatch(/warning: .*binary/);
  expect(ingest.err).not.toMatch(/\n\s+at /);

  const out = join(data.path, 'graph.jsonl');
  expect(kg(['export', '--format', 'jsonl', '--out', out], data.path).code).toBe(0);
  const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  expect(lines.some((l) => l.type === 'node' && l.labels[0] === 'Document')).toBe(true);

  const graphml = kg(['export', '--format', 'graphml'], data.path);
  expect(graphml.code).toBe(0);
  expect(graphml.out).toMatch(/^<\?xml[\s\S]*<graphml[\s\S]*<node id=[\s\S]*<\/graphml>\n$/);

  const stats = kg(['stats'], data.path);
  expect(stats.out).toMatch(/documents [1-9]/);
});

test('the ingest summary tells relations the validator dropped apart from entity names cut at a clause', () => {
  const text = formatSummary({ created: ['a.txt'], replaced: [], unchanged: [], failed: [], skipped: [], warnings: [], merges: [], elapsedMs: 1200,
    dropped: { duplicate: 4, 'name boundary: trimmed': 2, 'name boundary: rejected': 1 } });
  expect(text).toContain('relations dropped by the validator: duplicate 4\n');
  expect(text).toContain('entity names that began inside a clause: trimmed 2, rejected 1');
});
