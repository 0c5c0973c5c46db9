import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { CLAUSE_VERBS, GLUED_HEADS, HEAD_LOOKALIKES, INSTITUTION_HEADS, NAME_STOPWORDS, TITLE_WORDS, VERB_HEADS } from '../lexicon/heads.ts';
import { REGIONS, isAmbiguousShortForm, placeNames, regionEntry } from '../lexicon/regions.ts';
import { spansWithin } from '../spans.ts';
import { WordTags } from './word-tags.ts';

export interface Token {
  word: string;
  /**
   * jieba part of speech, with three additions: `grp` for a short bracketed or
   * quoted group merged into one unit, `num` for an ordinal or counted numeral
   * (第四批, 18项), `year` for 2025年.
   */
  tag: string;
  start: number;
  end: number;
}

export interface HeadPhrase {
  start: number;
  end: number;
  text: string;
  head: string;
}

interface Segmenter {
  jieba: Jieba;
  /** Each word's part of speech: a head noun's, else the main dictionary's, else a place's (what jieba's tag() reports, head nouns apart). */
  tags: WordTags;
}
let loaded: Segmenter | null = null;

/** Head nouns jieba's main dictionary tags as verbs (分行 "to split lines"): the domain reading is the noun. */
const HEAD_NOUNS = ['分行', '支行'];

/**
 * jieba with the place lexicon and head nouns as a user dictionary, so 前海 or
 * 河套 stay one place word. Words are cut natively and tagged here from the
 * same dictionaries: jieba's tag() builds an object per word across the
 * native boundary, which cost more than cutting the text.
 */
function segmenter(): Segmenter {
  if (loaded) return loaded;
  const places = placeNames().map((p) => `${p} 2000 ns`).join('\n');
  const headNouns = HEAD_NOUNS.map((w) => `${w} 2000 n`).join('\n');
  const jieba = Jieba.withDict(dict);
  jieba.loadDict(new TextEncoder().encode(`${places}\n${headNouns}`));
  // jieba keeps a main-dictionary word's tag when a user dictionary lists it again; the head nouns are re-tagged here.
  loaded = { jieba, tags: new WordTags([headNouns, new TextDecoder().decode(dict), places]) };
  return loaded;
}

/** jieba's tag for a word of no dictionary: x, or m for digits, or eng for other ASCII letters and digits. */
function unknownWordTag(word: string): string {
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (digit || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ascii++;
    if (digit) digits++;
  }
  return ascii === 0 ? 'x' : ascii === digits ? 'm' : 'eng';
}

/** Periods that sit inside a meeting's name: 2030年上半年商标工作新闻发布会. */
const PERIOD_WORD = /^(?:上半年|下半年|第[一二三四]季度|年度)$/;
const DASH = /^[—–\-－]+$/;

/** Parts of speech that never sit inside a name: prepositions, conjunctions, particles, adverbs, numerals… */
const NON_NAME_TAGS = /^(?:p|c|u\w*|ad|f|r|q|t|y|e|o|m|mq|w|zg|i|l)$/;
/** A name does not open with a verb or an adjective: 建设深圳…工作站 is 深圳…工作站. */
const NOT_AN_OPENING = /^(?:v|vn|vd|vi|a|an|nr|d)$/;
/** Who acts at the start of a clause: a place or an organisation (深圳建设…, 国家版权局公布…). */
const SUBJECT_TAGS = /^(?:ns|nt)$/;
/** A place, an organisation, or the head word that closes a body's name (…管理局 建成…). */
const endsASubject = (t: Token) => SUBJECT_TAGS.test(t.tag) || (INSTITUTION_HEADS.some((h) => t.word.endsWith(h)) && !endsWithLookalike(t.word));
const PUNCTUATION = /^[\p{P}\p{S}\s]+$/u;
const GROUP_PAIRS: Record<string, string> = { '（': '）', '“': '”', '(': ')' };
/** A bracketed or quoted group inside a name is short and has no clause punctuation: （时尚设计） “一站式”. */
const GROUP_BODY = /^[\p{L}\p{N}+·\-—]{1,12}$/u;
/** Compass words name part of a place (南方中心, 西部陆海新通道); jieba tags them like 中 or 内. */
const COMPASS = /^[东南西北][部方]$/;
/** An ordinal or a selection round reads as part of a name: 第五届某某设计金奖, 第四批…典型案例. */
const ORDINAL = /^(?:第[\d一二三四五六七八九十百零两]+[届批次期]|首批|首届)$/;
/** An ordinal inside a body's name: 某市第一中级人民法院, 第三分局. */
const NAME_ORDINAL = /^第[一二三四五六七八九十\d]+$/;
const COUNT = /^[\d一二三四五六七八九十百两]+$/;
const COUNTED = /^(?:[项条批届]|周年)$/;
const YEAR = /^(?:19|20)\d{2}$/;
const MAX_NAME = 32;
/** A head followed by these is itself a modifier: 中心城市, 战略合作, 试点工程, 示范引领, 海关保护, 党组成员. */
const HEAD_CONTINUES = /^(?:城市|城区|合作|布局|工程|项目|示范|性|引领|平台|中心|基地|保护|执法|监管|成员)/;
/** jieba joins some heads to the generic noun after them (试点工作, 示范区建设); the head ends the name. */
const HEAD_WITH_TAIL = /^(.*(?:试点|示范区|示范城市|平台|中心|基地|工作站|行动|工程))(工作|建设)$/;

