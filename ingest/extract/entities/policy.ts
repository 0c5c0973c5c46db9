import type { AnalyzedDocument } from '../../analyze/profile.ts';
import { withoutClosingBracket } from '../../../core/names.ts';
import { GENERIC_NAMES, POLICY_HEADS, QUOTED_ONLY_POLICY_HEADS } from '../lexicon/heads.ts';
import type { EntityRecognizer } from '../types.ts';
import { parentheticalAt } from './aliases.ts';
import { EntityCollector, mentionsOf } from './build.ts';
import { headPhrases, outermostPhrases, type HeadPhrase } from './phrases.ts';
import { isNamedPhrase, isSlogan } from './specific.ts';
import { PARTNER_SHORT_FORMS } from '../lexicon/regions.ts';

const HEADS_LONGEST_FIRST = [...POLICY_HEADS].sort((a, b) => b[0].length - a[0].length);
/** 《…》 titles of newspapers, reports and books are not instruments; nor is a title with no genre word unless it reads 关于…. */
const PUBLICATION = /(?:报|时报|日报|杂志|期刊|周刊|文集|年鉴|报告|研究)$/;
/** How an instrument names itself: 本条例, 本办法, 本规划. */
const SELF_NAME = /本(?:条例|办法|规定|细则|规则|决定|规划|方案|纲要|意见|计划|措施|指引)/g;

/** Verbs of issuing right before a title: what follows is an instrument whatever its genre word. */
const ISSUING_BEFORE = /(?:印发|发布|制定|出台|编制|颁布|公布|修订|印发实施|发布实施)$/;
/** A title that is only a genre word is a short reference to a policy named in full elsewhere: 《纲要》. */
const BARE_GENRE = /^[\u4e00-\u9fa5]{0,1}(?:纲要|规划|条例|意见|方案|办法|决定|通知|报告)$/;
const TITLE = /《([^《》\n]{2,80})》/g;
/** A quoted name ending in a genre head: 深化实施“某某湾某某保护工程”. */
const QUOTED = /“([^“”\n]{4,40})”/g;
/**
 * What follows an issuing verb up to a genre head is an instrument's name even
 * without 《》: 江海出台商标赋能产业发展若干举措. The name has no clause punctuation.
 */
const ISSUED_NAME = /(?:出台实施|出台|印发|颁布|发布实施|研究制定|制定)(?:和实施|并实施|和执行)?(?!相关|有关)([^，。；：、\s《》（）()]{4,36}?(?:若干举措|若干措施|若干规定|具体举措|实施意见|实施方案|行动方案|工作方案|行动计划|实施细则|管理办法|暂行办法|举措|措施|意见|方案|办法|规定|细则|规划|纲要|计划|指引|条例))(?=[，。；、和及与\s]|$)/g;
/**
 * Programmes, pilots and designations are named in prose without 《》 (某某振兴行动,
 * 某某资产管理试点); a document genre without 《》, a place or a national
 * scope is a generic reference (完善商标行政执法指引).
 */
const NAMED_IN_PROSE_KINDS = new Set(['programme', 'pilot', 'plan']);
const PROSE_PLAIN = { tokens: 2, chars: 4 };
const PROSE_GENRES = new Set(['规划', '纲要', '计划']);
/** 全国首批 before a national designation is the round it was chosen in, not its name. */
const SELECTION_ROUND = /^(?:全国)?首批(?=国家)/;

/** The ontology kind from the genre word that ends a title, with any （修订草案） or （2021—2035年） dropped. */
export function policyKind(title: string): string | null {
  const core = withoutClosingBracket(title.replace(/[《》“”]/g, ''));
  return HEADS_LONGEST_FIRST.find(([head]) => core.endsWith(head))?.[1] ?? null;
}

export function policyYear(name: string): number | null {
  const m = /((?:19|20)\d{2})\s*(?:年|—|-|–)/.exec(name);
  return m ? Number(m[1]) : null;
}

const GENRE_HEADS = POLICY_HEADS.map(([head]) => head);

/** 中欧, 中法, 中泰: a bilateral name opens with China and a partner's one-character short form. */
const BILATERAL = new RegExp(`^中[${PARTNER_SHORT_FORMS}]`);
/** 签订新一轮某某备忘录: what is signed is an agreement by that name; 新一轮 says which round. */
const SIGNED_BEFORE = /(?:签订|签署|缔结|续签)(?:了)?(?:新一轮|新一期)?$/;
const ROUND = /^(?:新一轮|新一期)/;
/** 战略合作协议, 合作框架协议: a kind of agreement, not one by name. */
const GENERIC_AGREEMENT = /^(?:新一轮|新一期)?(?:全面)?(?:战略)?(?:合作)?(?:框架)?(?:协议|备忘录|协定)$/;

