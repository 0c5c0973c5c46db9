import type { EntityLabel } from '../../../core/ontology.ts';
import type { Span } from '../../types.ts';
import { INSTITUTION_HEADS } from '../lexicon/heads.ts';
import { REGIONS, isAmbiguousShortForm, regionEntry, type RegionEntry } from '../lexicon/regions.ts';
import type { EntityRecognizer } from '../types.ts';
import { EntityCollector } from './build.ts';
import { tokensOf } from './phrases.ts';
import { firstStartingAt } from '../spans.ts';

/** 我市 / 本市 in a city's own text is that city. */
const SELF_REFERENCES: Record<string, RegionEntry['level']> = { 我市: 'city', 本市: 'city', 我省: 'province', 本省: 'province' };

interface Owner extends Span {
  label: EntityLabel;
  international: boolean;
}

/** The heads of a place's own government offices and courts: what follows the place names its office there. */
const LOCAL_OFFICE = /^(?:海关|公安局|公安厅|人民法院|中级人民法院|高级人民法院|人民检察院|人民政府|政府|税务局|(?:知识产权|专利商标|专利|商标|版权|市场监督管理|市场监管)(?:局|厅|署))/;

/** Places jieba knows that the lexicon does not (余杭区, 昆山市), by the suffix that gives their level. */
const PLACE_WORD = /^[\u4e00-\u9fa5]{2,8}(区|县|市|州|旗)$/;
const TOWNSHIP = /^(?:街道|镇|乡)$/;
/** Kinds of area, not places: 大都市, 中心城区, 试验片区. */
const AREA_KIND = /(?:城市|都市|城区|市区|社区|园区|片区|景区|街区|辖区|地区|山区|特区|新区)$/;
const LEVEL_BY_SUFFIX: Record<string, RegionEntry['level']> = { 区: 'district', 县: 'district', 旗: 'district', 市: 'city', 州: 'city' };
/** Development zones a city names after itself (成都高新区); written bare, they are the home city's. */
const CITY_ZONE = /^(?:高新区|高新技术产业开发区|经开区|经济技术开发区|自贸区|综合保税区|保税区)$/;
/** Tags of a token that would make a zone word part of a longer name (湘江新区, 某某高新区). */
const NAME_PART = /^(?:n|nz|nt|ns|nr|j|s)$/;

/** A quoted list of places joined by dashes is one area, optionally named as a cluster: “甲城-乙城-丙城”创新集群, “甲城-乙城”. */
const PLACE_CHAIN = /“([\u4e00-\u9fa5]{2,6}(?:[-—–－][\u4e00-\u9fa5]{2,6})+)”(创新集群|城市群|都市圈|经济圈)?/g;

/**
 * A place inside a facility's or body's name locates it (东湖区商标快速维权中心,
 * 江海海外商标保护法国工作站), unless it begins a proper name that goes straight
 * on to a body's head (北京大学). Places inside titles of policies, events and
 * areas are part of those names only.
 */
function countsInside(owner: Owner, text: string, place: Span & { level?: RegionEntry['level'] }): boolean {
  // An event is where its name says (长三角商标司法保护论坛), unless the name's place is its
  // scope (亚洲商标营商论坛); a policy's title only names its scope.
  if (owner.label === 'Event') {
    return place.level !== 'international' && place.level !== 'country' && !INSTITUTION_HEADS.some((h) => text.startsWith(h, place.end));
  }
  if (owner.label !== 'Institution' && owner.label !== 'Platform') return false;
  // 欧洲专利局 names a world region's body, while 某国知识产权局 is that country's.
  if (owner.international && place.level !== 'country') return false;
  // A place's own office (某某海关, 某市公安局, 某区人民法院, 某国知识产权局) is located there.
  if (LOCAL_OFFICE.test(text.slice(place.end, owner.end))) return true;
  // 中国（常州）知识产权保护中心 is in 常州, while a bracket inside a national programme's name
  // qualifies that name (国家商标培训（某省）基地).
  if (text[place.start - 1] === '（' && !text.endsWith('中国', place.start - 1)) return false;
  return !INSTITUTION_HEADS.some((h) => text.startsWith(h, place.end));
}

function chainAreas(text: string): { name: string; start: number; end: number; level: RegionEntry['level'] }[] {
  const areas = [];
  for (const m of text.matchAll(PLACE_CHAIN)) {
    const parts = m[1].split(/[-—–－]/);
    const known = parts.map((p) => regionEntry(p));
    if (!known.some(Boolean)) continue;
    const domestic = known.every((k) => k && k.level !== 'country' && k.level !== 'international');
    areas.push({ name: m[0], start: m.index, end: m.index + m[0].length, level: domestic ? ('zone' as const) : ('international' as const) });
  }
  return areas;
}

