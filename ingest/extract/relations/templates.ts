import type { AnalyzedDocument } from '../../analyze/profile.ts';
import type { EntityLabel, RelationType } from '../../../core/ontology.ts';
import type { ExtractedEntity, ExtractedRelation, Sentence } from '../../types.ts';
import type { RelationRule } from '../types.ts';
import { FRAME_GENRES } from '../lexicon/genres.ts';
import { tokensIn } from '../entities/phrases.ts';
import { allOccurrences, hasLabel, joinedRun, occurrences, relationFrom, within, type Occurrence } from './context.ts';

/** A verb class: HEAD (before the verb) VERB TAIL (after it, in the same clause). */
interface VerbTemplate {
  type: RelationType;
  verbs: RegExp;
  heads: EntityLabel[];
  tails: EntityLabel[];
}

export const VERB_TEMPLATES: VerbTemplate[] = [
  { type: 'ISSUED', verbs: /出台|印发|发布|制定|颁布|联合发文/g, heads: ['Institution'], tails: ['Policy'] },
  { type: 'IMPLEMENTS', verbs: /实施|开展|推进|负责|牵头|落实|办理|建立|健全|完善|推行/g, heads: ['Institution'], tails: ['Measure', 'Policy'] },
  { type: 'OPERATES', verbs: /建设|设立|建成|搭建|开通|运行|运营|依托|上线|开设/g, heads: ['Institution'], tails: ['Platform'] },
  { type: 'PARTICIPATED_IN', verbs: /主办|召开|举办|举行|出席|签署|参加|承办|参与|审理|侦破|破获/g, heads: ['Institution'], tails: ['Event'] },
];

/** A verb after these is what the body supports others in doing (支持建设…中心), not its own act. */
const ON_BEHALF = /(?:支持|鼓励|引导|推动|督促|指导)$/;
/**
 * Words that join bodies acting together (A和B建立…). A body after 会同 or 联合
 * works with the subject but does not carry the measure out itself: the frames
 * rule makes it a partner.
 */
const CO_ACTOR = /^(?:[（(][^）)]*[）)])?(?:和|与|、|及|同)$/;

const CLAUSE_END = /[，。；：！？]/;

function sameClause(text: string, from: number, to: number): boolean {
  return !CLAUSE_END.test(text.slice(from, to));
}

/** A leading adverbial (2025年4月， / 在…指导下， / 经…批复，) comes before a sentence's subject. */
const LEADING_ADVERBIAL = /^(?:(?:\d{4}年[^，]{0,8}|在[^，]{2,60}(?:下|中|上)|经[^，]{2,40}|近日|日前|目前|此外|同时)，)+/;

/** The bodies a sentence opens with, joined by 和/与/、: the subjects of its verbs. */
export function subjectsOf(doc: AnalyzedDocument, sentence: Sentence, occ: readonly Occurrence[]): Occurrence[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  let at = sentence.start + (LEADING_ADVERBIAL.exec(text)?.[0].length ?? 0);
  const out: Occurrence[] = [];
  for (const o of occ) {
    if (o.start < at) continue;
    if (o.start - at > 1 || o.entity.label !== 'Institution') break;
    out.push(o);
    const joiner = /^[（(][^）)]*[）)]/.exec(doc.text.slice(o.end))?.[0].length ?? 0;
    const link = /^(?:和|与|、|及|同|会同|联合)/.exec(doc.text.slice(o.end + joiner));
    if (!link) break;
    at = o.end + joiner + link[0].length;
  }
  return out;
}

/**
 * The body a text speaks for (profile.speaker says where to look): the first
 * body its header names (某某局 2024 年度报告), else the subject of its first
 * sentence (2024年，某区市场监督管理局围绕…). Its sentences that open with a
 * verb (依托…工作站，建立…机制) tell what that body did.
 */
export function reportingBody(doc: AnalyzedDocument, occ: readonly Occurrence[]): ExtractedEntity | null {
  const { speaker } = doc.profile;
  if (!speaker) return null;
  const named = within(occ, speaker.start, speaker.end).find((o) => o.entity.label === 'Institution');
  if (named) return named.entity;
  // A feature may open with a quote or a scene: the first of its opening sentences with a body as subject,
  // or the body a reporter says the news came from (记者从某局获悉).
  const opening = doc.sentences.filter((s) => !s.isHeading && s.start >= speaker.end && s.text.trim().length > 10).slice(0, OPENING_SENTENCES);
  for (const s of opening) {
    const here = within(occ, s.start, s.end);
    const subject = subjectsOf(doc, s, here)[0]?.entity ?? reportedFrom(doc, s, here);
    if (subject) return subject;
  }
  return null;
}

