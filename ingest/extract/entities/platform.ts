import { GENERIC_NAMES, PLATFORM_HEADS } from '../lexicon/heads.ts';
import { isSpecificName } from '../lexicon/regions.ts';
import type { EntityRecognizer } from '../types.ts';
import { parentheticalAt } from './aliases.ts';
import { EntityCollector } from './build.ts';
import { headPhrases } from './phrases.ts';

const KIND_BY_HEAD: [RegExp, string][] = [
  [/(?:中心)$/, 'service centre'],
  [/(?:工作站|服务站)$/, 'station'],
  [/(?:服务点|问询点)$/, 'service point'],
  [/窗口$/, 'window'],
  [/基地$/, 'base'],
  [/(?:数据库|培育库)$/, 'database'],
  [/交易所$/, 'exchange'],
  [/智能体$/, 'AI agent'],
  [/(?:网|系统)$/, 'online service'],
  [/通道$/, 'service'],
  [/平台$/, 'platform'],
];

export function platformKind(name: string): string {
  return KIND_BY_HEAD.find(([re]) => re.test(name))?.[1] ?? 'platform';
}

/** Facilities and services: names ending in a platform head noun, unless an earlier recognizer took the same span. */
export const platformRecognizer: EntityRecognizer = {
  name: 'platform',
  recognize(doc, found) {
    const { text } = doc;
    const taken = new Set(found.flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}`)));
    const out = new EntityCollector(text);
    for (const c of headPhrases(doc, PLATFORM_HEADS)) {
      if (GENERIC_NAMES.has(c.text) || c.text.length < 4 || taken.has(`${c.start}:${c.end}`) || !isSpecificName(c.text)) continue;
      const paren = parentheticalAt(text, c.end);
      const aliases = paren && paren.kind !== 'other-name' ? [paren.alias] : [];
      out.add('Platform', c.text, aliases, { kind: platformKind(c.text) });
    }
    return out.entities();
  },
};
