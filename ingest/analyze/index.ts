import { firstDate } from '../dates.ts';
import { chineseNumber } from '../structure.ts';
import { GENRE_CUES, ARTICLE_MARKER, ITEM_MARKER, MIN_ARTICLES, type Genre } from '../extract/lexicon/genres.ts';
import type { ChunkedDocument, Span, Stage } from '../types.ts';
import { homeRegion, reportingPlace } from './home-region.ts';
import type { AnalyzedDocument, Article, DocumentProfile, NumberedItem } from './profile.ts';

export type { AnalyzedDocument, Article, DocumentProfile, Genre, NumberedItem };

/** The header never runs past this: a title block is a few short lines. */
const MAX_HEADER = 600;
/** A body line: a sentence that ends in a full stop and says something. */
const BODY_LINE = /[。！？]\s*$/;
/** Genres whose text speaks for one body (a report's author, a press release's office, a news feature's subject). */
const SPEAKING_GENRES = new Set<Genre>(['report', 'chronicle', 'press-release', 'news']);
/** Chronicle parts are month sections; a document with this many is told month by month. */
const MIN_MONTHS = 3;

/** The title block: the lines above the first heading or the first line of prose. */
function headerOf(doc: ChunkedDocument): Span {
  let end = Math.min(doc.text.length, MAX_HEADER);
  const firstHeading = doc.sections.find((s) => s.start > 0 && doc.text.slice(0, s.start).trim().length > 0);
  if (firstHeading) end = Math.min(end, firstHeading.start);
  let at = 0;
  for (const line of doc.text.slice(0, end).split('\n')) {
    if (at > 0 && BODY_LINE.test(line) && line.trim().length > 15) return { start: 0, end: at };
    at += line.length + 1;
  }
  return { start: 0, end };
}

/** Text of a span with layout removed: 年 | 度 | 报 | 告 reads 年度报告. */
const squashed = (text: string) => text.replace(/[\s|｜]+/g, '');

function articlesOf(doc: ChunkedDocument): Article[] {
  const articles: Article[] = [];
  const chapterStarts = doc.sections.filter((s) => /^第.+[章节]/.test(s.marker)).map((s) => s.start);
  let at = 0;
  for (const line of doc.text.split('\n')) {
    const trimmed = line.trimStart();
    const m = ARTICLE_MARKER.exec(trimmed);
    if (m) {
      const start = at + line.length - trimmed.length;
      const number = /^\d+$/.test(m[1]) ? Number(m[1]) : chineseArticleNumber(m[1]);
      articles.push({ number, start, bodyStart: start + m[0].length, end: doc.text.length });
    }
    at += line.length + 1;
  }
  for (let i = 0; i < articles.length; i++) {
    const next = articles[i + 1]?.start ?? doc.text.length;
    const chapter = chapterStarts.find((c) => c > articles[i].start && c < next);
    articles[i].end = trimEnd(doc.text, articles[i].start, chapter ?? next);
  }
  return articles;
}

/** 一百二十三 and the like, beyond what chineseNumber reads (articles run past ninety-nine). */
function chineseArticleNumber(text: string): number {
  const hundreds = /^([一二三四五六七八九])百(?:零)?(.*)$/.exec(text);
  if (hundreds) return chineseNumber(hundreds[1]) * 100 + (hundreds[2] ? chineseNumber(hundreds[2].replace(/^一十/, '十')) : 0);
  return chineseNumber(text);
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

function itemsOf(doc: ChunkedDocument): NumberedItem[] {
  const items: NumberedItem[] = [];
  for (const s of doc.sentences) {
    if (s.isHeading) continue;
    const lead = s.text.length - s.text.trimStart().length;
    const m = new RegExp(ITEM_MARKER.source).exec(s.text.slice(lead));
    if (!m || m.index !== 0) continue;
    items.push({ ordinal: chineseNumber(m[1]), sentence: s.index, start: s.start + lead + m[0].length, end: s.end });
  }
  return items;
}

export function classifyGenre(title: string, header: string, articles: number, months: number): Genre {
  if (articles >= MIN_ARTICLES) return 'regulation';
  for (const text of [title, squashed(header)]) {
    const cue = GENRE_CUES.find((c) => c.title.test(text));
    if (cue) return cue.genre;
  }
  return months >= MIN_MONTHS ? 'chronicle' : 'news';
}

/** A year standing alone in a header: 2025 over 年度报告, or 2025 ANNUAL REPORT. */
const BARE_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;

/** The year a document is about: the first date its title states, else its header, else its opening lines. */
function yearOf(title: string, header: string, text: string): string | null {
  const date = firstDate(title) ?? firstDate(squashed(header)) ?? BARE_YEAR.exec(header)?.[1] ?? firstDate(text.slice(0, 300));
  return date?.slice(0, 4) ?? null;
}

export function analyzeDocument(doc: ChunkedDocument): DocumentProfile {
  const header = headerOf(doc);
  const articles = articlesOf(doc);
  const months = doc.sections.filter((s) => s.kind === 'month');
  const genre = classifyGenre(doc.title, doc.text.slice(header.start, header.end), articles.length, months.length);
  return {
    genre,
    header,
    jurisdiction: homeRegion(doc),
    reportingPlace: reportingPlace(doc),
    speaker: SPEAKING_GENRES.has(genre) ? header : null,
    year: yearOf(doc.title, doc.text.slice(header.start, header.end), doc.text),
    articles: articles.length >= MIN_ARTICLES ? articles : [],
    items: itemsOf(doc),
    chronicles: months.length >= MIN_MONTHS ? months.map((s) => ({ start: s.start, end: s.bodyEnd })) : [],
  };
}

/** Document analysis: genre, jurisdiction, speaking body, year, articles and numbered items, decided once before extraction. */
export const analyzeStage: Stage<ChunkedDocument, AnalyzedDocument> = {
  name: 'analyze',
  run: (doc) => ({ ...doc, profile: analyzeDocument(doc) }),
};
