import { normalizeName } from '../../../core/names.ts';
import type { ExtractedEntity, ExtractedRelation } from '../../types.ts';
import type { AnalyzedDocument } from '../../analyze/profile.ts';
import type { RelationRule } from '../types.ts';
import { Gazetteer } from '../lexicon/gazetteer.ts';
import { evidenceSpan, occurrences, relationFrom, within, type Occurrence } from './context.ts';

/** Chinese prefecture-level names end so; a city named otherwise in a name with a country is abroad. */
const CHINESE_CITY = /(?:市|州|地区|盟)$/;
const LIFECYCLE_EVENT = /(?:施行|公布|废止|修订|修正)$/;

/** Places too broad to locate anything by (中国… in 中国（江海）商标仲裁中心). */
const TOO_BROAD = new Set(['中国', '中华人民共和国', '全国', '国家']);

function surfaces(e: ExtractedEntity): string[] {
  return [e.name, ...e.aliases].filter((s) => s.length >= 2);
}

/** Every entity by each of its surface forms (as `key` turns them), for scanning names instead of testing every pair. */
function formsOf(entities: readonly ExtractedEntity[], key: (s: string) => string = (s) => s): Gazetteer<ExtractedEntity[]> {
  const byForm = new Map<string, ExtractedEntity[]>();
  for (const e of entities) for (const s of surfaces(e)) byForm.set(key(s), [...new Set([...(byForm.get(key(s)) ?? []), e])]);
  const gazetteer = new Gazetteer<ExtractedEntity[]>();
  for (const [form, owners] of byForm) gazetteer.add(form, owners);
  return gazetteer;
}

/** Every occurrence of every form in `name`: [start, end, entities]. */
function formsIn(name: string, forms: Gazetteer<ExtractedEntity[]>): [number, number, ExtractedEntity[]][] {
  const out: [number, number, ExtractedEntity[]][] = [];
  for (let i = 0; i < name.length; i++) for (const m of forms.allAt(name, i)) out.push([m.start, m.end, m.value]);
  return out;
}

/**
 * What names state: a place inside a body's, platform's or event's own name
 * gives LOCATED_IN (江海商标保护中心 → 江海市; a country wins over the home
 * city: 江海海外商标保护法国工作站 → 法国); a platform or body whose name
 * begins with another body's name is PART_OF it (国家某某局某某业务某市受理窗口);
 * that body PARTICIPATED_IN an event named after it (世界知识产权组织暑期学校).
 */
export const nameRule: RelationRule = {
  name: 'names',
  extract(doc, entities) {
    const out: ExtractedRelation[] = [];
    const regions = entities.filter((e) => e.label === 'Region' && !TOO_BROAD.has(e.name));
    const institutions = entities.filter((e) => e.label === 'Institution');
    const bodies = occurrences(institutions);
    const placeForms = formsOf(regions.map((r) => ({ ...r, aliases: r.aliases.filter((a) => !TOO_BROAD.has(a)) })));
    const regionOf = new Map(regions.map((r) => [r.key, r]));
    const bodyForms = formsOf(institutions);
    const bodyKeys = formsOf(institutions, normalizeName);
    for (const e of entities.filter((x) => x.label === 'Institution' || x.label === 'Platform' || x.label === 'Event')) {
      if (!e.mentions.length) continue;
      const span = evidenceSpan(doc, e.mentions[0].start);
      // Parts of the name that are another body's name (北京 inside 北京某某大学江海研究院) locate nothing.
      const covered = formsIn(e.name, bodyForms).filter(([a, b, owners]) => b - a < e.name.length && owners.some((o) => o !== e));
      const found = new Set<ExtractedEntity>();
      for (const [a, b, places] of formsIn(e.name, placeForms)) {
        if (covered.some(([x, y]) => a >= x && b <= y)) continue;
        for (const p of places) found.add(regionOf.get(p.key)!);
      }
      // Where a visit went: 赴某国、某国开展…交流 took place there.
      if (e.label === 'Event' && typeof e.props.where === 'string') for (const [, , places] of formsIn(e.props.where, placeForms)) for (const p of places) found.add(regionOf.get(p.key)!);
      // 某国工作站 of a Chinese city's programme is abroad: the country, and any city abroad with it (某国某城博览会).
      const countries = [...found].filter((r) => r.props.level === 'country');
      const abroad = countries.length ? [...countries, ...[...found].filter((r) => r.props.level === 'city' && !CHINESE_CITY.test(r.name))] : [...found];
      // A regulation's entry into force or repeal takes place nowhere.
      if (!(e.label === 'Event' && LIFECYCLE_EVENT.test(e.name))) for (const r of abroad) out.push(relationFrom(doc, 'LOCATED_IN', e, r, span, 0.85, 'names:place-in-name'));

      const key = normalizeName(e.name);
      const owner = bodyKeys
        .allAt(key, 0)
        .filter((m) => m.end < key.length && m.surface.length >= 4)
        .flatMap((m) => m.value)
        .filter((i) => i !== e)
        .sort((a, b) => b.name.length - a.name.length)[0];
      // 县级以上人民政府某某行政部门 is named after the government it serves, not a part of one body.
      if (owner && !e.props.role) {
        const type = e.label === 'Event' ? 'PARTICIPATED_IN' : 'PART_OF';
        out.push(type === 'PART_OF' ? relationFrom(doc, type, e, owner, span, 0.8, 'names:owner-prefix') : relationFrom(doc, type, owner, e, span, 0.8, 'names:owner-prefix'));
      }
    }
    out.push(...measuresOfPolicies(doc, entities), ...nestedPlaces(doc, regions), ...issuersInTitles(doc, entities, bodyKeys), ...bodiesInOccasions(doc, entities, bodies));
    return out;
  },
};

