import type { ChunkedDocument, ExtractedDocument, ExtractedEntity, Extraction, Stage } from '../types.ts';
import { entityRecognizers } from './entities/index.ts';
import { relationRules } from './relations/index.ts';
import { validateRelations } from './relations/validate.ts';

/** Entities with the same label and name found by different recognizers become one. */
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
  }
  return [...byKey.values()];
}

export function extract(doc: ChunkedDocument): Extraction {
  const found: ExtractedEntity[] = [];
  for (const recognizer of entityRecognizers) found.push(...recognizer.recognize(doc, mergeEntities(found)));
  const entities = mergeEntities(found);
  const { kept, dropped } = validateRelations(relationRules.flatMap((rule) => rule.extract(doc, entities)), entities);
  return { entities, relations: kept, dropped };
}

export const extractStage: Stage<ChunkedDocument, ExtractedDocument> = {
  name: 'extract',
  run: (doc) => ({ ...doc, extraction: extract(doc) }),
};
