import type { AnalyzedDocument } from '../../analyze/profile.ts';
import type { Section, Sentence } from '../../types.ts';
import type { EntityRecognizer } from '../types.ts';
import { EntityCollector } from './build.ts';

/** Instruments whose provisions set out what is to be done. */

/**
 * A plan's task headings are imperative verb phrases (完善…, 加强…, 深入实施…);
 * headings such as 发展成就, 指导思想 or 保障措施 are not tasks.
 */
const TASK_ADVERB = '(?:大力|深入|全面|持续|加快|积极|着力|切实|进一步|不断|统筹|高标准|高质量)';
/** 发展 opens a task only after an adverb (大力发展…); alone it heads nouns such as 发展形势. */
const TASK_VERB = new RegExp(
  `^(?:${TASK_ADVERB}发展|${TASK_ADVERB}?(?:完善|加强|强化|构建|优化|提升|促进|推进|推动|健全|打造|夯实|厚植|深化|实施|运用|建设|建立|培育|营造|拓展|扩大|激发|支持|提高|创新|规范|严格|落实|探索|开展|做强|做优|增强|巩固|筑牢|深耕|加大|引导|鼓励|保障|服务|聚焦|畅通|升级|形成))`,
);

/** Headings of a plan's closing chapter, not tasks: 保障措施, 组织保障. */
const SAFEGUARDS = /^(?:保障措施|组织保障|实施保障|保障机制|组织实施|实施机制)$/;

export function isTaskTitle(title: string): boolean {
  return TASK_VERB.test(title) && title.length <= 40 && !SAFEGUARDS.test(title);
}

function sectionText(doc: AnalyzedDocument, s: Section): string {
  return doc.text.slice(s.start, s.bodyEnd).replace(/\s+/g, ' ').trim();
}

/** The span of a heading's title inside its heading line. */
function titleSpan(doc: AnalyzedDocument, s: Section) {
  const at = doc.text.indexOf(s.title, s.start);
  return at >= 0 && at < s.end ? { start: at, end: at + s.title.length, surface: s.title } : { start: s.start, end: s.end, surface: doc.text.slice(s.start, s.end) };
}

/**
 * Task headings of a plan: the verb-phrase headings with no task below them,
 * at whatever depth the plan numbers its tasks (三、 > （一） > 1.): a heading
 * that groups tasks (（一）强化知识产权保护) is a chapter, not a task.
 */
function taskSections(doc: AnalyzedDocument): Section[] {
  const candidates = doc.sections.filter((s) => s.kind !== 'column' && s.kind !== 'month' && isTaskTitle(s.title));
  const hasTaskChild = new Set(candidates.map((s) => s.parent).filter((p): p is number => p !== null));
  return candidates.filter((s) => !hasTaskChild.has(s.index));
}

// ---------------------------------------------------------------- actions in prose

const NUM = '(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九十百千两]+)';
/** 新建12家商标品牌指导基地: a verb, a count and what was set up, up to the clause's end. */
const COUNTED_ACTION = new RegExp(`(?:新建|新增|建成|组建|设立|开展|培育|认定|打造|推出|发布|实施|举办|建设)${NUM}(?:家|个|项|批|支|座|所|场|期)[^，。；、：《》\\s\\d（(]{4,30}(?=[，。；])`, 'g');
/** 打造商标品牌培育体系等3项经验做法: the named practice before 等N项经验/做法/举措. */
const LISTED_PRACTICE = new RegExp(`([^，。；、：“”\\s]{4,30}?)等${NUM}(?:项|条|个)(?:创新)?(?:经验做法|经验|做法|举措|案例)`, 'g');
/** A quoted proper part followed by a mechanism head: “1+2+N”服务体系, “先调后裁”新模式. */
const QUOTED_MECHANISM = /“[^“”]{2,40}”(?:的)?[^，。；、“”\s]{0,12}(?:机制|制度|模式|体系|工作法)/g;
/** A short verb-free qualifier directly before the quote belongs to the name: 海关知识产权保护“先调后裁”新模式. */
const ACTION_VERB = /(?:首创|构建|搭建|建立|健全|完善|推出|形成|探索|紧扣|实施|创新|打造|出台|落地|开展|推行|建成)$/;
/**
 * 完善商标快审制度: an unquoted mechanism introduced by a verb, only when the
 * noun phrase is plain. The mechanism is named by the noun phrase; the text's
 * verb phrase is kept as an alias.
 */