/** 某某部关于…的意见: a title that opens with a body and 关于 was issued by that body. */
function issuersInTitles(doc: AnalyzedDocument, entities: readonly ExtractedEntity[], bodyKeys: Gazetteer<ExtractedEntity[]>): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const p of entities.filter((e) => e.label === 'Policy' && e.mentions.length)) {
    const key = normalizeName(p.name);
    const issuer = bodyKeys.allAt(key, 0).filter((m) => key.startsWith('关于', m.end)).flatMap((m) => m.value).sort((a, b) => b.name.length - a.name.length)[0];
    if (issuer) out.push(relationFrom(doc, 'ISSUED', issuer, p, evidenceSpan(doc, p.mentions[0].start), 0.85, 'names:issuer-in-title'));
  }
  return out;
}

/** Bodies named inside the words that tell an occasion (某局会见某国某局局长, 某委员会公告第N号公布) took part in it. */
function bodiesInOccasions(doc: AnalyzedDocument, entities: readonly ExtractedEntity[], bodies: readonly Occurrence[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const e of entities.filter((x) => x.label === 'Event')) {
    for (const m of e.mentions) {
      for (const b of within(bodies, m.start, m.end)) out.push(relationFrom(doc, 'PARTICIPATED_IN', b.entity, e, evidenceSpan(doc, m.start), 0.7, 'names:body-in-occasion'));
    }
  }
  return out;
}



/** 某某协定第二批产品清单: a measure named after a policy is part of it. */
function measuresOfPolicies(doc: AnalyzedDocument, entities: readonly ExtractedEntity[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const policies = formsOf(entities.filter((e) => e.label === 'Policy'), normalizeName);
  for (const m of entities.filter((e) => e.label === 'Measure' && e.mentions.length)) {
    const key = normalizeName(m.name);
    const policy = policies.allAt(key, 0).filter((x) => x.end < key.length && x.surface.length >= 4).flatMap((x) => x.value).sort((a, b) => b.name.length - a.name.length)[0];
    if (policy) out.push(relationFrom(doc, 'PART_OF', m, policy, evidenceSpan(doc, m.mentions[0].start), 0.75, 'names:policy-prefix'));
  }
  return out;
}

/** 某省某市, 某国某城: a place written right after the place that holds it is part of it. */
function nestedPlaces(doc: AnalyzedDocument, regions: readonly ExtractedEntity[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const mentions = regions.flatMap((r) => r.mentions.map((m) => ({ region: r, start: m.start, end: m.end }))).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [outer, inner] = [mentions[i], mentions[i + 1]];
    if (outer.end !== inner.start || outer.region === inner.region) continue;
    if (RANK[String(inner.region.props.level)] > RANK[String(outer.region.props.level)]) {
      out.push(relationFrom(doc, 'PART_OF', inner.region, outer.region, evidenceSpan(doc, inner.start), 0.8, 'names:nested-places'));
    }
  }
  return out;
}

/** How deep a level of place lies: a place of a deeper level written after one of a shallower is inside it. */
const RANK: Record<string, number> = { international: 0, country: 1, province: 2, zone: 3, city: 3, district: 4 };
