/**
 * Regenerates test/fixtures/mixed: one folder of good and bad input files for
 * the loader tests (run: npx tsx scripts/make-fixtures.ts). The texts are
 * invented. The PDF needs Debian's chromium; without it the committed PDF is kept.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import iconv from 'iconv-lite';

const OUT = join(import.meta.dirname, '..', 'test', 'fixtures', 'mixed');

export const TEXTS = {
  gbk: [
    '江海市知识产权局关于开展2025年专利导航项目申报工作的通知',
    '各区知识产权主管部门：',
    '为深入实施《江海市专利促进办法》，江海市知识产权局决定开展2025年专利导航项目申报工作。',
    '一、申报条件',
    '申报单位应为在本市注册的企业、高校或科研机构，近三年无严重违法失信记录。',
    '二、支持方式',
    '每个项目给予不超过30万元资助。',
  ].join('\r\n'),
  utf16le: [
    '云川省知识产权保护中心2025年工作要点',
    '一、加快专利预审',
    '全年受理专利预审请求1.2万件，发明专利平均授权周期压减至4个月以内。',
    '二、强化协同保护',
    '与云川省高级人民法院签订知识产权协同保护合作备忘录。',
  ].join('\n'),
  utf16be: ['江海市商标品牌培育计划（2025—2027年）', '到2027年，全市有效注册商标量达到50万件，培育地理标志商标10件。'].join('\n'),
  utf8bom: [
    '江海市数据知识产权登记管理办法（试行）',
    '第一条 为规范数据知识产权登记工作，制定本办法。',
    '第二条 江海市知识产权局负责本市数据知识产权登记管理工作。',
  ].join('\n'),
  md: [
    '# 江海市知识产权强市建设年度报告',
    '',
    '## • 主要指标 •',
    '',
    '发明专利平均审查周期压减至 **15** 个月。',
    '',
    '4 月 23 日，江海市人民政府印发《江海市知识产权强市建设实施方案》，提出到 2030 年建成知识产权强市。',
    '',
    '---',
    '',
    'CNIPA',
    '',
    '- 新建知识产权保护工作站 12 家',
    '- 举办知识产权宣传周活动 30 场',
    '',
  ].join('\n'),
};

const HTML_PAGE = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>工作动态</title>
<style>p { color: #333 }</style><script>var banner = "<p>不是正文</p>";</script></head>
<body><h1>云川省召开知识产权工作会议</h1>
<p>3月12日，云川省知识产权局召开全省知识产权工作会议，部署2025年重点任务。</p>
<p>会议要求，加快建设知识产权强省&amp;保护高地，&ldquo;十五五&rdquo;期间&nbsp;持续优化营商环境。</p>
<!-- 页脚 -->
<table><tr><th>指标</th><th>2024年</th><th>2025年</th></tr>
<tr><td>发明专利授权量（件）</td><td>8120</td><td>9350</td></tr></table>
<ul><li>完善知识产权保护体系</li><li>推进专利转化运用</li></ul>
</body></html>
`;

const DOCX_PARAGRAPHS = [
  '江海市专利转化运用专项行动方案',
  '一、总体目标',
  '到2027年，全市高校和科研机构专利产业化率提高到20%。',
  '二、重点任务',
  '（一）盘活存量专利。江海市知识产权局会同江海市教育局开展高校存量专利盘活工作。',
  '表1 主要指标',
];
const DOCX_TABLE = [
  ['指标', '2024年', '2027年目标'],
  ['专利产业化率（%）', '12', '20'],
  ['专利转让许可次数（次）', '3500', '6000'],
];

const PDF_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 14px; width: 11cm; margin: 1cm; }
</style></head><body>
<h2>江海市知识产权服务业发展报告</h2>
<p>一、发展概况</p>
<p>2025年，江海市知识产权服务机构达到320家，从业人员超过5000人，服务业营业收入同比增长12.5%。江海市知识产权局联合江海市财政局设立知识产权运营基金，首期规模2亿元，重点支持高价值专利培育和转化运用。</p>
<p>二、下一步工作</p>
<p>推动知识产权服务业集聚发展，建设江海知识产权服务业集聚区。</p>
</body></html>`;

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function docxBytes(): Buffer {
  const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
  const cell = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${paragraph(text)}</w:tc>`;
  const table = `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>${DOCX_TABLE.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${DOCX_PARAGRAPHS.map(paragraph).join('')}${table}${paragraph('本方案自印发之日起施行。')}</w:body></w:document>`;
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': document,
  });
}

/** A minimal zip archive with stored (uncompressed) entries and a fixed date, so the bytes are reproducible. */
function zip(files: Record<string, string>): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(0, 8); // stored
    header.writeUInt16LE(0, 10); // time
    header.writeUInt16LE(0x5a21, 12); // date 2025-01-01
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    local.push(header, nameBytes, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(0, 10);
    entry.writeUInt16LE(0, 12);
    entry.writeUInt16LE(0x5a21, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

/** Deterministic noise: the same "binary" file on every run. */
function noise(length: number, seed = 12345): Buffer {
  const out = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

function printPdf(target: string) {
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  if (!chromium) {
    console.warn('chromium not found: keeping the committed report.pdf');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'kg-fixture-'));
  try {
    const page = join(dir, 'page.html');
    writeFileSync(page, PDF_PAGE);
    execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${target}`, page], {
      stdio: 'ignore',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main() {
  mkdirSync(OUT, { recursive: true });
  const write = (name: string, bytes: Buffer | string) => writeFileSync(join(OUT, name), bytes);
  write('notice-gbk.txt', iconv.encode(TEXTS.gbk, 'gbk'));
  write('notice-utf16le.txt', iconv.encode(TEXTS.utf16le, 'utf-16le', { addBOM: true }));
  write('notice-utf16be.txt', iconv.encode(TEXTS.utf16be, 'utf-16be')); // no BOM: detected from the zero bytes
  write('notice-utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXTS.utf8bom)]));
  write('measures.md', TEXTS.md);
  write('bulletin.html', iconv.encode(HTML_PAGE, 'gbk'));
  write('plan.docx', docxBytes());
  write('random.txt', noise(2048));
  write('empty.txt', '');
  write('broken.docx', 'this is not a zip archive\n');
  write('archive.xyz', 'unsupported\n');
  printPdf(join(OUT, 'report.pdf'));
  console.log(`fixtures written to ${OUT}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