const DISTRICT_NAME = /^[\u4e00-\u9fa5]{2,3}[区县]$/;
/** Words that end an area's name: a place something is done in. */
const AREA_WORD = /(?:开发区|园区|产业园|科技园|工业园|新区|高新区|经开区|保税区|自贸区|合作区|[区县市镇乡])$/;

/** A known place keeps its place tag even where jieba's main dictionary tags it otherwise (前海/f). */
function retagged(word: string, tag: string): string {
  if (word.length >= 2 && regionEntry(word) && !isAmbiguousShortForm(word)) return 'ns';
  // A district or county jieba does not know it reads as a person's name (吴中区/nr).
  if ((tag === 'nr' || tag === 'nz') && DISTRICT_NAME.test(word)) return 'ns';
  if (tag === 'f' && COMPASS.test(word)) return 's';
  if (tag === 'm') {
    if (ORDINAL.test(word)) return 'num';
    // 多元, 多方: jieba tags them numerals, but they describe as nouns do.
    if (word.length >= 2 && !/[\d一二三四五六七八九十百千万亿两零〇几第首余年月日号时分秒天周]/.test(word) && !/[项个家件次名批场]$/.test(word)) return 'n';
  }
  return tag;
}

const tokenCache = new WeakMap<object, Token[]>();

/** The document's tokens with offsets; brackets and quotes around a short group become one `grp` unit. */
export function tokensOf(doc: { text: string }): Token[] {
  const cached = tokenCache.get(doc);
  if (cached) return cached;
  const { text } = doc;
  const raw: Token[] = [];
  let at = 0;
  const { jieba: cutter, tags } = segmenter();
  for (const word of cutter.cut(text, true)) {
    const tag = tags.get(word) ?? unknownWordTag(word);
    const start = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (start < 0) continue;
    raw.push({ word, tag: retagged(word, tag), start, end: start + word.length });
    at = start + word.length;
  }
  const units: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    const next = raw[i + 1];
    const closer = GROUP_PAIRS[t.word];
    if (closer) {
      const close = text.indexOf(closer, t.end);
      if (close > t.end && GROUP_BODY.test(text.slice(t.end, close))) {
        while (i + 1 < raw.length && raw[i + 1].start <= close) i++;
        units.push({ word: text.slice(t.start, close + 1), tag: 'grp', start: t.start, end: close + 1 });
        continue;
      }
    }
    const glued = GLUED_HEADS.find((g) => g.word === t.word && next?.start === t.end && g.then.test(next.word) && g.after.test(raw[i - 1]?.word ?? ''));
    if (glued) {
      const cut = t.start + glued.head.length;
      units.push({ word: glued.head, tag: 'n', start: t.start, end: cut }, { word: text.slice(cut, next.end), tag: 'p', start: cut, end: next.end });
      i++;
      continue;
    }
    const tail = t.word.endsWith('工作') || t.word.endsWith('建设') ? HEAD_WITH_TAIL.exec(t.word) : null;
    if (tail) {
      const cut = t.start + tail[1].length;
      units.push({ word: tail[1], tag: 'n', start: t.start, end: cut }, { word: tail[2], tag: 'vn', start: cut, end: t.end });
      continue;
    }
    if (next && next.start === t.end && t.tag === 'm') {
      // An ordinal jieba splits (第六/十七届, 第六十六/届) is one unit.
      const split = ORDINAL.test(t.word + next.word) ? 2 : raw[i + 2] && raw[i + 2].start === next.end && ORDINAL.test(t.word + next.word + raw[i + 2].word) ? 3 : 0;
      if (t.word.startsWith('第') && split) {
        const last = raw[i + split - 1];
        units.push({ word: text.slice(t.start, last.end), tag: 'num', start: t.start, end: last.end });
        i += split - 1;
        continue;
      }
      // 18项, 2025年.
      const counted = COUNT.test(t.word) && COUNTED.test(next.word);
      const tag = counted ? 'num' : YEAR.test(t.word) && /^年度?$/.test(next.word) ? 'year' : null;
      if (tag) {
        units.push({ word: t.word + next.word, tag, start: t.start, end: next.end });
        i++;
        continue;
      }
    }
    // 某市第一中级人民法院: an ordinal left alone (no 届, 批 after it) is part of a name.
    units.push(t.tag === 'm' && NAME_ORDINAL.test(t.word) ? { ...t, tag: 'num' } : t);
  }
  tokenCache.set(doc, units);
  return units;
}

