import type { AnalyzedDocument } from '../../analyze/profile.ts';
import { normalizeName } from '../../../core/names.ts';
import type { ExtractedEntity, ExtractedRelation, Section } from '../../types.ts';
import { tokensIn } from '../entities/phrases.ts';
import { periodOf } from '../entities/outcome-fact.ts';
import type { RelationRule } from '../types.ts';
import { evidenceSpan, joinedRun, occurrences, relationFrom, sentenceAt, within, type Occurrence } from './context.ts';

const PLAN_KINDS = new Set(['plan', 'programme', 'opinion']);

/** The plan a document is: the Policy its title names, else a plan named in its opening lines. */
export function planPolicy(doc: AnalyzedDocument, entities: readonly ExtractedEntity[]): ExtractedEntity | undefined {
  const title = normalizeName(doc.title);
  const policies = entities.filter((e) => e.label === 'Policy');
  const named = policies
    .filter((p) => [p.name, ...p.aliases].some((n) => title.includes(normalizeName(n)) && normalizeName(n).length >= 4))
    .sort((a, b) => b.name.length - a.name.length)[0];
  return named ?? policies.find((p) => PLAN_KINDS.has(String(p.props.kind)) && p.mentions.some((m) => m.start < 200));
}

/** The task or 专栏 Measure each section heading introduces. */
function measuresBySection(doc: AnalyzedDocument, entities: readonly ExtractedEntity[]): Map<number, ExtractedEntity> {
  const out = new Map<number, ExtractedEntity>();
  const structural = entities.filter((e) => e.label === 'Measure' && (e.props.kind === 'task' || e.props.kind === 'project'));
  for (const s of doc.sections) {
    const m = structural.find((e) => e.mentions.some((x) => x.start >= s.start && x.end <= s.end));
    if (m) out.set(s.index, m);
  }
  return out;
}

/** A finder of the task or 专栏 of a plan whose body holds a position. */
export function tasksOf(doc: AnalyzedDocument, entities: readonly ExtractedEntity[]): (pos: number) => ExtractedEntity | undefined {
  const bySection = measuresBySection(doc, entities);
  return (pos) => enclosingMeasure(doc, bySection, pos);
}

/** The innermost task or 专栏 whose body holds `pos`. */
function enclosingMeasure(doc: AnalyzedDocument, bySection: Map<number, ExtractedEntity>, pos: number): ExtractedEntity | undefined {
  let best: Section | undefined;
  for (const s of doc.sections) if (bySection.has(s.index) && pos >= s.start && pos < s.bodyEnd && (!best || s.level >= best.level)) best = s;
  return best && bySection.get(best.index);
}

/** A table of another period's figures belongs to that period's plan (表1 “十四五” figures in a “十五五” plan). */
function tablePlan(doc: AnalyzedDocument, entities: readonly ExtractedEntity[], pos: number, fallback: ExtractedEntity | undefined) {
  const table = doc.tables.find((t) => pos >= t.start && pos < t.end);
  const period = periodOf(table?.caption ?? '');
  if (!table || !period || period === periodOf(doc.title)) return fallback;
  const bare = period.replace(/末$/, '');
  return entities.find((e) => e.label === 'Policy' && PLAN_KINDS.has(String(e.props.kind)) && normalizeName(e.name).includes(bare)) ?? fallback;
}

/**
 * What a plan's layout states: tasks and 专栏 are PART_OF the plan; targets
 * TARGETS from the task they sit in (tables: from the plan); policies named in
 * a task are what it REFERENCES; every outcome is MEASURED_IN its subject region.
 */
export const planStructureRule: RelationRule = {
  name: 'plan-structure',
  extract(doc, entities) {
    const out: ExtractedRelation[] = [];
    const plan = doc.profile.genre === 'plan' ? planPolicy(doc, entities) : undefined;
    const bySection = measuresBySection(doc, entities);
    if (plan) {
      for (const measure of new Set(bySection.values())) {
        out.push(relationFrom(doc, 'PART_OF', measure, plan, evidenceSpan(doc, measure.mentions[0].start), 0.95, 'plan-structure:task'));
      }
      const occ = occurrences(entities);
      for (const o of occ) {
        if (o.entity.label !== 'Policy' || o.entity === plan) continue;
        const measure = enclosingMeasure(doc, bySection, o.start);
        if (measure && normalizeName(measure.name) !== normalizeName(o.entity.name)) {
          out.push(relationFrom(doc, 'REFERENCES', measure, o.entity, evidenceSpan(doc, o.start), 0.7, 'plan-structure:reference'));
        }
      }
    }
    const regions = entities.filter((e) => e.label === 'Region');
    for (const outcome of entities.filter((e) => e.label === 'Outcome')) {
      const first = outcome.mentions[0]?.start ?? 0;
      const subject = regions.find((r) => r.name === outcome.props.subject || r.aliases.includes(String(outcome.props.subject)));
      if (subject) out.push(relationFrom(doc, 'MEASURED_IN', outcome, subject, evidenceSpan(doc, first), 0.9, 'plan-structure:subject'));
      if (outcome.props.kind !== 'target') continue;
      // A target in the plan's table and again in a task belongs to both.
      const owners = new Set<ExtractedEntity>();
      for (const { start: at } of outcome.mentions) {
        const inTable = doc.tables.some((t) => at >= t.start && at < t.end);
        const owner = inTable ? tablePlan(doc, entities, at, plan) : (enclosingMeasure(doc, bySection, at) ?? plan);
        if (!owner || owners.has(owner)) continue;
        owners.add(owner);
        out.push(relationFrom(doc, 'TARGETS', owner, outcome, evidenceSpan(doc, at), inTable ? 0.9 : 0.8, `plan-structure:${inTable ? 'table' : 'task'}-target`));
      }
    }
    return out;
  },
};

