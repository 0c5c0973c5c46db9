import type { SourceFormat } from '../core/records.ts';
import { normaliseCharacters } from '../core/characters.ts';
import type { CleanDocument, LoadedDocument, Stage } from './types.ts';

// Character classes shared by the rules. CJK covers ideographs and the
// full-width punctuation written between them.
const IDEOGRAPH = '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';
const CJK = `[${IDEOGRAPH}\\u3001-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65“”‘’…—·]`;
const LATIN_OR_DIGIT = '[A-Za-z0-9%‰]';
const SPACED_OUT_LETTERS = new RegExp(`^${CJK}(?:\\s*\\|\\s*${CJK})+$`, 'u');
const SPACES_NEXT_TO_CJK = new RegExp(`(?<=${CJK})[ ]+(?=${CJK}|${LATIN_OR_DIGIT})|(?<=${LATIN_OR_DIGIT})[ ]+(?=${CJK})`, 'gu');
const ENDS_WITH_CJK = new RegExp(`${CJK}$`, 'u');
const STARTS_WITH_CJK = new RegExp(`^${CJK}`, 'u');

/** Punctuation that ends a sentence or a clause a line may legitimately end on. */
const LINE_FINAL = /[。！？；：!?;:…”’」』》）)]$/;

// ---------------------------------------------------------------- text rules

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(/\f/g, '\n');
}

/** Word's table-of-contents anchors as text converters print them: `[bookmark: _Toc16380]`. */
export function removeBookmarks(text: string): string {
  return text.replace(/\[bookmark: [^\]\n]*\]/g, '');
}

// ---------------------------------------------------------------- line rules

/** White-space-only lines become empty, and a run of them one blank line. */
export function collapseBlankLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const blank = line.trim() === '';
    if (!blank) out.push(line);
    else if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  }
  return out;
}

/** Trailing spaces go; trailing tabs are empty table cells and stay. */
export function trimTrailingSpaces(line: string): string {
  return line.replace(/ +$/, '');
}

/** Indentation by spaces (ideographic ones are plain spaces by now); a leading tab marks a table cell and stays. */
export function trimLeadingSpaces(line: string): string {
  return line.replace(/^ +/, '');
}

/** Inline HTML a converter left in text: `<b>复审</b>` -> `复审`, `<sup>①</sup>` -> `①`. */
export function stripInlineHtml(line: string): string {
  return line.replace(/<\/?(?:b|i|u|em|strong|sup|sub|span|font|small|big)\b[^>]*>/gi, '').replace(/<br\s*\/?>/gi, ' ');
}

/** Markdown emphasis: `**15**个月` -> `15个月`, `__要点__` -> `要点`. */
export function stripEmphasis(line: string): string {
  return line.replace(/\*\*(.+?)\*\*/g, '$1').replace(/(?<![\w])__(.+?)__(?![\w])/g, '$1');
}

