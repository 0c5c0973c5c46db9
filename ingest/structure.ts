import type { CleanDocument, Section, SectionKind, Sentence, Span, Stage, StructuredDocument, Table } from './types.ts';

interface Line {
  start: number;
  end: number;
  text: string;
}

const TERMINATORS = '。！？；';
const BRACKET_PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '（': '）', '《': '》' };
const CLOSERS = new Set(Object.values(BRACKET_PAIRS));
const MARKS = new RegExp(`[${TERMINATORS}${Object.entries(BRACKET_PAIRS).flat().join('')}]`, 'g');
/** A heading is a short line; a longer "1.…" first sentence is a numbered paragraph, not a heading. */
const MAX_HEADING_TITLE = 60;

const CN_NUM = '一二三四五六七八九十百零〇';
const MONTH_LINE = new RegExp(`^(?:\\d{4}\\s*年\\s*)?(?:1[0-2]|0?[1-9]|[${CN_NUM}]{1,3})\\s*月$`);
const CAPTION_LINE = new RegExp(`^(?:表|Table)\\s*[\\d${CN_NUM}]+`);

/**
 * Heading markers, outermost first. `rank` orders nesting: a heading closes every
 * open section of the same or a deeper rank. Markdown headings rank by their `#` count.
 */
const MARKERS: { re: RegExp; rank: number; kind: SectionKind }[] = [
  { re: new RegExp(`^第[${CN_NUM}\\d]+章\\s*`), rank: 8, kind: 'heading' },
  { re: new RegExp(`^第[${CN_NUM}\\d]+节\\s*`), rank: 9, kind: 'heading' },
  { re: new RegExp(`^[${CN_NUM}]+、\\s*`), rank: 10, kind: 'heading' },
  { re: new RegExp(`^[（(][${CN_NUM}]+[）)]\\s*`), rank: 11, kind: 'heading' },
  { re: /^专栏\s*[\d一二三四五六七八九十]+\s*[：:]?\s*/, rank: 12, kind: 'column' },
  { re: /^\d{1,2}(?:[.．](?!\d)|、)\s*/, rank: 12, kind: 'numbered' },
  { re: /^[（(]\d{1,2}[）)]\s*/, rank: 13, kind: 'numbered' },
];
const MONTH_RANK = 10;
const MARKDOWN_HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const DECORATION = /^[\s•·●◆■]+|[\s•·●◆■]+$/g;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const end = start + raw.length;
    lines.push({ start, end, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw });
    start = end + 1;
  }
  return lines;
}

const isBlank = (line: Line) => line.text.trim() === '';

/** The span of `text[start,end)` without surrounding whitespace, or null when nothing is left. */
function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}

/** Cuts a paragraph into sentence spans at 。！？； outside matched quotes and brackets. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  // Only the marks matter: visiting them alone spares a string per character of the paragraph.
  const marks: { index: number; char: string }[] = [];
  for (MARKS.lastIndex = start; ; ) {
    const m = MARKS.exec(text);
    if (!m || m.index >= end) break;
    marks.push({ index: m.index, char: m[0] });
  }
  const openers: { index: number; closer: string }[] = [];
  const protectedOpen = new Set<number>();
  const protectedClose = new Set<number>();
  for (const { index, char } of marks) {
    if (BRACKET_PAIRS[char]) openers.push({ index, closer: BRACKET_PAIRS[char] });
    else if (CLOSERS.has(char)) {
      const at = openers.findLastIndex((o) => o.closer === char);
      if (at >= 0) {
        protectedOpen.add(openers[at].index);
        protectedClose.add(index);
        openers.length = at;
      }
    }
  }
  const spans: Span[] = [];
  const push = (s: number, e: number) => {
    const span = trimSpan(text, s, e);
    if (span && /[\p{L}\p{N}]/u.test(text.slice(span.start, span.end))) spans.push(span);
  };
  let from = start;
  let depth = 0;
  for (const { index: i, char: c } of marks) {
    if (protectedOpen.has(i)) depth++;
    else if (protectedClose.has(i)) {
      depth--;
      // A quote that closes right after a terminator ends the sentence with it: 他说：“好。”
      if (depth === 0 && TERMINATORS.includes(text[i - 1]) && !TERMINATORS.includes(text[i + 1] ?? '')) {
        push(from, i + 1);
        from = i + 1;
      }
    } else if (depth === 0 && TERMINATORS.includes(c) && !TERMINATORS.includes(text[i + 1] ?? '') && !CLOSERS.has(text[i + 1] ?? '')) {
      push(from, i + 1);
      from = i + 1;
    }
  }
  push(from, end);
  return spans;
}

// ---------------------------------------------------------------- tables

interface TableBlock {
  firstLine: number;
  lastLine: number;
  cells: { start: number; end: number; text: string }[][];
}

const cellText = (raw: string) => raw.replace(/<\/?[a-z]+>/gi, '').trim();

function cellsOfRow(line: Line, separator: RegExp): TableBlock['cells'][number] {
  const cells: TableBlock['cells'][number] = [];
  let offset = line.start;
  for (const part of line.text.split(separator)) {
    const span = trimSpan(line.text, offset - line.start, offset - line.start + part.length);
    if (span) cells.push({ start: line.start + span.start, end: line.start + span.end, text: cellText(part) });
    offset += part.length + 1;
  }
  return cells;
}

/** One row per line, cells separated by tabs: `序号\t案例名称`. */
function inlineTabBlock(lines: Line[], at: number): TableBlock | null {
  const isRow = (l: Line | undefined) => !!l && /\S\t+\S/.test(l.text.replace(/^\t+/, ''));
  if (!isRow(lines[at]) || !isRow(lines[at + 1])) return null;
  let last = at;
  while (isRow(lines[last + 1])) last++;
  const cells = lines.slice(at, last + 1).map((l) => cellsOfRow(l, /\t+/));
  return { firstLine: at, lastLine: last, cells };
}

