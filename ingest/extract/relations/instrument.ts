import type { AnalyzedDocument } from '../../analyze/profile.ts';
import type { ExtractedEntity, ExtractedRelation } from '../../types.ts';
import type { RelationRule } from '../types.ts';
import { allOccurrences, evidenceSpan, occurrences, relationFrom, within } from './context.ts';
import { planPolicy } from './structure.ts';

/** How an instrument refers to itself: 本条例, 本办法, 本规划 … */
const SELF_REFERENCE = /本(?:条例|办法|规定|细则|意见|规划|方案|纲要|决定|计划|措施|指引)/;
/** The adoption note under a title, bracketed or not: （2024年9月26日某省人大常委会第十二次会议通过）. */
const ADOPTION_NOTE = /^[（(][^（）()]*(?:通过|公布|发布|印发|批准)[^（）()]*[）)]$|^[^。；]{0,60}(?:会议|常务委员会|人民政府)[^。；]{0,20}(?:通过|批准)$/;
/** Laws and regulations a regulation names are what it rests on or replaces. */
const CITED_KINDS = new Set(['law', 'regulation']);

/** The adoption notes among the header's lines. */
function adoptionNotes(doc: AnalyzedDocument): { start: number; end: number }[] {
  const notes = [];
  let at = doc.profile.header.start;
  for (const line of doc.text.slice(doc.profile.header.start, doc.profile.header.end).split('\n')) {
    if (ADOPTION_NOTE.test(line.trim())) notes.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return notes;
}

/** The Policy the document's title names, when the document is that instrument. */
function titledInstrument(doc: AnalyzedDocument, entities: readonly ExtractedEntity[]): ExtractedEntity | undefined {
  const self = planPolicy(doc, entities);
  const at = doc.text.indexOf(doc.title);
  return self && at >= 0 && self.mentions.some((m) => m.start >= at && m.end <= at + doc.title.length) ? self : undefined;
}

/**
 * What a document that is itself an instrument (a regulation, measures, a plan)
 * states about itself: the body whose adoption note heads it ISSUED it; the
 * instruments its own provisions cite (根据《专利法》…制定本条例) are what it
 * REFERENCES; in a regulation, the mechanisms its articles set up are PART_OF
 * it (a plan's tasks are, by the plan-structure rule).
 */
export const instrumentRule: RelationRule = {
  name: 'instrument',
  extract(doc, entities) {
    const self = titledInstrument(doc, entities);
    if (!self) return [];
    const out: ExtractedRelation[] = [];
    const occ = occurrences(entities);
    // The adopting body is usually inside the meeting's name: …人民代表大会常务委员会第三次会议通过.
    const bodies = allOccurrences(entities, ['Institution']);
    for (const note of adoptionNotes(doc)) {
      for (const o of within(bodies, note.start, note.end)) {
        if (o.entity.label === 'Institution') out.push(relationFrom(doc, 'ISSUED', o.entity, self, note, 0.85, 'instrument:adoption-note'));
      }
    }
    const cited = new Set<ExtractedEntity>();
    // A regulation names laws it rests on and regulations it replaces wherever its articles cite them (依照《某某法》…).
    const regulation = doc.profile.genre === 'regulation';
    for (const sentence of doc.sentences) {
      if (sentence.isHeading || (!regulation && !SELF_REFERENCE.test(sentence.text))) continue;
      for (const o of within(occ, sentence.start, sentence.end)) {
        if (o.entity.label !== 'Policy' || o.entity === self || cited.has(o.entity)) continue;
        if (regulation && !SELF_REFERENCE.test(sentence.text) && !(CITED_KINDS.has(String(o.entity.props.kind)) && doc.text[o.start] === '《')) continue;
        cited.add(o.entity);
        out.push(relationFrom(doc, 'REFERENCES', self, o.entity, sentence, 0.8, 'instrument:cited-by-itself'));
      }
    }
    if (doc.profile.genre !== 'plan') {
      for (const measure of entities.filter((e) => e.label === 'Measure' && e.props.kind === 'action' && e.mentions.length)) {
        out.push(relationFrom(doc, 'PART_OF', measure, self, evidenceSpan(doc, measure.mentions[0].start), 0.75, 'instrument:provision'));
      }
    }
    return out;
  },
};
