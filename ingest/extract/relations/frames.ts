import type { EntityLabel, RelationType } from '../../../core/ontology.ts';
import type { AnalyzedDocument } from '../../analyze/profile.ts';
import { FRAME_GENRES } from '../lexicon/genres.ts';
import type { ExtractedEntity, ExtractedRelation } from '../../types.ts';
import { ASSISTING, clauseFrames, hasVerb, type BodyAt, type ClauseFrame } from '../clauses.ts';
import { ADVANCE_VERBS, CONDUCT_VERBS, DUTY_VERBS, HOLD_VERBS, ISSUE_VERBS, OPERATE_VERBS, SETUP_VERBS } from '../lexicon/verbs.ts';
import type { RelationRule } from '../types.ts';
import { allOccurrences, occurrences, relationFrom, within, type Occurrence } from './context.ts';
import { reportingBody } from './templates.ts';

/** What a verb class says its agents do with what its object names. */
const CLASSES: { type: RelationType; verbs: Set<string>; tails: EntityLabel[] }[] = [
  { type: 'IMPLEMENTS', verbs: new Set([...SETUP_VERBS, ...CONDUCT_VERBS, ...ADVANCE_VERBS, ...DUTY_VERBS]), tails: ['Measure'] },
  // A policy is carried out (落实, 实施, 推进), not set up: 建立 or 完善 before a policy's name does not implement it.
  { type: 'IMPLEMENTS', verbs: new Set(['实施', '落实', '执行', '推进', '推动', '组织实施', '开展', '组织开展', '深化']), tails: ['Policy'] },
  { type: 'ISSUED', verbs: new Set(ISSUE_VERBS), tails: ['Policy'] },
  { type: 'OPERATES', verbs: new Set([...OPERATE_VERBS, '打造']), tails: ['Platform'] },
  { type: 'PARTICIPATED_IN', verbs: new Set(HOLD_VERBS), tails: ['Event'] },
];

const ADVANCING = new Set(ADVANCE_VERBS);

/** 制定和实施X: the second verb of a pair also acts on the object. */
const SECOND_VERB = /^(?:和|并|及|、)(实施|执行|落实|发布|印发)/;

/**
 * Relations read from clause frames, in the genres that state who does what in
 * prose: the agents of a clause (named, carried over from the clause before,
 * made agents by 鼓励/支持/委托, or, with no subject at all, the body the text
 * speaks for) IMPLEMENT the measures, ISSUE the policies, OPERATE the platforms
 * and take part in the events its object names; the bodies they act with
 * (会同, 联合, 与…共同) do the same where the convention says so and
 * COOPERATE_WITH them; a body they assist (配合X) implements the measure too.
 */