/** Markdown pipe tables: `| a | b |`, separator rows `|---|` skipped. */
function pipeBlock(lines: Line[], at: number): TableBlock | null {
  const isRow = (l: Line | undefined) => !!l && /^\s*\|.*\|\s*$/.test(l.text);
  if (!isRow(lines[at]) || !isRow(lines[at + 1])) return null;
  let last = at;
  while (isRow(lines[last + 1])) last++;
  const cells = lines
    .slice(at, last + 1)
    .filter((l) => !/^\s*\|?[\s:|-]*-{3,}[\s:|-]*$/.test(l.text))
    .map((l) => {
      const open = l.text.indexOf('|');
      const close = l.text.lastIndexOf('|');
      const inner: Line = { start: l.start + open + 1, end: l.start + close, text: l.text.slice(open + 1, close) };
      return cellsOfRow(inner, /\|/);
    });
  return { firstLine: at, lastLine: last, cells };
}

/**
 * Word-export tables: each cell a line led by a tab, a cell may wrap onto a
 * short untabbed line, rows separated by blank lines. A run of single-cell
 * groups (a 专栏 box) is prose, not a table.
 */
function tabLedBlocks(lines: Line[], at: number): { groups: { firstLine: number; lastLine: number; cells: TableBlock['cells'][number] }[]; lastLine: number } | null {
  const tabLed = (l: Line | undefined) => !!l && /^\t+\S/.test(l.text) && !/\S\t/.test(l.text);
  if (!tabLed(lines[at])) return null;
  const groups: { firstLine: number; lastLine: number; cells: TableBlock['cells'][number] }[] = [];
  let i = at;
  let lastLine = at;
  while (i < lines.length && tabLed(lines[i])) {
    const group = { firstLine: i, lastLine: i, cells: [] as TableBlock['cells'][number] };
    while (i < lines.length && !isBlank(lines[i])) {
      const line = lines[i];
      const span = trimSpan(line.text, 0, line.text.length)!;
      const wraps = !tabLed(line) && group.cells.length > 0 && span.end - span.start <= 20 && !/[。！？；]/.test(line.text);
      if (tabLed(line)) group.cells.push({ start: line.start + span.start, end: line.start + span.end, text: cellText(line.text) });
      else if (wraps) {
        const cell = group.cells[group.cells.length - 1];
        cell.end = line.start + span.end;
        cell.text += cellText(line.text);
      } else break;
      group.lastLine = i++;
    }
    groups.push(group);
    lastLine = group.lastLine;
    if (i < lines.length && !isBlank(lines[i])) break;
    while (i < lines.length && isBlank(lines[i])) i++;
  }
  return { groups, lastLine };
}

/** Finds every table of the text; returns them keyed by first line, and the lines they own. */
function findTables(lines: Line[]): Map<number, TableBlock> {
  const tables = new Map<number, TableBlock>();
  for (let i = 0; i < lines.length; i++) {
    const block = inlineTabBlock(lines, i) ?? pipeBlock(lines, i);
    if (block) {
      tables.set(i, block);
      i = block.lastLine;
      continue;
    }
    const led = tabLedBlocks(lines, i);
    if (!led) continue;
    // Tables are the runs of at least two multi-cell groups; single-cell groups stay prose.
    let run: typeof led.groups = [];
    const flush = () => {
      if (run.length >= 2) tables.set(run[0].firstLine, { firstLine: run[0].firstLine, lastLine: run[run.length - 1].lastLine, cells: run.map((g) => g.cells) });
      run = [];
    };
    for (const group of led.groups) {
      if (group.cells.length >= 2) run.push(group);
      else flush();
    }
    flush();
    i = led.lastLine;
  }
  return tables;
}

function captionAbove(lines: Line[], firstLine: number): string | null {
  let seen = 0;
  for (let i = firstLine - 1; i >= 0 && seen < 2; i--) {
    const text = lines[i].text.trim();
    if (!text) continue;
    if (CAPTION_LINE.test(text)) return text;
    seen++;
  }
  return null;
}

// ---------------------------------------------------------------- headings

interface HeadingMatch {
  rank: number;
  kind: SectionKind;
  marker: string;
  title: string;
  /** Span of the heading within the line; the rest of the line is body text. */
  end: number;
}

