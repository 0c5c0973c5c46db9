import type { Genre } from '../extract/lexicon/genres.ts';
import type { RegionEntry } from '../extract/lexicon/regions.ts';
import type { ChunkedDocument, Span } from '../types.ts';

export type { Genre };

/** A regulation's article: 第N条 up to the next article or the end of its chapter. */
export interface Article extends Span {
  number: number;
  /** Where the article's own words begin, after 第N条. */
  bodyStart: number;
}

/** A report's numbered item (一是…): the words after the marker, up to the end of its sentence. */
export interface NumberedItem extends Span {
  ordinal: number;
  /** The sentence the item opens (index into doc.sentences). */
  sentence: number;
}

/** What the document-analysis stage decides once, for every recognizer and rule to read. */
export interface DocumentProfile {
  genre: Genre;
  /** The block of lines above the body: title, issuing body, date, adoption notes. */
  header: Span;
  /** The place the document governs or speaks for (本省, 本市, 市公安局 resolve to it); the country for a national text. */
  jurisdiction: RegionEntry | null;
  /** Whose figures a report tells: a district its title names, else the jurisdiction. */
  reportingPlace: RegionEntry | null;
  /**
   * Where to look for the body the text speaks for (a report's author, a press
   * release's office): the header, in genres that speak for one body; null in
   * regulations and plans. Extraction resolves it to the first body named there,
   * else to the subject of the first sentence.
   */
  speaker: Span | null;
  /** The year the document is about: the first its title or header states. */
  year: string | null;
  articles: Article[];
  items: NumberedItem[];
  /** Parts told month by month (a chronicle's 1月, 2月 … sections). */
  chronicles: Span[];
}

export interface AnalyzedDocument extends ChunkedDocument {
  profile: DocumentProfile;
}
