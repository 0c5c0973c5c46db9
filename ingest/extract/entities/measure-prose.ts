import type { AnalyzedDocument } from '../../analyze/profile.ts';
import type { RecognizedEntity } from '../../types.ts';
import { clauseFrames, hasVerb, type VerbFrame } from '../clauses.ts';
import { occurrences } from '../relations/context.ts';
import { ACTIVITY_HEADS, ARRANGEMENT_HEADS, COUNTED, DUTY_OBJECT_END, GENERIC_MEASURES, ITEM_SETTING, GENERIC_WORK, INTENTION_HEADS, ITEM_LEAD, NOT_AN_OBJECT, LISTED_ACTIVITIES, LISTED_KIND, MAX_DUTY_OBJECT, MEASURE_LEAD, MIN_MEASURE_NAME } from '../lexicon/measures.ts';
import { ADVANCE_VERBS, CONDUCT_VERBS, DUTY_VERBS, SETUP_VERBS } from '../lexicon/verbs.ts';
import type { EntityRecognizer } from '../types.ts';
import { EntityCollector } from './build.ts';
import { nounPhrases } from './noun-phrase.ts';
import { overlapsAny } from '../spans.ts';
import { CLASS_PREFIX_OF_MEASURE } from '../lexicon/measures.ts';

export interface ProseMeasure {
  name: string;
  aliases: string[];
  start: number;
  end: number;
}

const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);
const ARRANGEMENTS = byLength(ARRANGEMENT_HEADS);
const ACTIVITIES = byLength(ACTIVITY_HEADS);
const SETUP = new Set(SETUP_VERBS);
const CONDUCT = new Set(CONDUCT_VERBS);
const ADVANCE = new Set(ADVANCE_VERBS);
const DUTY = new Set(DUTY_VERBS);

/** 某某的调解工作: an activity described with 的 and 工作 is the activity itself. */
const DESCRIBED_ACTIVITY = /^([\u4e00-\u9fa5]{2,12})的([\u4e00-\u9fa5]{2,4})工作$/;

/** What an object must end in for the verb to make it a Measure. */
function acceptedHeads(verb: string): string[] {
  if (DUTY.has(verb)) return [];
  if (CONDUCT.has(verb) || ADVANCE.has(verb)) return [...ARRANGEMENTS, ...ACTIVITIES];
  if (SETUP.has(verb)) return ARRANGEMENTS;
  return [];
}

/**
 * How much an activity's modifier must say after a verb that only strengthens
 * or advances it: 加强宣传 is an intention, 加强重点项目商标品牌管理 a measure.
 */
const ADVANCED_ACTIVITY_MODIFIER = 4;

/** The parts of an object that are measures of their own: 质押贷款、保险等业务 → two; A以及B → two. */
function objectParts(object: string): { text: string; offset: number }[] {
  const listed = LISTED_ACTIVITIES.exec(object);
  const splitAt = listed ? /、/g : /以及/g;
  const body = listed ? listed[1] : object;
  const parts: { text: string; offset: number }[] = [];
  let from = 0;
  for (const m of body.matchAll(splitAt)) {
    parts.push({ text: body.slice(from, m.index), offset: from });
    from = m.index + m[0].length;
  }
  parts.push({ text: body.slice(from), offset: from });
  return parts;
}

const clean = (text: string) => {
  const lead = MEASURE_LEAD.exec(text)?.[0].length ?? 0;
  return { text: text.slice(lead), lead };
};

/**
 * The measures a clause names in its object: a named arrangement a body sets
 * up or improves (建立健全X机制 → X机制), an activity it carries out (开展X分析,
 * 提供X服务, 给予X支持), a duty a regulation assigns (处理X纠纷 → X纠纷处理).
 * The name is the noun phrase; the verb phrase is kept as an alias.
 */
export function proseMeasures(doc: { text: string }, frame: VerbFrame): ProseMeasure[] {
  const { text } = doc;
  const found: ProseMeasure[] = [];
  const object = text.slice(frame.object.start, frame.object.end);
  if (DUTY.has(frame.verb)) {
    const { text: nominal, lead } = clean(object.replace(DUTY_OBJECT_END, ''));
    // 经调解达成协议: a duty word after 经 or 的 is a noun and takes no object.
    const takesObject = !/[经的]$/.test(text.slice(frame.verbStart - 1, frame.verbStart)) && !/[不在]/.test(nominal) && !COUNTED.test(nominal) && !NOT_AN_OBJECT.test(nominal);
    if (takesObject && nominal.length >= MIN_MEASURE_NAME - 2 && nominal.length <= MAX_DUTY_OBJECT) {
      found.push({ name: nominal + frame.verb, aliases: [frame.verb + nominal], start: frame.object.start + lead, end: frame.object.start + lead + nominal.length });
    }
    return found;
  }
  // 行政处罚、行政强制措施由某部门实施: what a body is said to carry out is a measure, whatever its head.
  if (frame.passive) {
    for (const part of object.split('、')) {
      const { text: name, lead } = clean(part);
      const at = frame.object.start + object.indexOf(part) + lead;
      if (name.length >= MIN_MEASURE_NAME && !GENERIC_MEASURES.has(name) && !COUNTED.test(name)) found.push({ name, aliases: [], start: at, end: at + name.length });
    }
    return found;
  }
  const heads = acceptedHeads(frame.verb);
  for (const part of objectParts(object)) {
    const { text: name, lead } = clean(part.text);
    const head = heads.find((h) => name.endsWith(h));
    if (!head || COUNTED.test(name) || name.length < MIN_MEASURE_NAME || GENERIC_MEASURES.has(name) || name.length - head.length < 2 || LISTED_KIND.test(name)) continue;
    if (ADVANCE.has(frame.verb) && !ARRANGEMENTS.includes(head) && (name.length - head.length < ADVANCED_ACTIVITY_MODIFIER || INTENTION_HEADS.has(head))) continue;
    if (GENERIC_WORK.test(name)) continue;
    const start = frame.object.start + part.offset + lead;
    // 开展某某纠纷的调解工作: the activity is 某某纠纷调解.
    const plain = DESCRIBED_ACTIVITY.test(name) ? name.replace(DESCRIBED_ACTIVITY, '$1$2') : name;
    found.push({ name: plain, aliases: [frame.verb + name, ...(plain === name ? [] : [name])], start, end: start + name.length });
  }
  return found;
}

