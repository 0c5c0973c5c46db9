import { sourceHash } from '../version.ts';
import type { AnalyzedDocument } from '../analyze/profile.ts';
import type { ExtractedDocument, ExtractedEntity, Extraction, Stage } from '../types.ts';
import { entityRecognizers } from './entities/index.ts';
import { relationRules } from './relations/index.ts';
import type { EntityRecognizer, Extractor, RelationRule } from './types.ts';
import { validateRelations } from './relations/validate.ts';
import { enforceNameBoundaries } from './boundary.ts';
import { entityKey } from './entities/build.ts';
import { firstStartingAt } from './spans.ts';

/**
 * Entities with the same label and name found by different recognizers become
 * one, as sure as the surest; so does one whose name another already has as an
 * alias (a trimmed 市知识产权局 and 某市知识产权局 with that short form).
 */
function mergeEntities(entities: ExtractedEntity[]): ExtractedEntity[] {
  const keys = new Set(entities.map((e) => e.key));
  const aliasOwner = new Map<string, string>();
  for (const e of entities) {
    for (const a of e.aliases) {
      const k = entityKey(e.label, a);
      if (k !== e.key && keys.has(k) && !aliasOwner.has(k)) aliasOwner.set(k, e.key);
    }
  }
  const into = (key: string) => {
    const owner = aliasOwner.get(key);
    return owner && aliasOwner.get(owner) !== key ? owner : key;
  };
  const byKey = new Map<string, ExtractedEntity>();
  /** Entities copied for merging into: the others pass through as they are. */
  const copied = new Set<ExtractedEntity>();
  const ordered = [...entities.filter((e) => into(e.key) === e.key), ...entities.filter((e) => into(e.key) !== e.key)];
  for (const entity of ordered) {
    const key = into(entity.key);
    let existing = byKey.get(key);
    if (!existing) {
      byKey.set(entity.key, entity);
      continue;
    }
    if (!copied.has(existing)) {
      existing = { ...existing, aliases: [...existing.aliases], mentions: [...existing.mentions] };
      copied.add(existing);
      byKey.set(key, existing);
    }
    for (const alias of [entity.name, ...entity.aliases]) if (alias !== existing.name && !existing.aliases.includes(alias)) existing.aliases.push(alias);
    const at = new Set(existing.mentions.map((m) => `${m.start}:${m.end}`));
    for (const m of entity.mentions) if (!at.has(`${m.start}:${m.end}`)) existing.mentions.push(m);
    existing.mentions.sort((a, b) => a.start - b.start);
    existing.props = { ...entity.props, ...existing.props };
    existing.confidence = Math.max(existing.confidence, entity.confidence);
  }
  return [...byKey.values()];
}

/** Labels whose names nest (人民法院 inside 某市中级人民法院) without the inner one being named there. */
const NESTING_LABELS = new Set(['Institution', 'Platform', 'Event']);

/**
 * A body named inside the name of another body is not named there: 人民法院
 * inside 某市中级人民法院, 市人民政府 inside 设区的市人民政府. Such mentions go,
 * and a body left with none is no body of this document.
 */
function withoutNestedMentions(entities: ExtractedEntity[]): ExtractedEntity[] {
  const spans = new Map<string, { key: string; start: number; end: number }[]>();
  for (const e of entities) {
    if (!NESTING_LABELS.has(e.label)) continue;
    const list = spans.get(e.label) ?? [];
    for (const m of e.mentions) list.push({ key: e.key, start: m.start, end: m.end });
    spans.set(e.label, list);
  }
  for (const list of spans.values()) list.sort((a, b) => a.start - b.start);
  /** Whether a longer mention of another entity of the label covers [start, end): the candidates start at or before it. */
  const covered = (e: ExtractedEntity, start: number, end: number) => {
    const list = spans.get(e.label)!;
    for (let i = firstStartingAt(list, start + 1) - 1; i >= 0 && start - list[i].start <= MAX_NAME_SPAN; i--) {
      const o = list[i];
      if (o.key !== e.key && o.end >= end && o.end - o.start > end - start) return true;
    }
    return false;
  };
  const out: ExtractedEntity[] = [];
  for (const e of entities) {
    if (!NESTING_LABELS.has(e.label)) {
      out.push(e);
      continue;
    }
    const mentions = e.mentions.filter((m) => !covered(e, m.start, m.end));
    if (mentions.length) out.push(mentions.length === e.mentions.length ? e : { ...e, mentions });
  }
  return out;
}

/** No name of a body, facility or event runs longer than this: a covering mention starts within it. */
const MAX_NAME_SPAN = 120;

const serves = (doc: AnalyzedDocument) => (part: EntityRecognizer | RelationRule) => !part.genres || part.genres.includes(doc.profile.genre);

export const RULE_EXTRACTOR_ID = 'rules';

/**
 * The rule extractor: recognizers for each label, then relation rules over what
 * they found, each run only on the genres it declares; relations the ontology
 * does not allow are dropped and counted.
 */
export function ruleExtractor(recognizers: readonly EntityRecognizer[] = entityRecognizers, rules: readonly RelationRule[] = relationRules): Extractor {
  return {
    id: RULE_EXTRACTOR_ID,
    version: sourceHash([import.meta.dirname]),
    extract(doc) {
      const found: ExtractedEntity[] = [];
      let trimmed = 0;
      let rejected = 0;
      for (const recognizer of recognizers.filter(serves(doc))) {
        const recognized = recognizer.recognize(doc, mergeEntities(found));
        const source = `${RULE_EXTRACTOR_ID}/${recognizer.name}`;
        const checked = enforceNameBoundaries(
          doc,
          recognized.map(({ key, label, name, aliases, props, mentions, confidence }) => ({ key, label, name, aliases, props, mentions, source, confidence: confidence ?? recognizer.confidence })),
        );
        found.push(...checked.entities);
        trimmed += checked.trimmed;
        rejected += checked.rejected;
      }
      const entities = withoutNestedMentions(mergeEntities(found));
      const { kept, dropped } = validateRelations(rules.filter(serves(doc)).flatMap((rule) => rule.extract(doc, entities)), entities);
      if (trimmed) dropped['name boundary: trimmed'] = trimmed;
      if (rejected) dropped['name boundary: rejected'] = rejected;
      return { entities, relations: kept, dropped };
    },
  };
}

export const defaultExtractor = ruleExtractor();

/** The extraction stage, around whichever extractor it is given. */
export function extractStage(extractor: Extractor = defaultExtractor): Stage<AnalyzedDocument, ExtractedDocument> {
  return {
    name: 'extract',
    run: (doc): ExtractedDocument => ({ ...doc, extraction: extractor.extract(doc), extractor: `${extractor.id}@${extractor.version}` }),
  };
}

/** What the default extractor reads from one analysed document. */
export function extract(doc: AnalyzedDocument): Extraction {
  return defaultExtractor.extract(doc);
}
