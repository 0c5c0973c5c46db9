import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanStage } from '../ingest/clean.ts';
import { listDocumentFiles, loadDocument, loadStage } from '../ingest/load.ts';
import type { LoadedDocument, LoadResult } from '../ingest/types.ts';
import { TEXTS } from '../scripts/make-fixtures.ts';
import { FIXTURES_DIR, tempDir } from './helpers/corpus.ts';

const MIXED = join(FIXTURES_DIR, 'mixed');
const fixture = (name: string) => join(MIXED, name);

async function loaded(name: string): Promise<LoadedDocument> {
  const result = await loadDocument(fixture(name));
  if (!result.ok) throw new Error(`${name} did not load: ${result.reason}`);
  return result.doc;
}

async function failure(path: string): Promise<string> {
  const result = await loadDocument(path);
  if (result.ok) throw new Error(`${path} loaded but should not have`);
  expect(result.path).toBe(path);
  return result.reason;
}

describe('text files in any encoding', () => {
  test.each([
    ['notice-gbk.txt', TEXTS.gbk, 'gb18030'],
    ['notice-utf16le.txt', TEXTS.utf16le, 'utf-16le'],
    ['notice-utf16be.txt', TEXTS.utf16be, 'utf-16be'],
    ['notice-utf8-bom.txt', TEXTS.utf8bom, 'utf-8-bom'],
    ['measures.md', TEXTS.md, 'utf-8'],
  ])('%s loads with its exact text', async (name, text, encoding) => {
    const doc = await loaded(name);
    expect(doc.raw).toBe(text);
    expect(doc.encoding).toBe(encoding);
    expect(doc.name).toBe(name);
    expect(doc.format).toBe(name.endsWith('.md') ? 'md' : 'txt');
  });

  test('sha256 is the hash of the file bytes', async () => {
    const doc = await loaded('notice-gbk.txt');
    expect(doc.sha256).toBe(createHash('sha256').update(readFileSync(fixture('notice-gbk.txt'))).digest('hex'));
  });
});

describe('converted formats', () => {
  test('HTML: declared GBK charset, block structure as lines, tables as tab rows, no script or style', async () => {
    const doc = await loaded('bulletin.html');
    expect(doc.encoding).toBe('gbk');
    expect(doc.raw.split('\n')).toEqual([
      '云川省召开知识产权工作会议',
      '3月12日，云川省知识产权局召开全省知识产权工作会议，部署2025年重点任务。',
      '会议要求，加快建设知识产权强省&保护高地，“十五五”期间 持续优化营商环境。',
      '指标\t2024年\t2025年',
      '发明专利授权量（件）\t8120\t9350',
      '完善知识产权保护体系',
      '推进专利转化运用',
    ]);
  });

  test('Word: one line per paragraph, the table as tab-separated rows', async () => {
    const doc = await loaded('plan.docx');
    expect(doc.format).toBe('docx');
    const lines = doc.raw.split('\n');
    expect(lines.slice(0, 2)).toEqual(['江海市专利转化运用专项行动方案', '一、总体目标']);
    expect(lines).toContain('（一）盘活存量专利。江海市知识产权局会同江海市教育局开展高校存量专利盘活工作。');
    expect(lines).toContain('指标\t2024年\t2027年目标');
    expect(lines).toContain('专利转让许可次数（次）\t3500\t6000');
    expect(lines.at(-1)).toBe('本方案自印发之日起施行。');
  });

  test('PDF: the text layer, which cleaning turns back into whole sentences', async () => {
    const doc = await loaded('report.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.raw).toContain('江海市知识产权服务业发展报告');
    const clean = await cleanStage.run(doc);
    expect(clean.title).toBe('江海市知识产权服务业发展报告');
    expect(clean.text.split('\n')).toEqual([
      '江海市知识产权服务业发展报告',
      '一、发展概况',
      '2025年，江海市知识产权服务机构达到320家，从业人员超过5000人，服务业营业收入同比增长12.5%。江海市知识产权局联合江海市财政局设立知识产权运营基金，首期规模2亿元，重点支持高价值专利培育和转化运用。',
      '二、下一步工作',
      '推动知识产权服务业集聚发展，建设江海知识产权服务业集聚区。',
    ]);
  });
});

describe('files that are not documents', () => {
  test('empty, binary, corrupt and unsupported files give a short reason', async () => {
    expect(await failure(fixture('empty.txt'))).toBe('empty file');
    expect(await failure(fixture('random.txt'))).toBe('binary content, not a document');
    expect(await failure(fixture('broken.docx'))).toMatch(/^corrupt docx: \S/);
    expect(await failure(fixture('archive.xyz'))).toBe('unsupported format .xyz');
    expect(await failure(join(MIXED, 'no-such-file.txt'))).toBe('file not found');
  });

  test('a truncated PDF and a text file of blanks', async () => {
    const dir = await tempDir();
    try {
      const truncated = join(dir.path, 'cut.pdf');
      writeFileSync(truncated, readFileSync(fixture('report.pdf')).subarray(0, 600));
      expect(await failure(truncated)).toMatch(/^corrupt pdf: \S/);
      const blank = join(dir.path, 'blank.txt');
      writeFileSync(blank, ' \n\n\t\n');
      expect(await failure(blank)).toBe('no text');
    } finally {
      await dir.remove();
    }
  });

  test('loading every file of the mixed folder resolves, good and bad alike', async () => {
    const names = readdirSync(MIXED);
    const results: LoadResult[] = await Promise.all(names.map((n) => loadStage.run(fixture(n))));
    const failed = results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.path.split('/').at(-1)));
    expect(failed.sort()).toEqual(['archive.xyz', 'broken.docx', 'empty.txt', 'random.txt']);
    expect(results.filter((r) => r.ok)).toHaveLength(names.length - 4);
  });
});