function untitledNames(doc: AnalyzedDocument): (HeadPhrase & { alias?: string })[] {
  const { text } = doc;
  const own = doc.profile.jurisdiction?.canonical ?? '';
  // …强省建设试点省: the designation is the longest name, not the 试点 inside it. A year written against it is part of it (2024年度某某典型案例).
  return outermostPhrases(headPhrases(doc, GENRE_HEADS, { keepYear: true }))
    .map((c) => (text[c.start - 1] === '中' && BILATERAL.test('中' + c.text) ? { ...c, start: c.start - 1, text: '中' + c.text } : c))
    .map((c) => {
      const round = SELECTION_ROUND.exec(c.text)?.[0].length ?? 0;
      return round ? { ...c, start: c.start + round, text: c.text.slice(round) } : c;
    })
    .flatMap((c): (HeadPhrase & { alias?: string })[] => {
      if (GENERIC_NAMES.has(c.text) || c.text.length < 4 || text[c.start - 1] === '《') return [];
      const kind = policyKind(c.text);
      // 申报市某某项目 in a city's own text: the city's programme.
      const level = /^[省市](?!场)/.exec(c.text)?.[0];
      if (level && own.endsWith(level) && c.text.length >= 6) return [{ ...c, text: own + c.text.slice(1), alias: c.text }];
      if (QUOTED_ONLY_POLICY_HEADS.has(c.head) && !c.text.includes('“')) return [];
      if (kind === 'agreement' && SIGNED_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)) && !GENERIC_AGREEMENT.test(c.text)) {
        const round = ROUND.exec(c.text)?.[0];
        return round ? [{ ...c, text: c.text.slice(round.length), start: c.start + round.length, alias: c.text }] : [c];
      }
      if (BILATERAL.test(c.text)) return [c];
      const plain = kind && NAMED_IN_PROSE_KINDS.has(kind) && !PROSE_GENRES.has(c.head) ? PROSE_PLAIN : null;
      return isNamedPhrase(doc, c, plain) ? [c] : [];
    });
}

/** Genres whose title is the instrument's name; a headline ending in 保护高地 or 试点 is not. */
const INSTRUMENT_KINDS = new Set(['law', 'regulation', 'plan', 'opinion', 'programme']);
/** A headline opens with what someone does: 推动建设…, 打造…. */
const HEADLINE_OPENING = /^(?:推动|推进|打造|建设|加快|深化|全力|奋力|聚焦|助力|构建)/;

/** The instrument a document is, named by its title (某某省商标品牌建设行动方案（2030—2032年）). */
function ownTitle(doc: AnalyzedDocument): { name: string; start: number } | null {
  const name = doc.title.trim();
  const start = doc.text.indexOf(name);
  const kind = policyKind(name);
  if (start < 0 || !kind || !INSTRUMENT_KINDS.has(kind) || HEADLINE_OPENING.test(name) || PUBLICATION.test(name) || name.length > 60) return null;
  return { name, start };
}

/** Named instruments: the document's own title, 《…》 titles, names after an issuing verb, quoted names and names ending in a genre head (条例 规划 试点 示范城市 …). */
export const policyRecognizer: EntityRecognizer = {
  name: 'policy',
  confidence: 0.85,
  recognize(doc) {
    const { text } = doc;
    const out = new EntityCollector(text);
    const titled: string[] = [];
    const add = (name: string, start: number, aliases: string[] = []) => {
      titled.push(name, ...aliases);
      out.add('Policy', name, aliases, { kind: policyKind(name) ?? 'regulation', year: policyYear(name) }, { start, end: start + name.length, surface: name });
    };

    const own = ownTitle(doc);
    if (own) {
      add(own.name, own.start);
      // 本条例, 本办法: the instrument naming itself in its own provisions.
      for (const m of text.matchAll(SELF_NAME)) out.add('Policy', own.name, [], {}, { start: m.index, end: m.index + m[0].length, surface: m[0] });
    }
    for (const m of text.matchAll(TITLE)) {
      const title = m[1];
      // What a body issues or compiles under a title is an instrument, whatever its genre word (《某某操作规程（试行）》, 《某某质量要求》).
      const issued = ISSUING_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index));
      if (!issued && (PUBLICATION.test(title) || BARE_GENRE.test(title) || (!policyKind(title) && !title.startsWith('关于')))) continue;
      const paren = parentheticalAt(text, m.index + m[0].length);
      add(m[0], m.index, paren?.kind === 'short' ? [paren.alias] : []);
    }
    for (const m of text.matchAll(ISSUED_NAME)) {
      // In a plan, 制定某某办法 is a task to be done, not an instrument already named.
      if (doc.profile.genre === 'plan' && /^(?:研究)?制定/.test(m[0])) continue;
      add(m[1], m.index + m[0].length - m[1].length);
    }
    for (const m of text.matchAll(QUOTED)) {
      const kind = policyKind(m[1]);
      if (kind && !isSlogan(m[1])) add(m[1], m.index + 1);
    }

    const untitled = untitledNames(doc);
    // Names already read as titles, quotes or issued names claim every place they occur.
    const claimed = mentionsOf(text, titled);
    for (const c of untitled) {
      if (claimed.some((m) => m.start <= c.start && c.end <= m.end)) continue;
      add(c.text, c.start, c.alias ? [c.alias] : []);
    }
    return out.entities();
  },
};