/** Places from the general lexicon, and dash-joined areas. */
export const regionRecognizer: EntityRecognizer = {
  name: 'region',
  confidence: 0.9,
  recognize(doc, found) {
    const { text } = doc;
    const out = new EntityCollector(text);
    const areas = chainAreas(text);
    for (const a of areas) out.add('Region', a.name, [], { level: a.level }, { start: a.start, end: a.end, surface: a.name });

    // The named things a place may sit inside, by start, so a place finds its owners by binary search.
    const owners: Owner[] = [
      ...found.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, label: e.label, international: e.props.kind === 'international' }))),
      ...areas.map((a) => ({ start: a.start, end: a.end, label: 'Region' as const, international: false })),
    ].sort((a, b) => a.start - b.start);
    const longest = owners.reduce((n, o) => Math.max(n, o.end - o.start), 0);
    const ownersOf = (s: number, e: number) => {
      const inside: Owner[] = [];
      for (let i = firstStartingAt(owners, s + 1) - 1; i >= 0 && owners[i].start >= s - longest; i--) {
        const o = owners[i];
        if (e <= o.end && !(o.start === s && o.end === e)) inside.push(o);
      }
      return inside;
    };

    /**
     * Whether a place written at [start, end) stands for itself, alone or inside a name that it locates.
     * The innermost names decide: 某国知识产权局 inside a signing's name still locates that office.
     */
    const standaloneAt = (start: number, end: number, level?: RegionEntry['level']) => {
      const around = ownersOf(start, end);
      const innermost = around.filter((o) => !around.some((i) => i !== o && o.start <= i.start && i.end <= o.end && i.end - i.start < o.end - o.start));
      return innermost.every((o) => countsInside(o, text, { start, end, level }));
    };
    const forms = new Map<string, { entry: RegionEntry; surfaces: Set<string>; standalone: boolean }>();
    /** The place `entry` names, with `surface` as one of its forms. */
    const formOf = (entry: RegionEntry, surface: string, standalone: boolean) => {
      const f = forms.get(entry.canonical) ?? { entry, surfaces: new Set<string>(), standalone: false };
      f.surfaces.add(surface);
      f.standalone ||= standalone;
      forms.set(entry.canonical, f);
      return f;
    };
    for (const m of REGIONS.scan(text)) {
      if (!isAmbiguousShortForm(m.surface)) formOf(m.value, m.surface, standaloneAt(m.start, m.end, m.value.level));
    }
    const home = doc.profile.jurisdiction;
    const tokens = tokensOf(doc);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (CITY_ZONE.test(t.word)) {
        const before = tokens[i - 1];
        const city = before && before.end === t.start ? regionEntry(before.word) : undefined;
        const bare = !before || before.end < t.start || !NAME_PART.test(before.tag);
        const prefix = city?.level === 'city' ? city.canonical.replace(/市$/, '') : bare && home?.level === 'city' ? home.canonical.replace(/市$/, '') : null;
        const start = city ? before.start : t.start;
        if (!prefix || !standaloneAt(start, t.end)) continue;
        const name = prefix + t.word;
        // A bare 高新区 is named as the home city's, as 市公安局 is: 成都高新区.
        formOf({ canonical: name, level: 'zone' }, text.slice(start, t.end), true).surfaces.add(name);
        continue;
      }
      // 良渚街道, 某某镇: a known place word and the township it names.
      const next = tokens[i + 1];
      if (t.tag === 'ns' && next?.start === t.end && TOWNSHIP.test(next.word) && !regionEntry(t.word) && standaloneAt(t.start, next.end)) {
        formOf({ canonical: t.word + next.word, level: 'district' }, t.word + next.word, true);
        continue;
      }
      const suffix = t.tag === 'ns' ? PLACE_WORD.exec(t.word)?.[1] : undefined;
      if (suffix && !AREA_KIND.test(t.word) && !regionEntry(t.word) && standaloneAt(t.start, t.end)) formOf({ canonical: t.word, level: LEVEL_BY_SUFFIX[suffix] }, t.word, true);
    }
    // A district the segmenter knows goes by its name without 区 too (余杭 for 余杭区), where the text writes it so.
    const count = (s: string) => {
      let n = 0;
      for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length)) n++;
      return n;
    };
    for (const f of forms.values()) {
      const stem = f.entry.canonical.replace(/[区县]$/, '');
      if (f.entry.level !== 'district' || stem.length < 2 || stem === f.entry.canonical || regionEntry(f.entry.canonical)) continue;
      if (count(stem) > count(f.entry.canonical)) f.surfaces.add(stem);
    }
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
