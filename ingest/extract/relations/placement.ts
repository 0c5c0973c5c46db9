import type { AnalyzedDocument } from '../../analyze/profile.ts';
import type { EntityLabel } from '../../../core/ontology.ts';
import type { ExtractedEntity, ExtractedRelation, Sentence } from '../../types.ts';
import type { RelationRule } from '../types.ts';
import { allOccurrences, joinedRun, occurrences, relationFrom, within, type Occurrence } from './context.ts';

/** Cities by the one character the press calls them by: 在深成立 = founded in Shenzhen. */
const CITY_BY_CHARACTER: Record<string, string[]> = {
  深: ['深圳市', '深圳'],
  京: ['北京市', '北京'],
  沪: ['上海市', '上海'],
  穗: ['广州市', '广州'],
  津: ['天津市', '天津'],
  渝: ['重庆市', '重庆'],
  港: ['香港特别行政区', '香港'],
  澳: ['澳门特别行政区', '澳门'],
};

const PLACED: EntityLabel[] = ['Institution', 'Platform', 'Event'];
/** X在<place>正式成立 / 在深圳举行. */
const HAPPENED_AT = /在([\u4e00-\u9fa5]{1,12}?)(?:正式|隆重|顺利)?(成立|落地|落户|举行|举办|召开|开幕|揭牌|挂牌|设立|开业|启用|签署|签订|会见|会晤)/g;
/** Acts that happen somewhere without putting the actor there: A与B在某城签署…, A在某城会见B. */
const ACTS = /^(?:签署|签订|会见|会晤)$/;
/** X落地深圳 / A、B等…活动落户深圳. */
const SETTLED = /落地|落户/g;
const JOINER = /^(?:、|和|与|及|以及)$/;

function regionNamed(regions: readonly ExtractedEntity[], names: string[]): ExtractedEntity | undefined {
  return regions.find((r) => names.some((n) => r.name === n || r.aliases.includes(n)));
}

/** The things a clause lists right before `at`: X落地, or X、Y等…落地. */
function listedBefore(text: string, occ: readonly Occurrence[], at: number): Occurrence[] {
  const clauseStart = Math.max(text.lastIndexOf('，', at), text.lastIndexOf('。', at), text.lastIndexOf('；', at), text.lastIndexOf('：', at));
  const before = within(occ, clauseStart + 1, at).filter((o) => PLACED.includes(o.entity.label));
  const last = before.at(-1);
  if (!last || !/^(?:.{0,2}|等[^，。；]{0,24})$/.test(text.slice(last.end, at))) return [];
  return joinedRun(text, before, last, JOINER);
}

/** Regions whose occurrences tile [start, end) exactly, or null: 广西南宁 is 广西 and 南宁. */
function placesCovering(occ: readonly Occurrence[], start: number, end: number): ExtractedEntity[] | null {
  const found: ExtractedEntity[] = [];
  for (let at = start; at < end; ) {
    const next = occ.filter((o) => o.start === at && o.end <= end && o.entity.label === 'Region').sort((a, b) => b.end - a.end)[0];
    if (!next) return null;
    found.push(next.entity);
    at = next.end;
  }
  return found.length > 1 ? found : null;
}

/** `all` holds nested occurrences too (the body inside an event's heading); `outer` only the outermost. */
function placements(doc: AnalyzedDocument, sentence: Sentence, all: Occurrence[], outer: Occurrence[], regions: readonly ExtractedEntity[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const text = doc.text;
  const here = within(all, sentence.start, sentence.end);
  const regionAt = (start: number, end: number) =>
    here.find((o) => o.start === start && o.end === end && o.entity.label === 'Region')?.entity ??
    (end - start === 1 ? regionNamed(regions, CITY_BY_CHARACTER[text[start]] ?? []) : undefined);

  for (const m of sentence.text.matchAll(HAPPENED_AT)) {
    const at = sentence.start + m.index;
    // 在湖南长沙召开: the place may be written as a province and its city.
    const places = placesCovering(here, at + 1, at + 1 + m[1].length) ?? [regionAt(at + 1, at + 1 + m[1].length)].filter((r): r is ExtractedEntity => !!r);
    if (!places.length) continue;
    // The thing right before 在, and an event whose own name is this clause (清华大学法学院在京正式成立).
    const placed = here.filter((o) => PLACED.includes(o.entity.label));
    const before = ACTS.test(m[2]) ? undefined : placed.filter((o) => o.end === at).sort((a, b) => a.start - b.start)[0];
    const named = placed.filter((o) => o.entity.label === 'Event' && o.start <= at && o.end >= at + m[0].length);
    for (const t of before ? [before, ...named] : named) {
      for (const place of places) out.push(relationFrom(doc, 'LOCATED_IN', t.entity, place, sentence, 0.8, 'placement:happened-at'));
    }
  }
  for (const m of sentence.text.matchAll(SETTLED)) {
    const at = sentence.start + m.index;
    const place = here.find((o) => o.start === at + m[0].length && o.entity.label === 'Region')?.entity;
    if (!place) continue;
    for (const t of listedBefore(text, outer, at)) out.push(relationFrom(doc, 'LOCATED_IN', t.entity, place, sentence, 0.8, 'placement:settled-in'));
  }
  return out;
}

/** Where things are set up or take place, read from 落地/落户 + place and 在 + place + 成立/举行 (headings included). */
export const placementRule: RelationRule = {
  name: 'placement',
  extract(doc, entities) {
    const labels: EntityLabel[] = [...PLACED, 'Region'];
    const all = allOccurrences(entities, labels);
    const outer = occurrences(entities.filter((e) => labels.includes(e.label)));
    const regions = entities.filter((e) => e.label === 'Region');
    return doc.sentences.flatMap((s) => placements(doc, s, all, outer, regions));
  },
};
