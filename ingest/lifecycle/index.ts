import { LIFECYCLE_EVIDENCE, LIFECYCLE_FIELDS, type LifecycleField } from '../../core/lifecycle.ts';
import { normalizeName } from '../../core/names.ts';
import type { ExtractedDocument, ExtractedEntity, ExtractedRelation, Stage } from '../types.ts';
import { isCitedName, readLifecycle, type DateFact, type PolicyRef } from './read.ts';

const CONFIDENCE = 0.9;
/** An instrument cited by its title (《…》) is surely one, but extraction did not read it as such. */
const CITED_CONFIDENCE = 0.8;

/**
 * After extraction: dates the life cycle of the document's instruments
 * (Policy properties `issued` … `expires` with the sentences they come from)
 * and adds what amends or replaces what. An instrument the text cites by title
 * that extraction did not find becomes a Policy when the text dates it.
 */
export const lifecycleStage: Stage<ExtractedDocument, ExtractedDocument> = {
  name: 'lifecycle',
  run(doc) {
    const entities = doc.extraction.entities.map((e) => ({ ...e, props: { ...e.props } }));
    const reading = readLifecycle(doc, entities);
    const byKey = new Map(entities.map((e) => [e.key, e]));
    const cited = new Map<string, ExtractedEntity>();

    const entityOf = (ref: PolicyRef): ExtractedEntity => {
      if (!isCitedName(ref)) return byKey.get(ref.key) ?? ref;
      const key = `Policy:${normalizeName(ref.name)}`;
      const known = byKey.get(key) ?? cited.get(key);
      if (known) return known;
      const created: ExtractedEntity = {
        key, label: 'Policy', name: ref.name, aliases: [], props: {}, source: 'lifecycle/cited-title', confidence: CITED_CONFIDENCE,
        mentions: [{ start: ref.start, end: ref.end, surface: doc.text.slice(ref.start, ref.end) }],
      };
      cited.set(key, created);
      return created;
    };

    const facts = new Map<ExtractedEntity, Map<LifecycleField, DateFact[]>>();
    for (const fact of reading.dates) {
      const entity = entityOf(fact.policy);
      const fields = facts.get(entity) ?? new Map();
      fields.set(fact.field, [...(fields.get(fact.field) ?? []), fact]);
      facts.set(entity, fields);
    }
    for (const [entity, fields] of facts) {
      const evidence: string[] = [];
      for (const field of LIFECYCLE_FIELDS) {
        const stated = fields.get(field);
        if (!stated) continue;
        // The latest amendment is the one that counts; any other date is read where the text first states it.
        const chosen = field === 'amended' ? stated.reduce((a, b) => (b.date > a.date ? b : a)) : stated[0];
        entity.props[field] = chosen.date;
        evidence.push(`${field} ${chosen.date}: ${chosen.evidence.text.trim()}`);
      }
      entity.props[LIFECYCLE_EVIDENCE] = evidence;
    }

    const relations: ExtractedRelation[] = reading.links.map((link) => ({
      type: link.type,
      head: entityOf(link.head).key,
      tail: entityOf(link.tail).key,
      evidence: link.evidence.text,
      start: link.evidence.start,
      end: link.evidence.end,
      confidence: CONFIDENCE,
      rule: `lifecycle:${link.type.toLowerCase()}`,
    }));

    return {
      ...doc,
      extraction: { ...doc.extraction, entities: [...entities, ...cited.values()], relations: [...doc.extraction.relations, ...relations] },
    };
  },
};
