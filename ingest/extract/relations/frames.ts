import type { EntityLabel, RelationType } from '../../../core/ontology.ts';
import type { AnalyzedDocument } from '../../analyze/profile.ts';
import type { ExtractedEntity, ExtractedRelation } from '../../types.ts';
import { clauseFrames, type BodyAt, type ClauseFrame } from '../clauses.ts';
import { ADVANCE_VERBS, CONDUCT_VERBS, DUTY_VERBS, HOLD_VERBS, ISSUE_VERBS, OPERATE_VERBS, SETUP_VERBS } from '../lexicon/verbs.ts';
import type { RelationRule } from '../types.ts';
import { allOccurrences, occurrences, relationFrom, within } from './context.ts';
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
  genres: ['regulation', 'report', 'news', 'press-release', 'notice', 'chronicle'],
  extract(doc, entities) {
    const occ = occurrences(entities);
    const institutions = occurrences(entities.filter((e) => e.label === 'Institution'));
    const bodies: BodyAt[] = institutions.map((o) => ({ key: o.entity.key, start: o.start, end: o.end }));
    const byKey = new Map(entities.map((e) => [e.key, e]));
    const speaker = reportingBody(doc, occ);
    // Nested occurrences count (…协定 in …协定第二批产品清单), and a name that opens with the verb (组织开展某某考核).
    const objects = allOccurrences(entities, ['Measure', 'Policy', 'Platform', 'Event']);
    const out: ExtractedRelation[] = [];
    for (const frame of clauseFrames(doc, bodies)) {
      const agents = agentsOf(doc, frame, speaker, byKey);
      if (!agents.length) continue;
      const partners = frame.partners.map((b) => byKey.get(b.key)!);
      const leads = frame.leads.map((b) => byKey.get(b.key)!);
      const inObject = within(objects, frame.verbStart, frame.object.end);
      const second = SECOND_VERB.exec(doc.text.slice(frame.verbStart + frame.verb.length, frame.object.end))?.[1];
      const builds = ADVANCING.has(frame.verb) && doc.text.slice(frame.object.start, frame.object.end).endsWith('建设');
      for (const verb of second ? [frame.verb, second] : [frame.verb]) {
        for (const c of CLASSES) {
          // 加强某某网络建设: advancing the building of a facility is running it.
          if (!c.verbs.has(verb) && !(builds && c.type === 'OPERATES')) continue;
          for (const o of inObject.filter((x) => c.tails.includes(x.entity.label))) {
            // Joint issuers each issue (X会同Y印发); a measure is implemented by the lead body too (配合X开展).
            const doers = c.type === 'ISSUED' || c.type === 'PARTICIPATED_IN' ? [...agents, ...partners] : c.type === 'IMPLEMENTS' ? [...agents, ...leads] : agents;
            for (const d of new Set(doers)) out.push(relationFrom(doc, c.type, d, o.entity, frame.sentence, frame.agentsNamed ? 0.75 : 0.65, `frame:${c.type}:${verb}`));
          }
        }
      }
      for (const a of agents) for (const p of new Set([...partners, ...leads])) out.push(relationFrom(doc, 'COOPERATES_WITH', a, p, frame.sentence, 0.75, 'frame:partner'));
    }
    return out;
  },
};

function agentsOf(doc: AnalyzedDocument, frame: ClauseFrame, speaker: ExtractedEntity | null, byKey: Map<string, ExtractedEntity>): ExtractedEntity[] {
  if (frame.agents.length) return frame.agents.map((b) => byKey.get(b.key)!).filter(Boolean);
  // A clause with no subject in a text that speaks for one body tells what that body did.
  return speaker && !frame.agentsUnknown ? [speaker] : [];
}