/** The case a chronicle item's heading names (江海成功办理首宗…行政裁决案), by the section whose body holds `pos`. */
function caseHeadingAt(doc: AnalyzedDocument, cases: readonly ExtractedEntity[], pos: number): ExtractedEntity | undefined {
  const section = doc.sections.filter((s) => pos >= s.end && pos < s.bodyEnd).sort((a, b) => b.level - a.level)[0];
  return section && cases.find((e) => e.mentions.some((m) => m.start >= section.start && m.end <= section.end));
}

const CLAUSE = /[，。；：]/;
/** Words a clause may open with before its verb: when, how much, how far. */
const CLAUSE_LEAD = /^(?:全年|全区|全市|全省|累计|共|上半年|下半年|当年|同期|其中|进一步|有效)*/;

/** Clauses a figure may be told after the action that produced it, in the same sentence. */
const MAX_CLAUSES_AFTER = 3;
/** Two-character words too common to tie a figure to an action (知识产权, 专利 …). */
const COMMON_WORDS = new Set(['知识', '识产', '产权', '专利', '企业', '服务', '工作', '全市', '全省', '全国', '案件', '数量']);

/** Whether a figure's clause speaks of the action by one of its own words (开展商标快速审查…，审查合格案件…周期压缩至20天). */
function sharesAWord(clause: string, name: string): boolean {
  for (let i = 0; i + 2 <= name.length; i++) {
    const w = name.slice(i, i + 2);
    if (/^[\u4e00-\u9fa5]{2}$/.test(w) && !COMMON_WORDS.has(w) && clause.includes(w)) return true;
  }
  return false;
}

/**
 * An action, facility or programme produced a figure told after it in its
 * sentence, unless another body takes over as subject in between: in its own
 * clause, in a later clause that opens with a verb (开展“净网”行动，查处…520件),
 * or in one whose words speak of the action (开展商标快速审查…，审查合格案件的注册
 * 周期压缩至68天); not …落地数据知识产权信托，全年专利质押登记金额超100亿元.
 */
function actsInto(doc: AnalyzedDocument, o: Occurrence, figureAt: number, bodies: readonly Occurrence[]): boolean {
  const between = doc.text.slice(o.end, figureAt);
  // 打造某某服务体系等2项经验做法入选…: the figure counts the practices, it is not their result.
  if (between.startsWith('等')) return false;
  const breaks = [...between.matchAll(/[，。；：]/g)].map((m) => o.end + m.index + 1);
  if (!breaks.length) return true;
  if (breaks.length > MAX_CLAUSES_AFTER) return false;
  for (const at of breaks) {
    const lead = CLAUSE_LEAD.exec(doc.text.slice(at, figureAt))?.[0].length ?? 0;
    if (bodies.some((b) => b.start === at + lead)) return false;
  }
  const clauseStart = breaks[breaks.length - 1];
  const clause = doc.text.slice(clauseStart, figureAt).replace(CLAUSE_LEAD, '');
  // The figure's mention may open its clause with the verb itself (查处…860件).
  if (!clause) return true;
  const first = tokensIn(doc, figureAt - clause.length, figureAt)[0];
  return (!!first && /^(?:v|p|d|ad)$/.test(first.tag)) || sharesAWord(clause, o.entity.name);
}

/** Set-up verbs: a facility named as what a clause set up (新设28个某某平台，…) is counted there, it produces nothing later. */
const SET_UP_BEFORE = /(?:新设|新建|建成|设立|组建|新增|建设|挂牌|获批)[^，。；]{0,12}$/;

/**
 * A facility produced the figures told after it in its sentence (保护中心投入运行后，
 * …压缩至最快5个工作日), unless another body takes over as subject, or the
 * facility was only what a clause before the figure's set up.
 */
