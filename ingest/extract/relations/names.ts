import { normalizeName } from '../../normalize.ts';
import type { ExtractedEntity, ExtractedRelation } from '../../types.ts';
import type { RelationRule } from '../types.ts';
import { evidenceSpan, occurrences, relationFrom } from './context.ts';

/** Places too broad to locate anything by (中国… in 中国（深圳）知识产权仲裁中心). */
const TOO_BROAD = new Set(['中国', '中华人民共和国', '全国', '国家']);

const surfaceCache = new WeakMap<ExtractedEntity, string[]>();

function surfaces(e: ExtractedEntity): string[] {
  let forms = surfaceCache.get(e);
  if (!forms) surfaceCache.set(e, (forms = [e.name, ...e.aliases].filter((s) => s.length >= 2).sort((a, b) => b.length - a.length)));
  return forms;
}

/** Spans of `name` covered by another entity's name inside it (北京 inside 北京大学深圳研究生院). */
function coveredSpans(name: string, self: ExtractedEntity, bodies: readonly ExtractedEntity[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const b of bodies) {
    if (b === self) continue;
    for (const s of surfaces(b)) {
      const at = name.indexOf(s);
      if (at >= 0 && s.length < name.length) spans.push([at, at + s.length]);
    }
  }
  return spans;
}

/**
 * What names state: a place inside a body's, platform's or event's own name
 * gives LOCATED_IN (深圳知识产权保护中心 → 深圳市; a country wins over the home
 * city: 深圳海外知识产权保护德国工作站 → 德国); a platform or body whose name
 * begins with another body's name is PART_OF it (国家知识产权局商标业务深圳受理窗口);
 * that body PARTICIPATED_IN an event named after it (世界知识产权组织暑期学校).
 */
export const nameRule: RelationRule = {
  name: 'names',
  extract(doc, entities) {
    const out: ExtractedRelation[] = [];
    const regions = entities.filter((e) => e.label === 'Region' && !TOO_BROAD.has(e.name));
    const institutions = entities.filter((e) => e.label === 'Institution');
    const bodies = occurrences(institutions);
    for (const e of entities.filter((x) => x.label === 'Institution' || x.label === 'Platform' || x.label === 'Event')) {
      if (!e.mentions.length) continue;
      const span = evidenceSpan(doc, e.mentions[0].start);
      const covered = coveredSpans(e.name, e, institutions);
      const found: ExtractedEntity[] = [];
      for (const r of regions) {
        const hit = surfaces(r).some((s) => {
          if (TOO_BROAD.has(s)) return false;
          for (let at = e.name.indexOf(s); at >= 0; at = e.name.indexOf(s, at + 1)) {
            if (!covered.some(([a, b]) => at >= a && at + s.length <= b)) return true;
          }
          return false;
        });
        if (hit) found.push(r);
      }
      const countries = found.filter((r) => r.props.level === 'country');
      for (const r of countries.length ? countries : found) out.push(relationFrom(doc, 'LOCATED_IN', e, r, span, 0.85, 'names:place-in-name'));

      const owner = institutions
        .filter((i) => i !== e && surfaces(i).some((s) => normalizeName(e.name).startsWith(normalizeName(s)) && s.length < e.name.length && s.length >= 4))
        .sort((a, b) => b.name.length - a.name.length)[0];
      if (owner) {
        const type = e.label === 'Event' ? 'PARTICIPATED_IN' : 'PART_OF';
        out.push(type === 'PART_OF' ? relationFrom(doc, type, e, owner, span, 0.8, 'names:owner-prefix') : relationFrom(doc, type, owner, e, span, 0.8, 'names:owner-prefix'));
      }
      // A signing named by its parties (A与B签署…): each party took part.
      if (e.label === 'Event' && e.props.kind === 'signing') {
        const named = e.mentions[0];
        for (const party of bodies.filter((o) => o.start >= named.start && o.end <= named.end && o.entity !== owner)) {
          out.push(relationFrom(doc, 'PARTICIPATED_IN', party.entity, e, span, 0.8, 'names:signing-party'));
        }
      }
    }
    return out;
  },
};
