import type { AnalyzedDocument } from '../../analyze/profile.ts';
import { normalizeName, withoutClosingBracket } from '../../../core/names.ts';
import type { ExtractedEntity, ExtractedRelation, Sentence } from '../../types.ts';
import type { RelationRule } from '../types.ts';
import { FRAME_GENRES } from '../lexicon/genres.ts';
import { occurrences, relationFrom, within, type Occurrence } from './context.ts';
import { planPolicy, tasksOf } from './structure.ts';
import { subjectsOf } from './templates.ts';

const CLAUSE_BREAK = /[，。；：！？\n]/;

/** Where the clause holding `pos` begins. */
function clauseStart(text: string, floor: number, pos: number): number {
  let i = pos - 1;
  while (i >= floor && !CLAUSE_BREAK.test(text[i])) i--;
  return i + 1;
}

/** 双方共同完善…机制: the parties a sentence names carry out the measure together. */
const JOINT = /(?:双方|各方|三方|两家单位|两家)(?:共同|携手|联合|合力)?$/;
/** What may stand between a clause's start and the measure that is its object: a short verb (紧扣, 搭建, 首创). */
const LEADING_VERB = /^(?:[\u4e00-\u9fa5]{1,4})?$/;

function distinctInstitutions(occ: readonly Occurrence[]): ExtractedEntity[] {
  return [...new Set(occ.filter((o) => o.entity.label === 'Institution').map((o) => o.entity))];
}

/** 双方共同完善…机制: every body the sentence names before the measure carries it out, in any genre. */
function jointParties(doc: AnalyzedDocument, sentence: Sentence, occ: Occurrence[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const m of occ.filter((o) => o.entity.label === 'Measure')) {
    if (!JOINT.test(doc.text.slice(clauseStart(doc.text, sentence.start, m.start), m.start))) continue;
    const parties = distinctInstitutions(occ.filter((o) => o.end <= m.start));
    if (parties.length >= 2) for (const p of parties) out.push(relationFrom(doc, 'IMPLEMENTS', p, m.entity, sentence, 0.7, 'agents:joint-parties'));
  }
  return out;
}

/**
 * IMPLEMENTS from the body a sentence opens with, when the measure is the
 * object of one of its later clauses and no other body comes between them
 * (某市某某法院立足本职，围绕“…”的工作机制，制定…).
 */