/** 记者从某局获悉, 记者日前从某局了解到: the body a news report speaks for, named right after 从 and right before 获悉. */
const REPORTED_FROM = /记者[^，。；从自向]{0,6}?[从自向]/g;
const HEARD = /^(?:获悉|了解到|得知|获得消息)/;

function reportedFrom(doc: AnalyzedDocument, sentence: Sentence, here: readonly Occurrence[]): ExtractedEntity | undefined {
  for (const m of sentence.text.matchAll(REPORTED_FROM)) {
    const at = sentence.start + m.index + m[0].length;
    const body = here.find((o) => o.start === at && o.entity.label === 'Institution');
    if (body && HEARD.test(doc.text.slice(body.end, body.end + 4))) return body.entity;
  }
  return undefined;
}

/** How many opening sentences may pass before the one that names the body a text speaks for. */
const OPENING_SENTENCES = 4;

/** What may come before a subjectless sentence's verb: when, and linking words. */
const SUBJECTLESS_LEAD = /^\s*(?:\d{4}年[^，]{0,8}，|全年|同时，?|此外，?|另外，?|今年以来，?|近年来，?)*/;

/** Whether a sentence opens with its verb, naming no subject: 依托…工作站，建立…机制. */
function opensWithVerb(doc: AnalyzedDocument, sentence: Sentence): boolean {
  const lead = SUBJECTLESS_LEAD.exec(sentence.text)?.[0].length ?? 0;
  const first = tokensIn(doc, sentence.start + lead, sentence.end)[0];
  return !!first && /^(?:v|vn)$/.test(first.tag);
}