/** The tokens lying within [start, end), found by binary search. */
export function tokensIn(doc: { text: string }, start: number, end: number): Token[] {
  return spansWithin(tokensOf(doc), start, end);
}

/** A person's name or a title of office never sits inside a body's name: 某某局长出席…局 names the bureau after the verb. */
const namesAPerson = (t: Token) => TITLE_WORDS.has(t.word);
/** jieba sometimes glues a conjunction to the word before it (组与/x); the conjunction still separates two names. */
const endsWithConjunction = (t: Token) => t.tag === 'x' && /[与和及]$/.test(t.word);
const canJoinName = (t: Token) =>
  t.tag === 'grp' || (!endsWithConjunction(t) && !PUNCTUATION.test(t.word) && !NON_NAME_TAGS.test(t.tag) && !NAME_STOPWORDS.has(t.word) && !namesAPerson(t));
/** Heads of government bodies; a university or a court may have a branch named after a place (…大学江海研究院). */
const GOVERNMENT_HEAD = /(?:政府|厅|局|委|部|署)$/;
/** A place named in full (河北省, 国家) opens a body of its own rather than a branch. */
const FULL_PLACE = /(?:^国家|^中国|省|市|自治区)$/;
/** An organisation's name that opens with a place or a national scope (四川省人民政府, 国家版权局), not a department's (商标局). */
const namesItsPlace = (word: string) => {
  const place = REGIONS.matchAt(word, 0);
  return /^(?:国家|中国|中华人民共和国|全国)/.test(word) || (!!place && place.surface.length >= 2 && !isAmbiguousShortForm(place.surface));
};
/**
 * A government body's complete name followed by a fully named place or by an
 * organisation that names its own place opens a second name: 某省人民政府国家某局
 * is two bodies, while 国家某某局某某处 is one, a department of the first.
 */
const closesABody = (t: Token, next: Token) =>
  GOVERNMENT_HEAD.test(t.word) && !endsWithLookalike(t.word) && ((next.tag === 'nt' && namesItsPlace(next.word)) || (isPlace(next) && FULL_PLACE.test(next.word)));
const endsWithHead = (t: Token, heads: readonly string[]) => t.tag !== 'grp' && !endsWithLookalike(t.word) && heads.some((h) => t.word.endsWith(h));
const isQuote = (t: Token) => t.tag === 'grp' && t.word.startsWith('“');
const isPlace = (t: Token) => t.tag === 'ns' || t.word === '国家' || t.word === '中国';
const isVerb = (t: Token) => t.tag === 'v' || t.tag === 'vn' || t.tag === 'x';

/** Verbs that name an activity after the noun they act on (能力提升, 成果转化): inside a name there, not a clause. */
const NOMINAL_VERBS = new Set(['提升', '转化', '培育', '推广', '运用', '创新', '服务', '保护', '建设', '发展']);
const nominalVerb = (tokens: Token[], i: number) => NOMINAL_VERBS.has(tokens[i].word) && i > 0 && /^n/.test(tokens[i - 1].tag);

/** Drops each phrase that lies inside a longer one at the same place: 公安局 inside 市公安局, 公安部 inside 公安部经济犯罪侦查局. */
export function outermostPhrases<T extends { start: number; end: number }>(phrases: T[]): T[] {
  const sorted = [...phrases].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let reach = -1;
  for (const p of sorted) {
    if (p.end <= reach) continue;
    kept.push(p);
    reach = p.end;
  }
  return kept;
}

