import { sourceHash } from '../version.ts';
import type { AnalyzedDocument } from '../analyze/profile.ts';
import type { ExtractedDocument, ExtractedEntity, Extraction, Stage } from '../types.ts';
import { entityRecognizers } from './entities/index.ts';
import { relationRules } from './relations/index.ts';
import type { EntityRecognizer, Extractor, RelationRule } from './types.ts';
import { validateRelations } from './relations/validate.ts';

/** Entities with the same label and name found by different recognizers become one, as sure as the surest. */
function mergeEntities(entities: ExtractedEntity[]): ExtractedEntity[] {
  const byKey = new Map<string, ExtractedEntity>();
  for (const entity of entities) {
    const existing = byKey.get(entity.key);
    if (!existing) {
      byKey.set(entity.key, { ...entity, aliases: [...entity.aliases], mentions: [...entity.mentions] });
      continue;
    }
    for (const alias of entity.aliases) if (!existing.aliases.includes(alias)) existing.aliases.push(alias);
    for (const m of entity.mentions) {
      if (!existing.mentions.some((x) => x.start === m.start && x.end === m.end)) existing.mentions.push(m);
    }
    existing.props = { ...entity.props, ...existing.props };
    existing.confidence = Math.max(existing.confidence, entity.confidence);
  }
  return [...byKey.values()];
}

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
      for (const recognizer of recognizers.filter(serves(doc))) {
        const recognized = recognizer.recognize(doc, mergeEntities(found));
        found.push(...recognized.map((e) => ({ ...e, source: `${RULE_EXTRACTOR_ID}/${recognizer.name}`, confidence: e.confidence ?? recognizer.confidence })));
      }
      const entities = mergeEntities(found);
      const { kept, dropped } = validateRelations(rules.filter(serves(doc)).flatMap((rule) => rule.extract(doc, entities)), entities);
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