function facilityServes(doc: AnalyzedDocument, o: Occurrence, figureAt: number, bodies: readonly Occurrence[], outcome: ExtractedEntity): boolean {
  // 新设某某平台2个: a figure counting the setting up of the facility is not its result.
  const indicator = String(outcome.props.indicator ?? '');
  const at = indicator.indexOf(o.entity.name.slice(-4));
  if (at >= 0 && SET_UP_BEFORE.test(indicator.slice(0, at))) return false;
  // 某地、某地等2个某某平台: a facility counted in a list was set up there.
  if (/^(?:、|等)/.test(doc.text.slice(o.end, o.end + 1))) return false;
  const between = doc.text.slice(o.end, figureAt);
  const breaks = [...between.matchAll(/[，。；：]/g)].map((m) => o.end + m.index + 1);
  if (!breaks.length) return true;
  if (breaks.length > MAX_CLAUSES_AFTER || SET_UP_BEFORE.test(doc.text.slice(Math.max(0, o.start - 16), o.start).split(/[，。；：\n]/).at(-1)!)) return false;
  return !breaks.some((at) => bodies.some((b) => b.start === at + (CLAUSE_LEAD.exec(doc.text.slice(at, figureAt))?.[0].length ?? 0)));
}

/** What reports credit figures to: facilities, actions, programmes (“净网”行动, “苏知贷”产品) and occasions (a roadshow, a fair). */
const canProduce = (o: Occurrence) =>
  o.entity.label === 'Platform' ||
  o.entity.label === 'Measure' ||
  (o.entity.label === 'Policy' && o.entity.props.kind === 'programme') ||
  (o.entity.label === 'Event' && o.entity.props.kind !== 'meeting');

/** A meeting produced a figure its sentence says came about there: …大会在某地召开，会上签约9个项目. */
const AT_THE_OCCASION = /现场|会上|会议期间|论坛期间|活动期间|大会期间/;
const heldThere = (doc: AnalyzedDocument, o: Occurrence, figureEnd: number) =>
  o.entity.label === 'Event' && AT_THE_OCCASION.test(doc.text.slice(o.end, figureEnd));

/**
 * In reports, what an outcome was the result of: the facility, action or
 * programme named nearest before the figure in its sentence (保护中心投入运行后，…压缩至最快5个工作日), else the case
 * whose chronicle item the figure is reported in (…纠纷历经5个月得到解决).
 */
export const producedRule: RelationRule = {
  name: 'produced',
  extract(doc, entities) {
    if (doc.profile.genre === 'plan') return [];
    const occ = occurrences(entities);
    const bodies = occ.filter((o) => o.entity.label === 'Institution');
    const cases = entities.filter((e) => e.label === 'Event' && e.props.kind === 'case');
    const itemMeasureAt = itemMeasures(doc, entities);
    const out: ExtractedRelation[] = [];
    for (const outcome of entities.filter((e) => e.label === 'Outcome' && e.props.kind !== 'target')) {
      const at = outcome.mentions[0]?.start ?? 0;
      const sentence = sentenceAt(doc, at);
      if (!sentence) continue;
      const before = within(occ, sentence.start, at);
      const figureEnd = outcome.mentions[0]?.end ?? at;
      const producer = before
        .filter((o) => (canProduce(o) && (o.entity.label === 'Platform' ? facilityServes(doc, o, at, bodies, outcome) : actsInto(doc, o, at, bodies))) || heldThere(doc, o, figureEnd))
        .at(-1);
      if (producer) {
        // 中国（江苏）…中心和中国（南京）…中心共受理…: every facility named together produced the figure.
        for (const p of joinedRun(doc.text, before, producer, /^[和与及、]$/, canProduce)) out.push(relationFrom(doc, 'PRODUCED', p.entity, outcome, sentence, 0.6, 'produced:named-before-figure'));
        continue;
      }
      // 一是某某工作。…新设28个…: the figures told under a report's numbered item are that task's, unless a body of its own speaks.
      const task = itemMeasureAt(sentence.start);
      if (task && !bodies.some((b) => b.start >= sentence.start && b.end <= at)) {
        out.push(relationFrom(doc, 'PRODUCED', task, outcome, sentence, 0.55, 'produced:numbered-item'));
        continue;
      }
      const reportedCase = caseHeadingAt(doc, cases, at);
      if (reportedCase) out.push(relationFrom(doc, 'PRODUCED', reportedCase, outcome, sentence, 0.6, 'produced:case-item'));
    }
    return out;
  },
};

/**
 * A finder of the task a report's numbered item names (一是某某工作), for a
 * position in the paragraph the item opens, up to the next item.
 */
function itemMeasures(doc: AnalyzedDocument, entities: readonly ExtractedEntity[]): (pos: number) => ExtractedEntity | undefined {
  const tasks = entities.filter((e) => e.label === 'Measure' && e.props.kind === 'task');
  const spans = doc.profile.items.map((item, i) => {
    const sentence = doc.sentences[item.sentence];
    const next = doc.profile.items[i + 1];
    const paragraphEnd = doc.text.indexOf('\n', sentence.end);
    const end = Math.min(next ? doc.sentences[next.sentence].start : Infinity, paragraphEnd < 0 ? doc.text.length : paragraphEnd);
    const task = tasks.find((t) => t.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end));
    return { start: sentence.start, end, task };
  });
  return (pos) => spans.find((s) => s.task && pos >= s.start && pos < s.end)?.task;
}
