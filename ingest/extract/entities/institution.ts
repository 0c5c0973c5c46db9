import type { AnalyzedDocument } from '../../analyze/profile.ts';
import { withoutClosingBracket } from '../../../core/names.ts';
import { isQualifiedName } from '../lexicon/regions.ts';
import { GENERIC_NAMES, INSTITUTION_HEADS, WEAK_INSTITUTION_HEADS } from '../lexicon/heads.ts';
import { KNOWN_INSTITUTIONS, type InstitutionKind } from '../lexicon/institutions.ts';
import { Gazetteer } from '../lexicon/gazetteer.ts';
import type { EntityRecognizer } from '../types.ts';
import { parentheticalAt } from './aliases.ts';
import { EntityCollector } from './build.ts';
import { endsWithLookalike, headPhrases, outermostPhrases, tokensIn, tokensOf, type HeadPhrase } from './phrases.ts';
import { isNamedPhrase } from './specific.ts';

const KNOWN = new Gazetteer<(typeof KNOWN_INSTITUTIONS)[number]>();
for (const inst of KNOWN_INSTITUTIONS) for (const form of inst.forms) KNOWN.add(form, inst);

/** The head of a candidate that stands for a lexicon match. */
const LEXICON = '(lexicon)';

const KIND_BY_HEAD: [RegExp, InstitutionKind][] = [
  [/(?:法院|法庭|检察院)$/, 'judicial'],
  [/(?:集团|公司|银行)$/, 'enterprise'],
  [/(?:大学|学院|研究院|研究所|研究生院|党校)$/, 'academic'],
  [/(?:协会|学会|研究会|促进会|商会|联盟|联合体|联共体)$/, 'association'],
  [/(?:局|部|厅|署|司|委|委员会|办公室|办|政府|联席会议|专班|党组|海关)$/, 'government'],
];

export function institutionKind(name: string): InstitutionKind {
  // 某市市场监督管理局（某市知识产权局）: the kind is read before the second name.
  const core = withoutClosingBracket(name);
  return KIND_BY_HEAD.find(([re]) => re.test(core))?.[1] ?? 'other';
}

/** 市公安局 in a Hangzhou text is 杭州市公安局: a name opening with a bare 市 or 省 takes the home region. */
function qualifyShortForm(name: string, doc: AnalyzedDocument): string | null {
  const home = doc.profile.jurisdiction;
  if (!home) return null;
  // 市公安局 is the city's; 市场监督管理局 opens with 市场, not 市.
  if (/^市(?!场)/.test(name) && home.level === 'city') return home.canonical + name.slice(1);
  if (/^省(?!份)/.test(name) && home.level === 'province') return home.canonical + name.slice(1);
  return null;
}

