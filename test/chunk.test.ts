import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHUNK_MAX, chunk, chunkId } from '../ingest/chunk.ts';
import { structure } from '../ingest/structure.ts';
import type { CleanDocument } from '../ingest/types.ts';

const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus');

function docOf(text: string, sha256 = 'a'.repeat(64)): CleanDocument {
  return { source: { path: 't.txt', name: 't.txt', format: 'txt', sha256, raw: text }, text, title: '' };
}

const sentence = (n: number, len: number) => `第${n}句` + '知'.repeat(len - 4) + '。';

test('packs sentences into passages of about 300–500 characters at sentence boundaries', () => {
  const text = '一、总体要求\n' + Array.from({ length: 30 }, (_, i) => sentence(i, 60)).join('');
  const structured = structure(docOf(text));
  const chunks = chunk(structured);
  const starts = new Set(structured.sentences.map((s) => s.start));
  const ends = new Set(structured.sentences.map((s) => s.end));
  for (const c of chunks) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(starts.has(c.start) && ends.has(c.end)).toBe(true);
    expect(c.text.length).toBeLessThanOrEqual(CHUNK_MAX);
  }
  for (const c of chunks.slice(0, -1)) expect(c.text.length).toBeGreaterThanOrEqual(300);
  expect(chunks.map((c) => c.index)).toEqual(chunks.map((_, i) => i));
  expect(chunks[0].sectionPath).toEqual(['总体要求']);
});

test('a sentence longer than the cap is a chunk of its own', () => {
  const long = sentence(1, 700);
  const chunks = chunk(structure(docOf(`短句。${long}短句。`)));
  expect(chunks.map((c) => c.text)).toEqual(['短句。', long, '短句。']);
});

test('chunks do not cross a heading of any level, so each chunk\'s section path holds for all its text', () => {
  const chunks = chunk(structure(docOf('一、甲部分\n甲的内容。\n（一）甲之一\n甲之一的内容。\n二、乙部分\n乙的内容。')));
  expect(chunks.map((c) => c.text)).toEqual(['一、甲部分\n甲的内容。', '（一）甲之一\n甲之一的内容。', '二、乙部分\n乙的内容。']);
  expect(chunks.map((c) => c.sectionPath)).toEqual([['甲部分'], ['甲部分', '甲之一'], ['乙部分']]);
});

test('tables become chunks of their own rows, the header with the first rows', () => {
  const rows = Array.from({ length: 40 }, (_, i) => `指标${i}\t${i * 10}\t${i * 11}`);
  const text = '前文。\n指标\t2024年\t2025年\n' + rows.join('\n') + '\n后文。';
  const chunks = chunk(structure(docOf(text)));
  expect(chunks[0].text).toBe('前文。');
  expect(chunks[1].text.startsWith('指标\t2024年\t2025年\n指标0\t0\t0')).toBe(true);
  expect(chunks[chunks.length - 1].text).toBe('后文。');
  const tableChunks = chunks.slice(1, -1);
  expect(tableChunks.length).toBeGreaterThan(1);
  expect(tableChunks.map((c) => c.text).join('\n')).toBe(text.slice(4, text.length - 4));
});

test('ids derive from the document hash and offsets: same input, same ids', () => {
  const text = readFileSync(join(CORPUS_DIR, readdirSync(CORPUS_DIR).find((f) => f.startsWith('001_'))!), 'utf8');
  const a = chunk(structure(docOf(text, 'b'.repeat(64))));
  const b = chunk(structure(docOf(text, 'b'.repeat(64))));
  const other = chunk(structure(docOf(text, 'c'.repeat(64))));
  expect(a.map((c) => c.id)).toEqual(b.map((c) => c.id));
  expect(new Set(a.map((c) => c.id)).size).toBe(a.length);
  expect(a[0].id).toBe(chunkId('b'.repeat(64), a[0].start, a[0].end));
  expect(a[0].id).toMatch(/^c_[0-9a-f]{16}$/);
  expect(other[0].id).not.toBe(a[0].id);
  for (const c of a) expect(c.text.length).toBeLessThanOrEqual(CHUNK_MAX + 200);
});