export const frameRule: RelationRule = {
  name: 'frames',
  genres: FRAME_GENRES,
  extract(doc, entities) {
    const occ = occurrences(entities);
    const institutions = occurrences(entities.filter((e) => e.label === 'Institution'));
    const bodies: BodyAt[] = institutions.map((o) => ({ key: o.entity.key, start: o.start, end: o.end }));
    const byKey = new Map(entities.map((e) => [e.key, e]));
    const speaker = reportingBody(doc, occ);
    // Nested occurrences count (…协定 in …协定首批产品清单), and a name that opens with the verb (组织开展某某考核).
    const objects = allOccurrences(entities, ['Measure', 'Policy', 'Platform', 'Event']);
    const policies = allOccurrences(entities, ['Policy']);
    const entity = (b: BodyAt) => byKey.get(b.key)!;
    const out: ExtractedRelation[] = [];
    const relate = (type: RelationType, head: ExtractedEntity, tail: ExtractedEntity, frame: ClauseFrame, confidence: number, rule: string) =>
      head !== tail && out.push(relationFrom(doc, type, head, tail, frame.sentence, confidence, rule));
    for (const frame of clauseFrames(doc, bodies)) {
      const agents = agentsOf(frame, speaker, byKey);
      const partners = frame.partners.map(entity);
      const leads = frame.leads.map(entity);
      // Who works with whom is stated whatever the verb: 会同X…, 配合X…, 委托X…; 指导X… guides X.
      for (const a of agents) for (const p of new Set([...partners, ...leads])) relate('COOPERATES_WITH', a, p, frame, 0.75, 'frame:partner');
      const subjects = frame.subjects.length ? frame.subjects.map(entity) : speaker && !frame.agentsUnknown ? [speaker] : [];
      if (frame.pivot === '委托') for (const s of subjects) for (const a of agents) relate('COOPERATES_WITH', s, a, frame, 0.7, 'frame:entrusted');
      if (frame.pivot === '指导') for (const s of subjects) for (const a of agents) relate('GUIDES', s, a, frame, 0.7, 'frame:guided');
      // 商标行政部门查处…，公安、海关等部门应当予以协助: the assisting bodies work with the clause before's.
      if (frame.agentsNamed && ASSISTING.test(doc.text.slice(frame.verbStart, frame.clause.end).trim())) {
        for (const a of agents) for (const b of frame.before.map(entity)) relate('COOPERATES_WITH', b, a, frame, 0.7, 'frame:assisting');
      }
      if (!agents.length) continue;
      // An occasion the clause ends on (…开展某某培训, 对…予以通报表扬) is one its agents and partners took part in.
      for (const e of within(objects, frame.clause.start, frame.clause.end).filter((o) => o.entity.label === 'Event' && frame.clause.end - o.end <= 1)) {
        for (const d of new Set([...agents, ...partners])) relate('PARTICIPATED_IN', d, e.entity, frame, 0.65, 'frame:occasion');
      }
      if (!hasVerb(frame)) continue;
      // 本条例规定的X由某部门实施: the instrument qualifies what is carried out, the body carries out X.
      const inObject = (frame.passive ? within(objects, frame.object.start, frame.object.end).filter((o) => o.entity.label === 'Measure') : within(objects, frame.verbStart, frame.object.end)).filter(
        (o) => !(o.entity.label === 'Policy' && doc.text.startsWith('规定的', o.end)),
      );
      const second = SECOND_VERB.exec(doc.text.slice(frame.verbStart + frame.verb.length, frame.object.end))?.[1];
      const builds = ADVANCING.has(frame.verb) && doc.text.slice(frame.object.start, frame.object.end).endsWith('建设');
      const issued: ExtractedEntity[] = [];
      for (const verb of second ? [frame.verb, second] : [frame.verb]) {
        for (const c of CLASSES) {
          // 加强某某网络建设: advancing the building of a facility is running it.
          if (!c.verbs.has(verb) && !(builds && c.type === 'OPERATES')) continue;
          for (const o of inObject.filter((x) => c.tails.includes(x.entity.label))) {
            // Joint issuers each issue (X会同Y印发); a measure is implemented by the lead body too (配合X开展).
            const doers = c.type === 'ISSUED' || c.type === 'PARTICIPATED_IN' ? [...agents, ...partners] : c.type === 'IMPLEMENTS' ? [...agents, ...leads] : agents;
            for (const d of new Set(doers)) relate(c.type, d, o.entity, frame, frame.agentsNamed ? 0.75 : 0.65, `frame:${c.type}:${verb}`);
            if (c.type === 'ISSUED') issued.push(o.entity);
          }
        }
      }
      // 按照某某计划，…印发某某方案: what is issued under a basis refers to it.
      for (const basis of basesBefore(doc, frame, policies)) for (const p of issued) relate('REFERENCES', p, basis, frame, 0.7, 'frame:basis');
    }
    return out;
  },
};

/** 按照X，…; 根据X，…: the policies a sentence names as the basis of what it goes on to do. */
const BASIS = /^(?:按照|根据|依据|依照|贯彻落实|贯彻)/;

function basesBefore(doc: AnalyzedDocument, frame: ClauseFrame, policies: readonly Occurrence[]): ExtractedEntity[] {
  const lead = doc.text.slice(frame.sentence.start, frame.clause.start);
  const clauseAt = lead.search(BASIS);
  if (clauseAt < 0) return [];
  const start = frame.sentence.start + clauseAt;
  const end = doc.text.indexOf('，', start);
  return within(policies, start, end < 0 ? frame.clause.start : end).map((o) => o.entity);
}

function agentsOf(frame: ClauseFrame, speaker: ExtractedEntity | null, byKey: Map<string, ExtractedEntity>): ExtractedEntity[] {
  if (frame.agents.length) return frame.agents.map((b) => byKey.get(b.key)!).filter(Boolean);
  // A clause with no subject in a text that speaks for one body tells what that body did.
  return speaker && !frame.agentsUnknown ? [speaker] : [];
}