/** Ornaments a converter leaves around a markdown heading: `## • 标题 •` -> `## 标题`. */
export function stripHeadingOrnaments(line: string): string {
  const heading = /^(#{1,6}\s+)[•●◆◇■□▪★☆◎○·\s]*(.*?)[•●◆◇■□▪★☆◎○·\s]*$/.exec(line);
  return heading ? heading[1] + heading[2] : line;
}

/** Letters spaced out with bars for display: `年 | 度 | 报 | 告` -> `年度报告`. */
export function joinSpacedOutLetters(line: string): string {
  return SPACED_OUT_LETTERS.test(line.trim()) ? line.replace(/\s*\|\s*/g, '') : line;
}

/**
 * Spaces a PDF text layer puts between CJK characters, and between CJK and
 * digits or Latin words: `4 月 23 日` -> `4月23日`. Spaces between Latin words
 * and tabs (table cells) stay.
 */
export function removeCjkSpaces(line: string): string {
  return line.replace(SPACES_NEXT_TO_CJK, '');
}

/**
 * A line that is only a page banner: a short Latin acronym (`CNIPA`, also as
 * a markdown heading), a bare page number (`12`, `- 12 -`, `第 3 页`, `3/40`)
 * or a markdown rule (`---`). Table cells (tab-led lines) are never banners.
 */
export function isPageBanner(line: string): boolean {
  if (line.includes('\t')) return false;
  const text = line.trim().replace(/^#{1,6}\s+/, '');
  return (
    /^[A-Z]{2,8}$/.test(text) ||
    /^[-–—]?\s*\d{1,4}\s*[-–—]?$/.test(text) ||
    /^第\s*\d+\s*页(\s*[,，]?\s*共\s*\d+\s*页)?$/.test(text) ||
    /^\d{1,4}\s*\/\s*\d{1,4}$/.test(text) ||
    /^([-*_])(\s*\1){2,}$/.test(line.trim())
  );
}

/** A running header or footer recurs on this many pages at least. */
const RUNNING_REPEATS = 3;
const RUNNING_MAX_WIDTH = 40;

/**
 * Drops the running headers and footers of a paginated document: a short
 * line standing alone between blank lines, with no sentence punctuation and
 * no heading form, that recurs on RUNNING_REPEATS pages or more (某某局2030年度报告,
 * a chapter's running title). Its first occurrence stays, as it may be the title.
 * Removed, they no longer split a sentence broken across a page.
 */
export function dropRunningHeaders(lines: string[]): string[] {
  const alone = (i: number) => lines[i].trim() !== '' && (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '';
  const counts = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!alone(i) || displayWidth(line) > RUNNING_MAX_WIDTH || /[。，；：！？、,;:!?]/.test(line) || isStructural(line)) continue;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const seen = new Set<string>();
  return lines.filter((raw, i) => {
    const line = raw.trim();
    if ((counts.get(line) ?? 0) < RUNNING_REPEATS || !alone(i)) return true;
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}

/** Headings the structure stage reads: 一、 （一） 1. 专栏3 第二章 `#` and month headings. */
export function isHeadingLine(line: string): boolean {
  return (
    /^#{1,6}\s/.test(line) ||
    /^[一二三四五六七八九十百]+、/.test(line) ||
    /^[（(][一二三四五六七八九十百]+[）)]/.test(line) ||
    /^\d{1,2}\s*[.．、](?!\d)/.test(line) ||
    /^[（(]\d{1,2}[）)]/.test(line) ||
    /^[①-⑳]/.test(line) ||
    /^专栏\s*\d+/.test(line) ||
    /^第[一二三四五六七八九十百零\d]+[章节条篇部分]/.test(line) ||
    /^\d{1,2}月$/.test(line.trim())
  );
}

function isStructural(line: string): boolean {
  return line.trim() === '' || line.includes('\t') || /^\s*[-*+•]\s/.test(line) || /^\s*\|/.test(line) || isHeadingLine(line);
}

/** Characters between two joined pieces: none next to CJK, a space between Latin words. */
function joiner(left: string, right: string): string {
  return ENDS_WITH_CJK.test(left) || STARTS_WITH_CJK.test(right) ? '' : ' ';
}

/** Display width: CJK characters take two columns, so lines with many digits compare fairly. */
function displayWidth(line: string): number {
  let width = 0;
  for (const ch of line) width += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
}

/**
 * The width of a "full" line in this document: a line at least this wide
 * that ends mid-sentence was wrapped by the layout, not ended by the author.
 * Near the longest lines (90th percentile) for wrapped text; for text whose
 * lines are whole paragraphs, 40 CJK characters.
 */
function fullLineWidth(lines: string[]): number {
  const widths = lines.filter((l) => !isStructural(l)).map(displayWidth).sort((a, b) => a - b);
  if (widths.length === 0) return Infinity;
  const p90 = widths[Math.floor(widths.length * 0.9)];
  return Math.max(40, Math.min(80, Math.round(p90 * 0.8)));
}

const BRACKET_PAIRS = ['《》', '（）', '“”', '【】', '〔〕'];

/** `系统总结《规` : a title mark or bracket opened and not closed, so the sentence goes on. */
function hasUnclosedBracket(text: string): boolean {
  return BRACKET_PAIRS.some(([open, close]) => text.split(open).length > text.split(close).length);
}

/**
 * The index of the line that continues `current` (the paragraph ending at
 * line `i`), or -1. A paragraph is continued when it does not end with
 * sentence-final punctuation, neither side is structural (heading, table row,
 * list item, banner), and either its last line ends with a markdown hard
 * break (two spaces) or it is a full-width line, prose (holds a finished
 * sentence) or leaves a bracket open; a page break may separate those from
 * their continuation by one blank line. Captions and headings, being short,
 * are left alone.
 */
function continuationOf(current: string, lines: string[], i: number, width: number): number {
  const text = trimTrailingSpaces(current);
  if (isStructural(text) || LINE_FINAL.test(text)) return -1;
  const hardBreak = / {2,}$/.test(current);
  // A paragraph that already holds a finished sentence is prose, so its unfinished end was cut by the layout.
  const wide = displayWidth(text) >= width || /[。！？；]/.test(text) || hasUnclosedBracket(text);
  const next = lines[i + 1] !== '' ? i + 1 : wide ? i + 2 : -1;
  if (next < 0 || next >= lines.length || !(wide || (hardBreak && next === i + 1))) return -1;
  const following = trimTrailingSpaces(lines[next]);
  if (isStructural(following) || isPageBanner(following)) return -1;
  // Across a blank line only prose continues (a sentence's tail, a clause, a full line); a short label (单位：件) does not.
  const prose = LINE_FINAL.test(following) || /[，、。；]/.test(following) || displayWidth(following) >= width;
  if (next === i + 2 && !prose) return -1;
  return next;
}

/** Joins sentences broken across lines by PDF layout (see continuationOf). */
export function joinBrokenLines(lines: string[]): string[] {
  const width = fullLineWidth(lines.map(trimTrailingSpaces));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let joined = lines[i];
    for (let next = continuationOf(joined, lines, i, width); next >= 0; next = continuationOf(joined, lines, i, width)) {
      const left = trimTrailingSpaces(joined);
      const right = lines[next].trimStart();
      joined = left + joiner(left, right) + right;
      i = next;
    }
    out.push(joined);
  }
  return out;
}

/**
 * One line's cleaning rules, in order. Markdown and inline-HTML leftovers are
 * removed from text formats only (converted documents arrive as markdown-ish
 * .txt); text from HTML, Word or PDF keeps its literal asterisks.
 */
function cleanLine(line: string, format: SourceFormat): string {
  const markup = format === 'txt' || format === 'md';
  const out = markup ? stripHeadingOrnaments(stripEmphasis(stripInlineHtml(line))) : line;
  return removeCjkSpaces(joinSpacedOutLetters(out));
}

/** The cleaning rules in order; each is a small function tested alone. */
export function cleanText(raw: string, format: SourceFormat): string {
  const text = normaliseCharacters(removeBookmarks(normaliseNewlines(raw)));
  const lines = dropRunningHeaders(
    text
      .split('\n')
      .filter((line) => !isPageBanner(line))
      .map((line) => cleanLine(line, format)),
  );
  // Blank lines collapse before joining, so a page break leaves at most one between a sentence's halves.
  const joined = joinBrokenLines(collapseBlankLines(lines));
  return joined
    .map((line) => trimLeadingSpaces(trimTrailingSpaces(line)))
    .join('\n')
    .trim();
}

/** The first line that reads as a title (without markdown # and ** markup): not an attachment marker or a bare number. */
export function titleOf(text: string): string {
  for (const line of text.split('\n')) {
    const title = stripEmphasis(line.replace(/^#{1,6}\s+/, '')).trim();
    if (title.length < 2 || /^附件\s*\d*[:：]?$/.test(title) || /^[\d\s.\-/年月日]+$/.test(title)) continue;
    return title;
  }
  return '';
}

export const cleanStage: Stage<LoadedDocument, CleanDocument> = {
  name: 'clean',
  run(doc) {
    const text = cleanText(doc.raw, doc.format);
    return { source: doc, text, title: titleOf(text) || doc.name };
  },
};
