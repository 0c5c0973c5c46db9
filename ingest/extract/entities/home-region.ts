import { REGIONS, isAmbiguousShortForm, type RegionEntry } from '../lexicon/regions.ts';

const homeCache = new WeakMap<object, RegionEntry | null>();
/** The title and opening lines name a document's place more reliably than the body. */
const OPENING_CHARS = 400;
const OPENING_WEIGHT = 5;

/**
 * The city (or else province) a document is about: the most frequent one, with
 * places in the title and opening lines counting more. Short forms such as
 * 市公安局 are read as that city's bodies.
 */
export function homeRegion(doc: { text: string; title: string }): RegionEntry | null {
  if (homeCache.has(doc)) return homeCache.get(doc)!;
  const score = new Map<string, { entry: RegionEntry; n: number }>();
  const count = (text: string, weight: number) => {
    for (const m of REGIONS.scan(text)) {
      if (isAmbiguousShortForm(m.surface) || (m.value.level !== 'city' && m.value.level !== 'province')) continue;
      const s = score.get(m.value.canonical) ?? { entry: m.value, n: 0 };
      s.n += weight;
      score.set(m.value.canonical, s);
    }
  };
  count(doc.title + '\n' + doc.text.slice(0, OPENING_CHARS), OPENING_WEIGHT);
  count(doc.text, 1);
  const ranked = [...score.values()].sort((a, b) => b.n - a.n || (a.entry.level === 'city' ? -1 : 1));
  const home = ranked[0]?.entry ?? null;
  homeCache.set(doc, home);
  return home;
}
