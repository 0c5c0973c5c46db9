import { REGIONS, isAmbiguousShortForm, type RegionEntry } from '../lexicon/regions.ts';
import type { EntityRecognizer } from '../types.ts';
import { EntityCollector } from './build.ts';
import { homeRegion } from './home-region.ts';

/** 我市 / 本市 in a city's own text is that city. */
const SELF_REFERENCES: Record<string, RegionEntry['level']> = { 我市: 'city', 本市: 'city', 我省: 'province', 本省: 'province' };

/**
 * Places from the general lexicon. A place that only ever occurs inside the
 * name of a body found earlier (北京 in 北京大学) is not a Region of the text.
 */
export const regionRecognizer: EntityRecognizer = {
  name: 'region',
  recognize(doc, found) {
    const { text } = doc;
    const inside = found.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
    const withinName = (s: number, e: number) => inside.some((m) => m.start <= s && e <= m.end && !(m.start === s && m.end === e));
    const forms = new Map<string, { entry: RegionEntry; surfaces: Set<string>; standalone: boolean }>();
    for (const m of REGIONS.scan(text)) {
      if (isAmbiguousShortForm(m.surface)) continue;
      const f = forms.get(m.value.canonical) ?? { entry: m.value, surfaces: new Set<string>(), standalone: false };
      f.surfaces.add(m.surface);
      f.standalone ||= !withinName(m.start, m.end);
      forms.set(m.value.canonical, f);
    }
    const out = new EntityCollector(text);
    const home = homeRegion(doc);
    for (const { entry, surfaces, standalone } of forms.values()) {
      if (!standalone) continue;
      // The name is the fullest form the text gives; the canonical form joins it to other documents.
      const name = [...surfaces].sort((a, b) => b.length - a.length)[0];
      const aliases = [...surfaces, entry.canonical];
      if (home && entry.canonical === home.canonical) {
        aliases.push(...Object.keys(SELF_REFERENCES).filter((s) => SELF_REFERENCES[s] === entry.level && text.includes(s)));
      }
      out.add('Region', name, aliases, { level: entry.level });
    }
    return out.entities();
  },
};
