import type { ChunkedDocument } from '../../types.ts';
import { isQualifiedName } from '../lexicon/regions.ts';
import { GENERIC_NAMES, INSTITUTION_HEADS } from '../lexicon/heads.ts';
import { KNOWN_INSTITUTIONS, type InstitutionKind } from '../lexicon/institutions.ts';
import { Gazetteer } from '../lexicon/gazetteer.ts';
import type { EntityRecognizer } from '../types.ts';
import { parentheticalAt } from './aliases.ts';
import { EntityCollector } from './build.ts';
import { homeRegion } from './home-region.ts';
import { endsWithLookalike, headPhrases, outermostPhrases, tokensOf } from './phrases.ts';

const KNOWN = new Gazetteer<(typeof KNOWN_INSTITUTIONS)[number]>();
for (const inst of KNOWN_INSTITUTIONS) for (const form of inst.forms) KNOWN.add(form, inst);

/** Marks candidates that only stand for a lexicon match, already added. */
const LEXICON = '(lexicon)';

const KIND_BY_HEAD: [RegExp, InstitutionKind][] = [
  [/(?:法院|法庭|检察院)$/, 'judicial'],
  [/(?:集团|公司|银行)$/, 'enterprise'],
  [/(?:大学|学院|研究院|研究所|研究生院|党校)$/, 'academic'],
  [/(?:协会|学会|研究会|促进会|商会|联盟|联合体|联共体)$/, 'association'],
  [/(?:局|部|厅|署|委|委员会|办公室|办|政府|联席会议|专班|党组)$/, 'government'],
];

export function institutionKind(name: string): InstitutionKind {
  return KIND_BY_HEAD.find(([re]) => re.test(name))?.[1] ?? 'other';
}

/** 市公安局 in a Shenzhen text is 深圳市公安局: a name opening with a bare 市 or 省 takes the home region. */
function qualifyShortForm(name: string, doc: ChunkedDocument): string | null {
  const home = homeRegion(doc);
  if (!home) return null;
  if (name.startsWith('市') && home.level === 'city') return home.canonical + name.slice(1);
  if (name.startsWith('省') && home.level === 'province') return home.canonical + name.slice(1);
  return null;
}

/** Bodies: known national and international institutions, and names ending in an institution head noun. */
export const institutionRecognizer: EntityRecognizer = {
  name: 'institution',
  recognize(doc) {
    const { text } = doc;
    const out = new EntityCollector(text);

    const known = KNOWN.scan(text);
    for (const m of known) {
      if (/[A-Za-z]/.test(text[m.start - 1] ?? '') || /[A-Za-z]/.test(text[m.end] ?? '')) continue;
      out.add('Institution', m.value.name, m.surface === m.value.name ? [] : [m.surface], { kind: m.value.kind });
    }

    const organisations = tokensOf(doc).filter((t) => t.tag === 'nt' && INSTITUTION_HEADS.some((h) => t.word.endsWith(h)) && !endsWithLookalike(t.word));
    const candidates = outermostPhrases([
      ...known.map((m) => ({ start: m.start, end: m.end, text: m.surface, head: LEXICON })),
      ...headPhrases(doc, INSTITUTION_HEADS),
      ...organisations.map((t) => ({ start: t.start, end: t.end, text: t.word, head: '' })),
    ]).filter((c) => c.head !== LEXICON);
    for (const c of candidates) {
      if (GENERIC_NAMES.has(c.text) || c.text.length < 3 || text[c.start - 1] === '某') continue;
      let name = c.text;
      const aliases: string[] = [];
      const qualified = qualifyShortForm(name, doc);
      if (qualified) {
        aliases.push(name);
        name = qualified;
      }
      const paren = parentheticalAt(text, c.end);
      if (paren?.kind === 'short' || paren?.kind === 'acronym') aliases.push(paren.alias);
      if (paren?.kind === 'acronym') aliases.push(text.slice(c.start, paren.end));
      if (paren?.kind === 'other-name' && INSTITUTION_HEADS.some((h) => paren.alias.endsWith(h))) {
        // 深圳市市场监督管理局（深圳市知识产权局）: one body under two names; the text's full form is its name.
        aliases.push(name);
        if (isQualifiedName(paren.alias)) aliases.push(paren.alias);
        name = text.slice(c.start, paren.end);
      }
      const lexical = KNOWN.matchAt(name, 0);
      const isKnown = lexical && lexical.end === name.length;
      out.add('Institution', isKnown ? lexical.value.name : name, aliases, { kind: isKnown ? lexical.value.kind : institutionKind(name) });
    }
    return out.entities();
  },
};