describe('listDocumentFiles', () => {
  test('expands folders recursively in file-name order, skipping dotfiles and reporting other files', async () => {
    const dir = await tempDir();
    try {
      mkdirSync(join(dir.path, 'b-sub', 'deeper'), { recursive: true });
      mkdirSync(join(dir.path, '.git'));
      for (const f of ['z.txt', 'b-sub/a.md', 'b-sub/deeper/m.PDF', '.hidden.txt', '.git/c.txt', 'table.xlsx', 'README']) {
        writeFileSync(join(dir.path, f), 'x');
      }
      const { files, skipped } = listDocumentFiles([dir.path, join(dir.path, 'missing.txt')]);
      expect(files).toEqual([join(dir.path, 'b-sub', 'a.md'), join(dir.path, 'b-sub', 'deeper', 'm.PDF'), join(dir.path, 'z.txt')]);
      expect(skipped).toEqual([
        { path: join(dir.path, 'README'), reason: 'unsupported format (no extension)' },
        { path: join(dir.path, 'table.xlsx'), reason: 'unsupported format .xlsx' },
        { path: join(dir.path, 'missing.txt'), reason: 'file not found' },
      ]);
    } finally {
      await dir.remove();
    }
  });

  test('the mixed fixture folder: every supported file listed once, the .xyz file skipped', () => {
    const { files, skipped } = listDocumentFiles([MIXED, fixture('plan.docx')]);
    expect(files).toHaveLength(readdirSync(MIXED).length - 1);
    expect(new Set(files).size).toBe(files.length);
    expect(skipped).toEqual([{ path: fixture('archive.xyz'), reason: 'unsupported format .xyz' }]);
  });
});

describe('input limits', () => {
  test('a file over the size limit is skipped with a one-line reason, when listed and when loaded', async () => {
    const dir = await tempDir();
    try {
      const big = join(dir.path, 'big.txt');
      writeFileSync(big, '知识产权保护。'.repeat(200)); // 4.2 KB
      writeFileSync(join(dir.path, 'small.txt'), '知识产权保护。');
      const limits = { maxFileBytes: 4096, maxDocumentChars: 1_000_000 };
      const listing = listDocumentFiles([dir.path], limits);
      expect(listing.files.map((f) => f.slice(dir.path.length + 1))).toEqual(['small.txt']);
      expect(listing.skipped).toEqual([{ path: big, reason: 'too large: 0.0 MB, the limit is 0.0 MB (KG_MAX_FILE_MB)' }]);
      expect(await loadDocument(big, limits)).toEqual({ ok: false, path: big, reason: expect.stringMatching(/^too large: .* \(KG_MAX_FILE_MB\)$/) });
      expect((await loadDocument(big)).ok).toBe(true); // the default limit is 20 MB
    } finally {
      await dir.remove();
    }
  });

  test('a text longer than the limit is refused with its length and the limit', async () => {
    const dir = await tempDir();
    try {
      const long = join(dir.path, 'long.txt');
      writeFileSync(long, '知识产权。'.repeat(100));
      const result = await loadDocument(long, { maxFileBytes: 1_000_000, maxDocumentChars: 499 });
      expect(result).toEqual({ ok: false, path: long, reason: 'text too long: 500 characters, the limit is 499 (KG_MAX_DOC_CHARS); split the document' });
    } finally {
      await dir.remove();
    }
  });

  test('UTF-8 with a few damaged bytes loads as UTF-8 with a warning naming the count', async () => {
    const dir = await tempDir();
    try {
      const path = join(dir.path, 'damaged.txt');
      const text = '江海市知识产权局印发《专利促进办法》。\n'.repeat(50);
      writeFileSync(path, Buffer.concat([Buffer.from(text.slice(0, 100)), Buffer.from([0xc3, 0x28]), Buffer.from(text.slice(100))]));
      const result = await loadDocument(path);
      expect(result.ok && result.doc).toMatchObject({ encoding: 'utf-8', warnings: ['1 invalid UTF-8 byte sequence replaced by U+FFFD'] });
      expect(result.ok && result.doc.raw.slice(0, 100)).toBe(text.slice(0, 100));
    } finally {
      await dir.remove();
    }
  });
});
