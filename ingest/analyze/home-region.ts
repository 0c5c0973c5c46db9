import { REGIONS, isAmbiguousShortForm, regionEntry, type RegionEntry } from '../extract/lexicon/regions.ts';
import { tokensOf } from '../extract/entities/phrases.ts';

const homeCache = new WeakMap<object, RegionEntry | null>();
/** The title and opening lines name a document's place more reliably than the body. */
const OPENING_CHARS = 400;
const OPENING_WEIGHT = 5;
/** A title that speaks for the whole country: 国家版权局2024年度报告, 全国…, 中国…白皮书, 国务院…. */
const NATIONAL_TITLE = /^(?:国家|全国|中国|中华人民共和国|国务院|最高人民法院|最高人民检察院)/;
const COUNTRY = regionEntry('中国')!;
const isLocal = (entry: RegionEntry) => entry.level === 'city' || entry.level === 'province';

const localPlaces = (text: string) => REGIONS.scan(text).filter((m) => isLocal(m.value) && !isAmbiguousShortForm(m.surface)).map((m) => m.value);

/**
 * The place a document is about: the country for a national document; else
 * the city or province its title names (浙江省 for a provincial report, however
 * often it names Hangzhou); else the most named one, places in the opening
 * lines counting more. Short forms such as 市公安局 are read as its bodies.
 */
export function homeRegion(doc: { text: string; title: string }): RegionEntry | null {
  if (homeCache.has(doc)) return homeCache.get(doc)!;
  const titled = localPlaces(doc.title);
  // A national document is about the country, however often it names Beijing or the provinces.
  const home = !titled.length && NATIONAL_TITLE.test(doc.title) ? COUNTRY : mostNamed(doc, new Set(titled.map((e) => e.canonical)));
  homeCache.set(doc, home);
  return home;
}

/** The most named city or province, among `among` when it is not empty. */
function mostNamed(doc: { text: string; title: string }, among: Set<string>): RegionEntry | null {
  const score = new Map<string, { entry: RegionEntry; n: number }>();
  const count = (text: string, weight: number) => {
    for (const entry of localPlaces(text)) {
      if (among.size && !among.has(entry.canonical)) continue;
      const s = score.get(entry.canonical) ?? { entry, n: 0 };
      s.n += weight;
      score.set(entry.canonical, s);
    }
  };
  count(doc.title + '\n' + doc.text.slice(0, OPENING_CHARS), OPENING_WEIGHT);
  count(doc.text, 1);
  const ranked = [...score.values()].sort((a, b) => b.n - a.n || (a.entry.level === 'city' ? -1 : 1));
  return ranked[0]?.entry ?? null;
}

/** A district or county a title names: one of the lexicon's, or one the segmenter knows (余杭区). */
const DISTRICT_WORD = /^[\u4e00-\u9fa5]{2,6}[区县]$/;

/**
 * Whose figures a document reports: the district or county its title names
 * (江海市东湖区2030年商标工作总结 reports 东湖区's), else its home region.
 */
export function reportingPlace(doc: { text: string; title: string }): RegionEntry | null {
  const lexical = REGIONS.scan(doc.title).find((m) => m.value.level === 'district' && !isAmbiguousShortForm(m.surface));
  if (lexical) return lexical.value;
  const known = tokensOf({ text: doc.title }).find((t) => t.tag === 'ns' && DISTRICT_WORD.test(t.word) && !regionEntry(t.word));
  return known ? { canonical: known.word, level: 'district' } : homeRegion(doc);
}