function sentenceSubjects(doc: AnalyzedDocument, sentence: Sentence, occ: Occurrence[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const text = doc.text;
  const subjects = subjectsOf(doc, sentence, occ);
  const subjectEnd = subjects.at(-1)?.end;
  if (subjectEnd === undefined) return out;
  for (const m of occ.filter((o) => o.entity.label === 'Measure')) {
    const from = clauseStart(text, sentence.start, m.start);
    const lead = text.slice(from, m.start);
    if (JOINT.test(lead) || m.start < subjectEnd) continue;
    const between = occ.filter((o) => o.start >= subjectEnd && o.end <= m.start && o.entity.label === 'Institution');
    if (between.length || from < subjectEnd || !LEADING_VERB.test(lead)) continue;
    for (const s of subjects) out.push(relationFrom(doc, 'IMPLEMENTS', s.entity, m.entity, sentence, 0.6, 'agents:sentence-subject'));
  }
  return out;
}

/** The genre a plan calls itself by: 规划 for …“十五五”规划. */
const GENRE = /(规划|纲要|方案|计划|意见|措施|办法|行动)[》”"]?$/;

/**
 * In a plan, a body that the sentence opens with and that oversees the plan's
 * implementation (对规划实施情况开展督查, 负责本规划的组织实施) IMPLEMENTS it.
 */
function planImplementers(doc: AnalyzedDocument, plan: ExtractedEntity, occ: Occurrence[]): ExtractedRelation[] {
  // …三年行动方案（2025—2027年）: the genre comes before a bracketed period or draft note.
  const genre = GENRE.exec(withoutClosingBracket(normalizeName(plan.name)))?.[1];
  if (!genre) return [];
  const carriesOut = new RegExp(`(?:本|该)?${genre}(?:的)?(?:组织)?(?:实施|落实|执行)|(?:组织)?(?:实施|落实|执行)(?:本|该)${genre}`);
  const out: ExtractedRelation[] = [];
  for (const sentence of doc.sentences) {
    const said = sentence.isHeading ? null : carriesOut.exec(sentence.text);
    if (!said) continue;
    const here = within(occ, sentence.start, sentence.end);
    // 我市“十六五”商标规划实施…: the genre word belongs to another plan's name.
    const at = sentence.start + said.index;
    if (here.some((o) => o.entity !== plan && o.start <= at && at < o.end)) continue;
    for (const s of subjectsOf(doc, sentence, here)) {
      out.push(relationFrom(doc, 'IMPLEMENTS', s.entity, plan, sentence, 0.7, 'agents:plan-implementation'));
    }
  }
  return out;
}

/** 省知识产权局牵头，省文旅厅、省商务厅配合: the bodies a plan assigns a task to. */
const ASSIGNED = /(?:牵头|负责|配合|参与|协同|按职责分工负责)/g;

/**
 * In a plan, who carries out a task: the bodies named as leading or assisting
 * in its body (…牵头, …配合, often bracketed after the task), and the bodies its
 * sentences open with (省知识产权局会同人行安徽省分行推广…).
 */
function taskAgents(doc: AnalyzedDocument, entities: readonly ExtractedEntity[], occ: Occurrence[], aboutThePlan: Set<number>): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const text = doc.text;
  const taskAt = tasksOf(doc, entities);
  for (const sentence of doc.sentences) {
    // A sentence on carrying out the plan itself (对规划实施情况开展督查) assigns no task.
    if (sentence.isHeading || aboutThePlan.has(sentence.start)) continue;
    const task = taskAt(sentence.start);
    if (!task) continue;
    const here = within(occ, sentence.start, sentence.end);
    const agents = new Set(subjectsOf(doc, sentence, here));
    for (const m of sentence.text.matchAll(ASSIGNED)) {
      const at = sentence.start + m.index;
      const from = clauseStart(text, sentence.start, at);
      const named = here.filter((o) => o.start >= from && o.end <= at && o.entity.label === 'Institution');
      // Only a clause that is nothing but bodies assigns them: 省文旅厅、省商务厅配合.
      const rest = named.reduce((s, o) => s.replace(text.slice(o.start, o.end), ''), text.slice(from, at));
      if (named.length && /^[、和与及（(\s]*$/.test(rest)) for (const o of named) agents.add(o);
    }
    for (const o of agents) if (o.entity.label === 'Institution') out.push(relationFrom(doc, 'IMPLEMENTS', o.entity, task, sentence, 0.7, 'agents:task-assignment'));
  }
  return out;
}

/** Who carries out measures and plans, read from sentences that name the agent of an action. */
export const agentRule: RelationRule = {
  name: 'agents',
  extract(doc, entities) {
    const occ = occurrences(entities);
    const out: ExtractedRelation[] = [];
    // An event list tells deeds in loose sentences (某法院立足…，紧扣…机制) the frames do not all read.
    const framed = FRAME_GENRES.includes(doc.profile.genre) && doc.profile.genre !== 'chronicle';
    for (const sentence of doc.sentences) {
      if (sentence.isHeading) continue;
      const here = within(occ, sentence.start, sentence.end);
      if (!here.some((o) => o.entity.label === 'Measure')) continue;
      out.push(...jointParties(doc, sentence, here));
      // Where clause frames read who carries out what, the sentence's subject is not taken again.
      if (!framed) out.push(...sentenceSubjects(doc, sentence, here));
    }
    const plan = doc.profile.genre === 'plan' ? planPolicy(doc, entities) : undefined;
    if (plan) {
      const implementers = planImplementers(doc, plan, occ);
      out.push(...implementers, ...taskAgents(doc, entities, occ, new Set(implementers.map((r) => r.start))));
    }
    return out;
  },
};