/** Reads a heading at the start of a trimmed paragraph, or null. */
export function matchHeading(text: string, start: number, end: number): HeadingMatch | null {
  const line = text.slice(start, end);
  const md = MARKDOWN_HEADING.exec(line);
  if (md) {
    const inner = md[2].replace(DECORATION, '');
    if (!inner) return null;
    const numbered = MARKERS.find((m) => m.re.test(inner));
    const title = numbered ? inner.replace(numbered.re, '') || inner : inner;
    return { rank: md[1].length, kind: MONTH_LINE.test(inner) ? 'month' : 'heading', marker: md[1], title, end };
  }
  if (MONTH_LINE.test(line)) return { rank: MONTH_RANK, kind: 'month', marker: line, title: line, end };
  for (const m of MARKERS) {
    const found = m.re.exec(line);
    if (!found) continue;
    const rest = line.slice(found[0].length);
    const stop = rest.search(/[。！？；]/);
    const titleEnd = stop < 0 ? rest.length : stop;
    const title = rest.slice(0, titleEnd).trim();
    if (!title || title.length > MAX_HEADING_TITLE) return null;
    const headingEnd = stop < 0 ? end : start + found[0].length + stop + 1;
    return { rank: m.rank, kind: m.kind, marker: found[0].trim(), title, end: headingEnd };
  }
  return null;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as a number; NaN for anything else. */
export function chineseNumber(text: string): number {
  const tens = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (tens) return (tens[1] ? CN_DIGITS[tens[1]] : 1) * 10 + (tens[2] ? CN_DIGITS[tens[2]] : 0);
  return text.length === 1 && text in CN_DIGITS ? CN_DIGITS[text] : NaN;
}

/**
 * A typo'd top-level heading: `5、` right after `四、` (with no numbered item
 * opened in between) continues the 一、 sequence instead of starting a list.
 */
function continuesChineseNumbering(heading: HeadingMatch, openSections: Section[], ranks: number[]): boolean {
  if (heading.kind !== 'numbered' || openSections.length !== 1) return false;
  const top = openSections[0];
  const number = parseInt(heading.marker, 10);
  return ranks[top.index] === 10 && chineseNumber(top.marker.replace(/、$/, '')) === number - 1;
}

// ---------------------------------------------------------------- the stage

export function structure(doc: CleanDocument): StructuredDocument {
  const { text } = doc;
  const lines = splitLines(text);
  const tableBlocks = findTables(lines);
  const sections: Section[] = [];
  const ranks: number[] = [];
  const sentences: Sentence[] = [];
  const tables: Table[] = [];
  const open: number[] = [];
  let contentEnd = 0;
  let monthRank: number | undefined;

  const current = () => (open.length ? open[open.length - 1] : null);
  const path = () => open.map((i) => sections[i].title);
  const addSentence = (span: Span, isHeading: boolean) => {
    sentences.push({ index: sentences.length, text: text.slice(span.start, span.end), ...span, section: current(), sectionPath: path(), isHeading });
    contentEnd = span.end;
  };

  for (let li = 0; li < lines.length; li++) {
    const block = tableBlocks.get(li);
    if (block) {
      const rows = block.cells.filter((r) => r.length > 0);
      tables.push({
        index: tables.length,
        start: rows[0][0].start,
        end: rows[rows.length - 1][rows[rows.length - 1].length - 1].end,
        caption: captionAbove(lines, block.firstLine),
        header: rows[0].map((c) => c.text),
        rows: rows.slice(1).map((r) => r.map((c) => c.text)),
        rowSpans: rows.slice(1).map((r) => ({ start: r[0].start, end: r[r.length - 1].end })),
        section: current(),
      });
      contentEnd = tables[tables.length - 1].end;
      li = block.lastLine;
      continue;
    }
    const line = lines[li];
    const para = trimSpan(text, line.start, line.end);
    if (!para) continue;
    const heading = matchHeading(text, para.start, para.end);
    let bodyStart = para.start;
    if (heading) {
      // Months of one chronicle are siblings however each is marked up.
      if (heading.kind === 'month') heading.rank = monthRank ??= heading.rank;
      if (continuesChineseNumbering(heading, open.map((i) => sections[i]), ranks)) Object.assign(heading, { rank: ranks[open[0]], kind: 'heading' });
      while (open.length && ranks[open[open.length - 1]] >= heading.rank) sections[open.pop()!].bodyEnd = contentEnd;
      const index = sections.length;
      sections.push({ index, level: open.length + 1, kind: heading.kind, title: heading.title, marker: heading.marker, start: para.start, end: heading.end, bodyEnd: heading.end, parent: current() });
      ranks.push(heading.rank);
      open.push(index);
      addSentence({ start: para.start, end: heading.end }, true);
      bodyStart = heading.end;
    }
    for (const span of splitSentences(text, bodyStart, para.end)) addSentence(span, false);
  }
  for (const index of open) sections[index].bodyEnd = contentEnd;
  return { ...doc, sections, sentences, tables };
}

export const structureStage: Stage<CleanDocument, StructuredDocument> = {
  name: 'structure',
  run: structure,
};