const VERB_MECHANISM = /(建立健全|建立和完善|建立|完善|健全|探索|推行|实行)([\u4e00-\u9fa5]{4,16}?(?:机制|制度))(?=[，。；、])/g;

interface Found {
  name: string;
  start: number;
  end: number;
  aliases: string[];
}

function qualifierBefore(text: string, quoteAt: number, floor: number): number {
  for (let i = quoteAt - 1, n = 0; i >= floor && n <= 12; i--, n++) {
    if (/[，。；、：“”\s和与及]/.test(text[i])) return quoteAt;
    if (ACTION_VERB.test(text.slice(floor, i + 1)) && i + 1 < quoteAt) return i + 1;
  }
  return quoteAt;
}

function actionsIn(doc: AnalyzedDocument, sentence: Sentence): Found[] {
  const found: Found[] = [];
  const at = (local: number) => sentence.start + local;
  const s = sentence.text;
  for (const m of s.matchAll(COUNTED_ACTION)) found.push({ name: m[0], start: at(m.index), end: at(m.index + m[0].length), aliases: [] });
  // Patterns with lazy groups run only where their keyword occurs.
  for (const m of s.includes('等') ? s.matchAll(LISTED_PRACTICE) : []) {
    const name = m[1].replace(/^(?:其中|包括|以及|和|及)/, '');
    const start = m.index + m[0].indexOf(name);
    found.push({ name, start: at(start), end: at(start + name.length), aliases: [] });
  }
  for (const m of s.includes('“') ? s.matchAll(QUOTED_MECHANISM) : []) {
    const start = qualifierBefore(s, m.index, Math.max(0, m.index - 12));
    const name = s.slice(start, m.index + m[0].length);
    found.push({ name, start: at(start), end: at(m.index + m[0].length), aliases: [] });
  }
  for (const m of s.matchAll(VERB_MECHANISM)) {
    const [phrase, verb, mechanism] = m;
    if (/[的、“”]/.test(phrase)) continue;
    found.push({ name: mechanism, start: at(m.index + verb.length), end: at(m.index + phrase.length), aliases: [phrase] });
  }
  // Overlapping finds keep the longest.
  return found
    .sort((a, b) => b.end - b.start - (a.end - a.start))
    .filter((f, i, all) => !all.slice(0, i).some((g) => f.start < g.end && g.start < f.end));
}

/**
 * Measures: a plan's numbered tasks, 专栏 projects, and in reports the actions
 * the text names (counted set-ups, listed practices, named mechanisms).
 */
export const measureRecognizer: EntityRecognizer = {
  name: 'measure',
  confidence: 0.7,
  recognize(doc) {
    const out = new EntityCollector(doc.text);
    const plan = doc.profile.genre === 'plan';
    if (plan) {
      for (const s of taskSections(doc)) {
        out.add('Measure', s.title, [], { kind: 'task', status: 'planned', text: sectionText(doc, s) }, titleSpan(doc, s));
      }
    }
    for (const s of doc.sections.filter((x) => x.kind === 'column')) {
      out.add('Measure', s.title, [], { kind: 'project', status: plan ? 'planned' : 'done', text: sectionText(doc, s) }, titleSpan(doc, s));
    }
    if (!plan) {
      // A regulation's articles prescribe what they name; a report tells what was done.
      const status = doc.profile.genre === 'regulation' || doc.profile.genre === 'plan' ? 'planned' : 'done';
      for (const sentence of doc.sentences) {
        if (sentence.isHeading) continue;
        for (const f of actionsIn(doc, sentence)) {
          out.add('Measure', f.name, f.aliases, { kind: 'action', status, text: sentence.text }, { start: f.start, end: f.end, surface: doc.text.slice(f.start, f.end) });
        }
      }
    }
    return out.entities();
  },
};
