import type { AnalyzedDocument } from '../../analyze/profile.ts';
import type { RecognizedEntity } from '../../types.ts';
import { clauseFrames, type ClauseFrame } from '../clauses.ts';
import { occurrences } from '../relations/context.ts';
import { ACTIVITY_HEADS, ARRANGEMENT_HEADS, COUNTED, DUTY_OBJECT_END, GENERIC_MEASURES, ITEM_LEAD, LISTED_ACTIVITIES, LISTED_KIND, MAX_DUTY_OBJECT, MEASURE_LEAD, MIN_MEASURE_NAME } from '../lexicon/measures.ts';
import { ADVANCE_VERBS, CONDUCT_VERBS, DUTY_VERBS, HOLD_VERBS, ISSUE_VERBS, OPERATE_VERBS, PIVOT_VERBS, SETUP_VERBS } from '../lexicon/verbs.ts';
import type { EntityRecognizer } from '../types.ts';
import { EntityCollector } from './build.ts';
import { tokensOf } from './phrases.ts';
import { NAME_STOPWORDS } from '../lexicon/heads.ts';
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

/** What an object must end in for the verb to make it a Measure. */
function acceptedHeads(verb: string): string[] {
  if (DUTY.has(verb)) return [];
  if (CONDUCT.has(verb)) return [...ARRANGEMENTS, ...ACTIVITIES];
  if (SETUP.has(verb) || ADVANCE.has(verb)) return ARRANGEMENTS;
  return [];
}

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
export function proseMeasures(doc: { text: string }, frame: ClauseFrame): ProseMeasure[] {
  const { text } = doc;
  const found: ProseMeasure[] = [];
  const object = text.slice(frame.object.start, frame.object.end);
  if (DUTY.has(frame.verb)) {
    const { text: nominal, lead } = clean(object.replace(DUTY_OBJECT_END, ''));
    // 经调解达成协议: a duty word after 经 or 的 is a noun and takes no object.
    const takesObject = !/[经的]$/.test(text.slice(frame.verbStart - 1, frame.verbStart)) && !/[不在]/.test(nominal) && !COUNTED.test(nominal);
    if (takesObject && nominal.length >= MIN_MEASURE_NAME - 2 && nominal.length <= MAX_DUTY_OBJECT) {
      found.push({ name: nominal + frame.verb, aliases: [frame.verb + nominal], start: frame.object.start + lead, end: frame.object.start + lead + nominal.length });
    }
    return found;
  }
  const heads = acceptedHeads(frame.verb);
  for (const part of objectParts(object)) {
    const { text: name, lead } = clean(part.text);
    const head = heads.find((h) => name.endsWith(h));
    if (!head || name.length < MIN_MEASURE_NAME || GENERIC_MEASURES.has(name) || name.length - head.length < 2 || LISTED_KIND.test(name)) continue;
    const start = frame.object.start + part.offset + lead;
    found.push({ name, aliases: [frame.verb + name], start, end: start + name.length });
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
    const lead = ITEM_LEAD.exec(clause)?.[0].length ?? 0;
    const name = clause.slice(lead).trim();
    if (name.length < MIN_MEASURE_NAME || GENERIC_MEASURES.has(name)) continue;
    out.push({ name, aliases: lead ? [clause] : [], start: item.start + lead, end: item.start + lead + name.length, sentence: item.sentence });
  }
  return out;
}

const CLAUSE_VERB_WORDS = new Set([...SETUP_VERBS, ...CONDUCT_VERBS, ...ADVANCE_VERBS, ...DUTY_VERBS, ...ISSUE_VERBS, ...OPERATE_VERBS, ...HOLD_VERBS, ...PIVOT_VERBS, ...NAME_STOPWORDS, '列入', '纳入', '签订', '加大', '做好', '完成']);
/** Parts of speech a measure's noun phrase is made of. */
const NP_TAGS = /^(?:n|nz|ns|nt|nr|vn|an|a|b|j|l|t|m|num|year|grp|eng|f|s|v|vd|i)$/;
const NP_JOINERS = new Set(['和', '与', '、', '的']);
const MAX_MEASURE_NAME = 30;

/**
 * Named arrangements a text reports wherever they stand (…早期解决机制,
 * …失信名单, 2025年推进清单): the noun phrase ending in an arrangement head,
 * reaching left over nouns, the verb joined to the head (解决机制) and the
 * words that join lists inside it, up to a clause verb, a preposition or
 * punctuation; specific enough to name one (a modifier of its own, no class prefix).
 */
function arrangementsNamed(doc: AnalyzedDocument): ProseMeasure[] {
  const tokens = tokensOf(doc);
  const out: ProseMeasure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const head = ARRANGEMENTS.find((h) => t.word.endsWith(h));
    if (!head) continue;
    let k = i;
    // The word joined to the head is part of the name whatever it is (解决机制, 推进清单).
    if (t.word === head && k > 0 && !CLAUSE_VERB_WORDS.has(tokens[k - 1].word) && NP_TAGS.test(tokens[k - 1].tag)) k--;
    while (k > 0 && t.end - tokens[k - 1].start <= MAX_MEASURE_NAME) {
      const prev = tokens[k - 1];
      const joins = NP_JOINERS.has(prev.word) ? k > 1 && NP_TAGS.test(tokens[k - 2].tag) && !CLAUSE_VERB_WORDS.has(tokens[k - 2].word) : NP_TAGS.test(prev.tag) && !CLAUSE_VERB_WORDS.has(prev.word);
      if (!joins) break;
      k--;
    }
    while (k < i && (NP_JOINERS.has(tokens[k].word) || /^(?:v|vd)$/.test(tokens[k].tag))) k++;
    const { text: name, lead } = clean(doc.text.slice(tokens[k].start, t.end));
    if (name.length < MIN_MEASURE_NAME + 2 || name.length - head.length < 2 || GENERIC_MEASURES.has(name) || CLASS_PREFIX_OF_MEASURE.test(name) || LISTED_KIND.test(name)) continue;
    out.push({ name, aliases: [], start: tokens[k].start + lead, end: t.end });
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
    // A programme under a proper name (“某某”专项行动) is a Policy already.
    const policies = found.filter((e) => e.label === 'Policy').flatMap((e) => e.mentions);
    const isPolicy = (m: ProseMeasure) => policies.some((p) => p.start <= m.start && m.end <= p.end);
    const add = (m: ProseMeasure, kind: string, sentence: string) =>
      out.add('Measure', m.name, m.aliases, { kind, status, text: sentence }, { start: m.start, end: m.end, surface: doc.text.slice(m.start, m.end) });
    for (const item of itemMeasures(doc)) add(item, 'task', doc.sentences[item.sentence].text);
    for (const frame of clauseFrames(doc, bodies)) {
      for (const m of proseMeasures(doc, frame).filter((x) => !isPolicy(x))) add(m, 'action', frame.sentence.text);
    }
    const named = found.filter((e) => e.label !== 'Measure' && e.label !== 'Region' && e.label !== 'Outcome').flatMap((e) => e.mentions);
    for (const m of arrangementsNamed(doc)) {
      if (!named.some((n) => n.start < m.end && m.start < n.end)) add(m, 'action', spanText(doc, m.start));
    }
    return out.entities();
  },
};