/** The sentence around a position, for a measure's text. */
function spanText(doc: AnalyzedDocument, at: number): string {
  return doc.sentences.find((s) => s.start <= at && at < s.end)?.text ?? '';
}

/**
 * What a report's numbered items name (一是组织开展年度某某考核 → 年度某某考核):
 * the words after the item's opening verbs up to the end of its first clause.
 */
export function itemMeasures(doc: AnalyzedDocument): (ProseMeasure & { sentence: number })[] {
  const out: (ProseMeasure & { sentence: number })[] = [];
  for (const item of doc.profile.items) {
    const clause = doc.text.slice(item.start, item.end).split(/[，。；：]/)[0];
    // 会同某局开展…, 在某园区开展…: the task follows the phrase that says with whom or where.
    const setting = ITEM_SETTING.exec(clause)?.[0].length ?? 0;
    const verbs = ITEM_LEAD.exec(clause.slice(setting))?.[0].length ?? 0;
    // An item that opens with no task verb (建成某中心, 依托某平台，…) names a facility or a means, not a task.
    if (!verbs) continue;
    const lead = setting + verbs;
    const name = clause.slice(lead).trim();
    if (name.length < MIN_MEASURE_NAME || GENERIC_MEASURES.has(name)) continue;
    out.push({ name, aliases: lead ? [clause] : [], start: item.start + lead, end: item.start + lead + name.length, sentence: item.sentence });
  }
  return out;
}

/**
 * Named arrangements a text reports wherever they stand (…早期解决机制,
 * …失信名单, 2030年推进清单), specific enough to name one (a modifier of its
 * own, no class prefix).
 */
function arrangementsNamed(doc: AnalyzedDocument): ProseMeasure[] {
  const out: ProseMeasure[] = [];
  for (const p of nounPhrases(doc, ARRANGEMENTS)) {
    const { text: name, lead } = clean(p.text);
    if (name.length < MIN_MEASURE_NAME + 2 || name.length - p.head.length < 2 || GENERIC_MEASURES.has(name) || CLASS_PREFIX_OF_MEASURE.test(name) || LISTED_KIND.test(name)) continue;
    out.push({ name, aliases: [], start: p.start + lead, end: p.end });
  }
  return out;
}

/**
 * Measures written in prose, in every genre but plans (whose measures are
 * their task headings) and event lists: what the clauses of a regulation,
 * report or news text say a body sets up, carries out or must do.
 */
export const proseMeasureRecognizer: EntityRecognizer = {
  name: 'measure-prose',
  genres: ['regulation', 'report', 'news', 'press-release', 'notice'],
  confidence: 0.6,
  recognize(doc: AnalyzedDocument, found): RecognizedEntity[] {
    const out = new EntityCollector(doc.text);
    const bodies = occurrences(found.filter((e) => e.label === 'Institution')).map((o) => ({ key: o.entity.key, start: o.start, end: o.end }));
    const status = doc.profile.genre === 'regulation' ? 'planned' : 'done';
    // A programme under a proper name (“某某”专项行动) is a Policy already; a training or a contest held is an Event.
    const named = found.filter((e) => e.label === 'Policy' || e.label === 'Event' || e.label === 'Platform').flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
    // 推进某某示范区建设, 加强某某网络建设: the building of a named thing is that thing's, no measure of its own.
    const isNamed = (m: ProseMeasure) =>
      overlapsAny(named, m.start, m.end, (p) => p.start <= m.start && (m.end <= p.end || (p.start === m.start && /^(?:建设|工作|项目)$/.test(doc.text.slice(p.end, m.end)))));
    const add = (m: ProseMeasure, kind: string, sentence: string) =>
      out.add('Measure', m.name, m.aliases, { kind, status, text: sentence }, { start: m.start, end: m.end, surface: doc.text.slice(m.start, m.end) });
    for (const item of itemMeasures(doc).filter((x) => !isNamed(x))) add(item, 'task', doc.sentences[item.sentence].text);
    for (const frame of clauseFrames(doc, bodies).filter(hasVerb)) {
      for (const m of proseMeasures(doc, frame).filter((x) => !isNamed(x))) add(m, 'action', frame.sentence.text);
    }
    const names = found.filter((e) => e.label !== 'Measure' && e.label !== 'Region' && e.label !== 'Outcome').flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
    const headings = doc.sentences.filter((x) => x.isHeading);
    for (const m of arrangementsNamed(doc).filter((x) => !headings.some((h) => h.start <= x.start && x.end <= h.end))) {
      if (!overlapsAny(names, m.start, m.end)) add(m, 'action', spanText(doc, m.start));
    }
    return out.entities();
  },
};