/** 市局, 省局, 区局, 县局 standing alone, as a clause opens or after 与/和/会同…: a short form of a bureau of that level. */
const BARE_BUREAU = /(?<=^|[\s，。；：！？、“”（(]|与|和|同|会同|联合|由)([省市区县])局(?!长)/gm;

/** A bureau of each level: 某市…局 (市场 is no level), 某省…局, 某区…局, 某县…局. */
const BUREAU_OF_LEVEL: Record<string, RegExp> = Object.fromEntries(
  ['省', '市', '区', '县'].map((level) => [level, new RegExp(`${level}[^${level}（(]*局(?:[（(][^）)]*[）)])?$`)]),
);

/**
 * A bare 市局 stands for the city bureau the text last named in its paragraph, else for the one
 * it stood for before, else for the last one named before it: a city report says
 * 某市市场监督管理局 once, then 市局 for the rest, even where another city bureau (某市公安局)
 * was named in between in another paragraph.
 */
function bareBureaus(text: string, named: readonly { start: number; name: string; kind: InstitutionKind }[]): { name: string; mention: { start: number; end: number; surface: string } }[] {
  const out: { name: string; mention: { start: number; end: number; surface: string } }[] = [];
  const bound = new Map<string, string>();
  // Bureaus of each level in text order, walked alongside the matches (which come in text order too).
  const byLevel = new Map<string, { start: number; name: string }[]>();
  for (const [level, re] of Object.entries(BUREAU_OF_LEVEL)) {
    byLevel.set(level, named.filter((n) => n.kind === 'government' && re.test(n.name.replace(/市场/g, ''))).sort((a, b) => a.start - b.start));
  }
  const seen = new Map<string, number>();
  let paragraph = 0;
  for (const m of text.matchAll(BARE_BUREAU)) {
    // The paragraph's start, found by walking forward from the last one (a backward search per match is quadratic).
    for (let nl = text.indexOf('\n', paragraph); nl >= 0 && nl < m.index; nl = text.indexOf('\n', paragraph)) paragraph = nl + 1;
    const level = m[1];
    const list = byLevel.get(level)!;
    let k = seen.get(level) ?? 0;
    while (k < list.length && list[k].start < m.index) k++;
    seen.set(level, k);
    const before = list[k - 1];
    const name = (before && before.start >= paragraph ? before.name : undefined) ?? bound.get(level) ?? before?.name;
    if (!name) continue;
    bound.set(level, name);
    out.push({ name, mention: { start: m.index, end: m.index + m[0].length, surface: m[0] } });
  }
  return out;
}

const WEAK_PLAIN = { tokens: 3, chars: 6 };
/** A one-character head that jieba reads as a verb ends no name: 查办, 督办. */
const SHORT_HEAD = /^[局部办委署厅司]$/;

/** Whether a head phrase names one body, not a kind of body (调解组织) or an action (案件查办). */
function namesOneBody(doc: AnalyzedDocument, c: HeadPhrase): boolean {
  const last = tokensIn(doc, c.start, c.end).at(-1);
  if (SHORT_HEAD.test(c.head) && last && /^v/.test(last.tag)) return false;
  if (!WEAK_INSTITUTION_HEADS.some((h) => c.text.endsWith(h))) return true;
  // 国际 alone scopes a kind (国际组织, 国际标准组织); bodies known by name come from the lexicon.
  if (isQualifiedName(c.text) && !/^国际/.test(c.text)) return true;
  return isNamedPhrase(doc, { ...c, text: c.text.replace(/^国际/, ''), start: c.start + (c.text.startsWith('国际') ? 2 : 0) }, WEAK_PLAIN);
}

/** Bodies: known national and international institutions, and names ending in an institution head noun. */
export const institutionRecognizer: EntityRecognizer = {
  name: 'institution',
  confidence: 0.85,
  recognize(doc, found) {
    const { text } = doc;
    const out = new EntityCollector(text);
    // A run of words over a role (市和区（县）人民政府) is the role's, unless it names its own place (某市中级人民法院).
    const roles = found.filter((e) => e.props.role).flatMap((e) => e.mentions.map((m) => ({ ...m, name: e.name })));
    // 某某海关, 某某人民法院: a name of its own before a body's role word makes one body's name.
    const namesTheBody = (c: { start: number; end: number }, m: { start: number; end: number; surface: string; name: string }) => m.end === c.end && m.start - c.start >= 2 && m.surface === m.name;
    const overRole = (c: { start: number; end: number; text: string }) =>
      !isQualifiedName(c.text) && roles.some((m) => m.start < c.end && c.start < m.end && !namesTheBody(c, m));

    const phrases = headPhrases(doc, INSTITUTION_HEADS);
    // 联合国家某某局: a known name whose end another name runs past (国家某某局) is the verb's and that name's, not the known body.
    const runPast = (m: { start: number; end: number }) => phrases.some((p) => p.start > m.start && p.start < m.end && p.end > m.end);
    const known = KNOWN.scan(text).filter((m) => !/[A-Za-z]/.test(text[m.start - 1] ?? '') && !/[A-Za-z]/.test(text[m.end] ?? '') && !runPast(m));
    const organisations = tokensOf(doc).filter((t) => t.tag === 'nt' && INSTITUTION_HEADS.some((h) => t.word.endsWith(h)) && !endsWithLookalike(t.word));
    // A known body inside a longer name is part of that name: 公安部 in 公安部经济犯罪侦查局.
    const candidates = outermostPhrases<HeadPhrase & { known?: (typeof known)[number] }>([
      ...known.map((m) => ({ start: m.start, end: m.end, text: m.surface, head: LEXICON, known: m })),
      ...phrases,
      ...organisations.map((t) => ({ start: t.start, end: t.end, text: t.word, head: '' })),
    ]);
    /** Where each body is named, in text order: what a bare 市局 further on may stand for. */
    const named: { start: number; name: string; kind: InstitutionKind }[] = [];
    for (const c of candidates) {
      if (c.known) {
        const { value, surface, start, end } = c.known;
        out.add('Institution', value.name, surface === value.name ? [] : [surface], { kind: value.kind }, { start, end, surface });
        named.push({ start, name: value.name, kind: value.kind });
        continue;
      }
      // A name opening with an ordinal (第九次某某—某某知识产权局…) is a meeting's, not a body's.
      if (GENERIC_NAMES.has(c.text) || c.text.length < 3 || overRole(c) || text[c.start - 1] === '某' || /^第[^，。]{1,6}[届次期]/.test(c.text) || !namesOneBody(doc, c)) continue;
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
        // 杭州市市场监督管理局（杭州市知识产权局）: one body under two names; the text's full form is its name.
        aliases.push(name);
        if (isQualifiedName(paren.alias)) aliases.push(paren.alias);
        name = text.slice(c.start, paren.end);
      }
      const lexical = KNOWN.matchAt(name, 0);
      const isKnown = lexical && lexical.end === name.length;
      const kind = isKnown ? lexical.value.kind : institutionKind(name);
      out.add('Institution', isKnown ? lexical.value.name : name, aliases, { kind });
      named.push({ start: c.start, name: isKnown ? lexical.value.name : name, kind });
    }
    for (const m of bareBureaus(text, named)) out.add('Institution', m.name, [], { kind: 'government' }, m.mention);
    return out.entities();
  },
};
