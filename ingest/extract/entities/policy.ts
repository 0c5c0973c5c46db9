import { GENERIC_NAMES, POLICY_HEADS } from '../lexicon/heads.ts';
import { isSpecificName } from '../lexicon/regions.ts';
import type { EntityRecognizer } from '../types.ts';
import { parentheticalAt } from './aliases.ts';
import { EntityCollector } from './build.ts';
import { headPhrases } from './phrases.ts';

const HEADS_LONGEST_FIRST = [...POLICY_HEADS].sort((a, b) => b[0].length - a[0].length);
/** 《…》 titles of newspapers and books are not instruments. */
const PUBLICATION = /(?:报|时报|日报|杂志|期刊|周刊|文集|年鉴)$/;
/** A title that is only a genre word is a short reference to a policy named in full elsewhere: 《纲要》. */
const BARE_GENRE = /^[\u4e00-\u9fa5]{0,1}(?:纲要|规划|条例|意见|方案|办法|决定|通知)$/;
const TITLE = /《([^《》\n]{2,80})》/g;

/** The ontology kind from the genre word that ends a title, with any （修订草案） or （2021—2035年） dropped. */
export function policyKind(title: string): string | null {
  const core = title.replace(/[《》]/g, '').replace(/[（(][^（）()]*[）)]$/, '');
  return HEADS_LONGEST_FIRST.find(([head]) => core.endsWith(head))?.[1] ?? null;
}

export function policyYear(name: string): number | null {
  const m = /((?:19|20)\d{2})\s*(?:年|—|-|–)/.exec(name);
  return m ? Number(m[1]) : null;
}

/** Named instruments: 《…》 titles, and names ending in a genre head (条例 规划 试点 示范城市 …). */
export const policyRecognizer: EntityRecognizer = {
  name: 'policy',
  recognize(doc) {
    const { text } = doc;
    const out = new EntityCollector(text);
    for (const m of text.matchAll(TITLE)) {
      const title = m[1];
      if (PUBLICATION.test(title) || BARE_GENRE.test(title)) continue;
      const paren = parentheticalAt(text, m.index + m[0].length);
      const aliases = paren?.kind === 'short' ? [paren.alias] : [];
      out.add('Policy', m[0], aliases, { kind: policyKind(title) ?? 'regulation', year: policyYear(title) });
    }
    const heads = POLICY_HEADS.map(([head]) => head);
    for (const c of headPhrases(doc, heads)) {
      if (GENERIC_NAMES.has(c.text) || c.text.length < 4 || text[c.start - 1] === '《' || !isSpecificName(c.text)) continue;
      if (out.has('Policy', c.text)) continue;
      out.add('Policy', c.text, [], { kind: policyKind(c.text), year: policyYear(c.text) });
    }
    return out.entities();
  },
};