/** HEAD verb TAIL: the head is the nearest allowed body before the verb in the clause, else the sentence's subject, else the body a report speaks for. */
function verbRelations(doc: AnalyzedDocument, sentence: Sentence, occ: Occurrence[], t: VerbTemplate, reporter: Occurrence[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const text = doc.text;
  const local = text.slice(sentence.start, sentence.end);
  const named = subjectsOf(doc, sentence, occ).filter((o) => hasLabel(o, t.heads));
  const subjects = named.length ? named : reporter.filter((o) => hasLabel(o, t.heads));
  for (const m of local.matchAll(t.verbs)) {
    const verbAt = sentence.start + m.index;
    const verbEnd = verbAt + m[0].length;
    if (ON_BEHALF.test(text.slice(Math.max(sentence.start, verbAt - 2), verbAt))) continue;
    // A name may open with its verb (完善商标快审制度, the alias of 商标快审制度): that name is the object.
    const opening = occ.find((o) => o.start === verbAt && o.end > verbEnd && hasLabel(o, t.tails));
    if (!opening && occ.some((o) => o.start <= verbAt && verbEnd <= o.end)) continue;
    const tail = opening ?? occ.find((o) => o.start >= verbEnd && hasLabel(o, t.tails) && sameClause(text, verbEnd, o.start) && o.start - verbEnd <= 20);
    if (!tail) continue;
    const before = occ.filter((o) => o.end <= verbAt && sameClause(text, o.end, verbAt));
    const near = before.filter((o) => hasLabel(o, t.heads)).at(-1);
    // The body acting before the verb and the bodies it acts with: 省知识产权局会同省法院、省检察院建立… gives all three.
    const heads = near ? joinedRun(text, before, near, CO_ACTOR, (o) => hasLabel(o, t.heads)) : subjects;
    for (const h of heads) out.push(relationFrom(doc, t.type, h.entity, tail.entity, sentence, near ? 0.75 : 0.6, `verb:${t.type}:${m[0]}`));
  }
  return out;
}

/** …论坛在长沙举办，A、B派员参加: bodies attending, with no object, attend the event the sentence is about. */
const ATTENDED = /(?:派员|派团|派代表|应邀)?(?:参加|出席|参与)(?:会议|活动|大会)?(?=[，。；！]|$)/g;

function attendance(doc: AnalyzedDocument, sentence: Sentence, occ: Occurrence[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const m of sentence.text.matchAll(ATTENDED)) {
    const at = sentence.start + m.index;
    const before = occ.filter((o) => o.end <= at);
    const clauseBodies = before.filter((o) => o.entity.label === 'Institution' && sameClause(doc.text, o.end, at));
    const event = before.filter((o) => o.entity.label === 'Event' && !sameClause(doc.text, o.end, at)).at(-1);
    if (!event) continue;
    for (const body of clauseBodies) out.push(relationFrom(doc, 'PARTICIPATED_IN', body.entity, event.entity, sentence, 0.7, 'template:attended'));
  }
  return out;
}

/** 在A和B的指导下 → A, B GUIDES the sentence's event (or the event its section heading names), else the body acting. */
function guidance(doc: AnalyzedDocument, sentence: Sentence, occ: Occurrence[], events: readonly ExtractedEntity[]): ExtractedRelation[] {
  const local = doc.text.slice(sentence.start, sentence.end);
  const m = /在(.{2,60}?)的?指导下/.exec(local);
  if (!m) return [];
  const start = sentence.start + m.index;
  const end = start + m[0].length;
  const guides = within(occ, start, end).filter((o) => o.entity.label === 'Institution');
  const section = doc.sections.find((s) => s.index === sentence.section);
  const tail =
    occ.find((o) => o.start >= end && o.end <= sentence.end && o.entity.label === 'Event')?.entity ??
    (section && events.find((e) => e.mentions.some((x) => x.start >= section.start && x.end <= section.end))) ??
    occ.find((o) => o.start >= end && o.end <= sentence.end && o.entity.label === 'Institution')?.entity;
  if (!tail) return [];
  return guides.map((g) => relationFrom(doc, 'GUIDES', g.entity, tail, sentence, 0.8, 'template:guided-by'));
}

/** 经A批准/批复，…X / X获A批准: A APPROVED X. */
function approval(doc: AnalyzedDocument, sentence: Sentence, occ: Occurrence[]): ExtractedRelation[] {
  const local = doc.text.slice(sentence.start, sentence.end);
  const out: ExtractedRelation[] = [];
  const approvable = (o: Occurrence) => hasLabel(o, ['Platform', 'Policy', 'Region']);
  for (const m of local.matchAll(/(经|获)([^，。；]{2,30}?)(?:批准|批复|认定)/g)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const approvers = within(occ, start, end).filter((o) => o.entity.label === 'Institution');
    const inSentence = occ.filter((o) => o.start >= sentence.start && o.end <= sentence.end && approvable(o));
    const target = m[1] === '经' ? inSentence.filter((o) => o.start >= end).at(-1) : inSentence.filter((o) => o.end <= start).at(-1);
    if (!target) continue;
    for (const a of approvers) out.push(relationFrom(doc, 'APPROVED', a.entity, target.entity, sentence, 0.8, `template:approved-${m[1]}`));
  }
  return out;
}

/**
 * A与B…合作/共建/签署/共同…, A联合B…: A COOPERATES_WITH B. `occ` holds nested
 * occurrences too, so the bodies inside a signing event's name count.
 */
function cooperation(doc: AnalyzedDocument, sentence: Sentence, occ: Occurrence[], reporter: ExtractedEntity | null): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  // An alias in brackets right after a name is the same body: 某某音乐集团（简称“某音乐”）.
  const inSentence = occ
    .filter((o) => o.start >= sentence.start && o.end <= sentence.end && o.entity.label === 'Institution')
    .filter((o, i, all) => i === 0 || all[i - 1].entity !== o.entity);
  /** The bodies listed from inSentence[from] on: B、C和D. */
  const listedFrom = (from: number) => {
    let to = from + 1;
    while (to < inSentence.length && /^[、和及]$/.test(doc.text.slice(inSentence[to - 1].end, inSentence[to].start))) to++;
    return inSentence.slice(from, to);
  };
  // 联合吴中区人民法院设立…: a report's subjectless 联合 joins its own body with the bodies listed after it.
  const opening = doc.text.slice(sentence.start, sentence.end).search(/\S/) + sentence.start;
  if (reporter && doc.text.startsWith('联合', opening) && inSentence[0]?.start === opening + 2) {
    for (const p of listedFrom(0)) if (p.entity !== reporter) out.push(relationFrom(doc, 'COOPERATES_WITH', reporter, p.entity, sentence, 0.6, 'template:report-cooperation'));
  }
  for (let i = 0; i + 1 < inSentence.length; i++) {
    const a = inSentence[i];
    const b = inSentence[i + 1];
    const between = doc.text.slice(a.end, b.start).replace(/^[（(][^）)]*[）)]/, '');
    if (!/^(?:与|和|同|联合)$/.test(between)) continue;
    const clauseEnd = doc.text.slice(b.end, sentence.end).search(/[，。；]/);
    const rest = doc.text.slice(b.end, clauseEnd < 0 ? sentence.end : b.end + clauseEnd);
    if (between === '联合' || /合作|共建|携手|签署|签订|联合|共同/.test(rest)) {
      // A联合B、C开展…: every body listed after 联合 is a partner.
      for (const p of between === '联合' ? listedFrom(i + 1) : [b]) out.push(relationFrom(doc, 'COOPERATES_WITH', a.entity, p.entity, sentence, 0.75, 'template:cooperation'));
    }
  }
  return out;
}