const LOOKALIKES_BY_LENGTH = [...HEAD_LOOKALIKES].sort((a, b) => b.length - a.length);

const lookalikeMemo = new Map<string, boolean>();
const LOOKALIKE_MEMO_LIMIT = 50_000;

/** 总体布局 ends in 局 but names no bureau. Asked for every token, so answers are memoised. */
export function endsWithLookalike(word: string): boolean {
  let known = lookalikeMemo.get(word);
  if (known === undefined) {
    if (lookalikeMemo.size >= LOOKALIKE_MEMO_LIMIT) lookalikeMemo.clear();
    lookalikeMemo.set(word, (known = LOOKALIKES_BY_LENGTH.some((w) => word.endsWith(w))));
  }
  return known;
}

export interface PhraseOptions {
  /** Keep a leading year (2030年某某创新指数…排名); bodies and facilities drop it. */
  keepYear?: boolean;
}

/**
 * The first token of the name ending at token `last`: extended left over the
 * name-like tokens before it (places, nouns, bracketed groups, ordinals) up to
 * a clause word, punctuation or a particle. A 和 is crossed only when the name
 * then opens with a place (江海市商标纠纷调解中心), since otherwise it
 * joins two names. A subject and its verb inside the run start a clause, so
 * the name begins after them.
 */
function nameStart(text: string, tokens: Token[], headFirst: number, last: number, heads: readonly string[], options: PhraseOptions): number {
  const end = tokens[last].end;
  const fits = (k: number) => end - tokens[k].start <= MAX_NAME;
  let j = headFirst;
  // Event names (keepYear) also hold the period they are of and the office their attendees hold:
  // 2030年上半年…新闻发布会, 全国商标工作会议.
  const joins = (t: Token) => canJoinName(t) || (!!options.keepYear && (PERIOD_WORD.test(t.word) || TITLE_WORDS.has(t.word)));
  const runStart = (from: number) => {
    for (;;) {
      // 中国—东盟…: a dash between two places joins them into one name.
      if (from > 1 && DASH.test(tokens[from - 1].word) && isPlace(tokens[from - 2]) && isPlace(tokens[from]) && fits(from - 2)) from -= 2;
      else if (from > 0 && (joins(tokens[from - 1]) || nominalVerb(tokens, from - 1)) && fits(from - 1) && !closesABody(tokens[from - 1], tokens[from])) from--;
      else return from;
    }
  };
  j = runStart(j);
  // 国家知识产权领域改革创新试点: a clause word between nouns, in a run opened by a place or 国家, is part of the name.
  // A complete name right before the verb is its subject (…保护中心设立…窗口): the name starts after the verb.
  const isWholeName = (t: Token) => endsWithHead(t, heads) || endsWithHead(t, INSTITUTION_HEADS);
  while (j > 1 && NAME_STOPWORDS.has(tokens[j - 1].word) && isVerb(tokens[j - 1]) && tokens[j - 2].tag === 'n' && !NAME_STOPWORDS.has(tokens[j - 2].word) && fits(j - 2)) {
    const k = runStart(j - 2);
    // …经济技术开发区设立…工作站: an area before the verb is where it happens, not part of the name.
    if (!isPlace(tokens[k]) || isWholeName(tokens[j - 2]) || AREA_WORD.test(tokens[j - 2].word)) break;
    j = k;
  }
  const endsAName = (t: Token) => heads.some((h) => text.startsWith(h, t.end - h.length));
  if (j > 1 && tokens[j - 1].word === '和' && tokens[j].tag !== 'nt' && canJoinName(tokens[j - 2]) && !endsAName(tokens[j - 2]) && fits(j - 2)) {
    let k = j - 2;
    while (k > 0 && canJoinName(tokens[k - 1]) && fits(k - 1)) k--;
    // 省工业和信息化厅: a bare 省 or 市 stands for the home place, as in 市公安局.
    if (isPlace(tokens[k]) || /^[省市区县]$/.test(tokens[k].word)) j = k;
  }
  for (let m = headFirst - 1; m > j; m--) {
    const verb = tokens[m];
    if (!endsASubject(tokens[m - 1]) || !isVerb(verb)) continue;
    if (CLAUSE_VERBS.has(verb.word)) {
      j = m + 1;
      break;
    }
  }
  while (j < headFirst && ((tokens[j].tag === 'grp' && !isQuote(tokens[j])) || NOT_AN_OPENING.test(tokens[j].tag) || (!options.keepYear && tokens[j].tag === 'year'))) j++;
  // 2024江苏知识产权保护大会: a bare year written against the name is part of it.
  if (options.keepYear && j > 0 && tokens[j - 1].tag === 'm' && YEAR.test(tokens[j - 1].word) && tokens[j - 1].end === tokens[j].start) j--;
  return j;
}