/** M等2项经验做法入选P / M入选P: a practice selected into a list or programme is PART_OF it. */
function selection(doc: AnalyzedDocument, sentence: Sentence, occ: Occurrence[], policies: readonly Occurrence[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const local = doc.text.slice(sentence.start, sentence.end);
  for (const m of local.matchAll(/入选|纳入|列入/g)) {
    const at = sentence.start + m.index;
    const end = at + m[0].length;
    const list = policies.find((o) => o.start >= end && o.start - end <= 2 && o.entity.label === 'Policy');
    if (!list) continue;
    const practices = occ.filter((o) => o.end <= at && o.entity.label === 'Measure' && sameClause(doc.text, o.end, at));
    for (const p of practices) out.push(relationFrom(doc, 'PART_OF', p.entity, list.entity, sentence, 0.75, 'template:selected-into'));
  }
  return out;
}

/**
 * Events that are section headings (a chronicle's items): the bodies the
 * heading names, and the subjects of its body's sentences, PARTICIPATED_IN it.
 */
function headingEventParticipants(doc: AnalyzedDocument, occ: Occurrence[], events: readonly ExtractedEntity[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const section of doc.sections) {
    const event = events.find((e) => e.mentions.some((m) => m.start >= section.start && m.end <= section.end));
    if (!event) continue;
    const heading = { start: section.start, end: section.end };
    for (const o of within(occ, section.start, section.end)) {
      if (o.entity.label === 'Institution') out.push(relationFrom(doc, 'PARTICIPATED_IN', o.entity, event, heading, 0.7, 'template:heading-event-body'));
    }
    for (const sentence of doc.sentences.filter((s) => s.section === section.index && !s.isHeading)) {
      for (const o of subjectsOf(doc, sentence, occ)) out.push(relationFrom(doc, 'PARTICIPATED_IN', o.entity, event, sentence, 0.6, 'template:heading-event-subject'));
    }
  }
  return out;
}

/** Relations read from the words of one sentence: verb classes and fixed constructions. */
export const sentenceTemplateRule: RelationRule = {
  name: 'sentence-templates',
  extract(doc, entities) {
    const occ = occurrences(entities);
    const events = entities.filter((e) => e.label === 'Event');
    const policies = allOccurrences(entities, ['Policy']);
    // Bodies with no other body around them, but seen inside events' names (A与B签署…备忘录).
    const bodies = occurrences(entities.filter((e) => e.label === 'Institution'));
    const reporter = reportingBody(doc, occ);
    const framed = FRAME_GENRES.includes(doc.profile.genre);
    const out: ExtractedRelation[] = headingEventParticipants(doc, occ, events);
    for (const sentence of doc.sentences) {
      if (sentence.isHeading) continue;
      out.push(...cooperation(doc, sentence, within(bodies, sentence.start, sentence.end), reporter));
      const here = within(occ, sentence.start, sentence.end);
      if (!here.length) continue;
      const acting = reporter && opensWithVerb(doc, sentence) ? [{ entity: reporter, start: sentence.start, end: sentence.start }] : [];
      // Where clause frames read who does what, the verb templates would read it again, less carefully.
      if (!framed) for (const t of VERB_TEMPLATES) out.push(...verbRelations(doc, sentence, here, t, acting));
      out.push(...guidance(doc, sentence, here, events), ...approval(doc, sentence, here), ...selection(doc, sentence, here, policies), ...attendance(doc, sentence, here));
    }
    return out;
  },
};