const headIndexes = new WeakMap<readonly string[], { sorted: string[]; byLastChar: Map<number, string[]> }>();

/**
 * The heads longest first, and by the code of their last character (a code,
 * not a one-character string, which a CJK character would allocate per token),
 * built once per head list.
 */
export function headIndex(heads: readonly string[]) {
  let index = headIndexes.get(heads);
  if (!index) {
    const sorted = [...heads].sort((a, b) => b.length - a.length);
    const byLastChar = new Map<number, string[]>();
    for (const h of sorted) {
      const last = h.charCodeAt(h.length - 1);
      byLastChar.set(last, [...(byLastChar.get(last) ?? []), h]);
    }
    headIndexes.set(heads, (index = { sorted, byLastChar }));
  }
  return index;
}

/** The longest of `candidates` (longest first) that `text` has ending at `end`. */
function headEndingAt(text: string, end: number, candidates: readonly string[]): string | undefined {
  for (const h of candidates) if (h.length <= end && text.startsWith(h, end - h.length)) return h;
  return undefined;
}

/** Names ending in one of `heads` (longest heads first); a head may span tokens: 示范/城市, 暑期/学校. */
export function headPhrases(doc: { text: string }, heads: readonly string[], options: PhraseOptions = {}): HeadPhrase[] {
  const { sorted, byLastChar } = headIndex(heads);
  const tokens = tokensOf(doc);
  const found: HeadPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const candidates = t.tag === 'grp' ? undefined : byLastChar.get(t.word.charCodeAt(t.word.length - 1));
    if (!candidates || endsWithLookalike(t.word)) continue;
    if (t.tag === 'v' && VERB_HEADS.has(t.word) && /^vn?$/.test(tokens[i + 1]?.tag ?? '')) continue;
    const head = headEndingAt(doc.text, t.end, candidates);
    if (!head || HEAD_CONTINUES.test(doc.text.slice(t.end, t.end + 2))) continue;
    // A verb glued to the head in one token (出席会议, 召开会议) takes a head, it does not name one.
    if (t.word.length > head.length && NAME_STOPWORDS.has(t.word.slice(0, t.word.length - head.length))) continue;
    let headFirst = i;
    while (headFirst > 0 && tokens[headFirst].start > t.end - head.length) headFirst--;
    const start = tokens[nameStart(doc.text, tokens, headFirst, i, sorted, options)].start;
    if (t.end - start <= head.length) continue;
    found.push({ start, end: t.end, text: doc.text.slice(start, t.end), head });
  }
  return found;
}

/**
 * A head shared by a list of places: 江海海外商标保护法国、泰国、智利工作站
 * is three stations. `phrase` is the last member as headPhrases found it (智利工作站);
 * returns every member's full name, or [] when the phrase does not close such a list.
 */
export function distributedNames(doc: { text: string }, phrase: HeadPhrase): HeadPhrase[] {
  const tokens = tokensOf(doc);
  const first = tokens.indexOf(tokensIn(doc, phrase.start, phrase.end)[0]);
  if (first < 2 || tokens[first].tag !== 'ns' || tokens[first - 1].word !== '、') return [];
  const tail = doc.text.slice(tokens[first].end, phrase.end);
  const places = [first];
  let k = first - 2;
  while (k >= 0 && tokens[k].tag === 'ns') {
    places.unshift(k);
    if (k < 1 || tokens[k - 1].word !== '、') break;
    k -= 2;
  }
  const opening = places[0];
  let p = opening;
  while (p > 0 && canJoinName(tokens[p - 1]) && tokens[opening].start - tokens[p - 1].start <= MAX_NAME) p--;
  while (p < opening && NOT_AN_OPENING.test(tokens[p].tag)) p++;
  if (p === opening) return [];
  const prefix = doc.text.slice(tokens[p].start, tokens[opening].start);
  return places.map((i) => ({ start: tokens[p].start, end: phrase.end, text: prefix + tokens[i].word + tail, head: phrase.head }));
}
