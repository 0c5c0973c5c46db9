import { firstDate } from '../../dates.ts';
import type { AnalyzedDocument } from '../../analyze/profile.ts';
import type { RecognizedEntity } from '../../types.ts';
import { ENTRY_INTO_FORCE, PROMULGATION, REPEAL, COMMENDATION, STUDY_VISIT, VISIT } from '../lexicon/events.ts';
import type { EntityRecognizer } from '../types.ts';
import { EntityCollector } from './build.ts';
import { withoutClosingBracket } from '../../../core/names.ts';

/** The instrument a regulation is: its title without the bracket of its version. */
const instrumentName = (doc: AnalyzedDocument) => withoutClosingBracket(doc.title.replace(/[《》]/g, '').trim());

/**
 * A regulation's life as events: its entry into force (本条例自…起施行 → 某某条例施行,
 * dated), its promulgation in the header (…公告第N号公布 → 某某条例公布) and the
 * repeal of what it replaces (《旧条例》同时废止 → 旧条例废止).
 */
function lifecycleEvents(doc: AnalyzedDocument, out: EntityCollector) {
  const { text } = doc;
  const self = instrumentName(doc);
  for (const m of text.matchAll(ENTRY_INTO_FORCE)) {
    out.add('Event', `${self}施行`, [], { kind: 'launch', date: firstDate(m[0]), text: m[0] }, { start: m.index, end: m.index + m[0].length, surface: m[0] });
  }
  const header = text.slice(doc.profile.header.start, doc.profile.header.end);
  for (const m of header.matchAll(PROMULGATION)) {
    const at = doc.profile.header.start + m.index;
    out.add('Event', `${self}公布`, m[1] ? [m[1]] : [], { kind: 'launch', date: firstDate(m[0]), text: m[0] }, { start: at, end: at + m[0].length, surface: m[0] });
  }
  for (const m of text.matchAll(REPEAL)) {
    out.add('Event', `${m[1]}废止`, [], { kind: 'other', date: null, text: m[0] }, { start: m.index, end: m.index + m[0].length, surface: m[0] });
  }
}

/**
 * What a report tells as an occasion in prose: a commendation (对…予以通报表扬 →
 * …通报表扬), a visit abroad (赴某国开展某某交流 → 某某交流) and a study visit
 * (赴某省调研某某工作 → 某某工作调研).
 */
function proseOccasions(doc: AnalyzedDocument, out: EntityCollector) {
  const { text } = doc;
  for (const m of text.matchAll(COMMENDATION)) {
    const start = m.index + m[0].indexOf(m[1]);
    const name = m[1].replace(/的(?=\d|[一二三四五六七八九十百])/g, '').replace(/\d+[个名家项]/g, '') + m[3];
    out.add('Event', name, [], { kind: 'award', date: doc.profile.year, text: m[0] }, { start, end: m.index + m[0].length, surface: text.slice(start, m.index + m[0].length) });
  }
  for (const m of text.matchAll(VISIT)) {
    const start = m.index + m[0].lastIndexOf(m[2]);
    out.add('Event', m[2], [], { kind: 'visit', date: doc.profile.year, text: m[0], where: m[1] }, { start, end: start + m[2].length, surface: m[2] });
  }
  for (const m of text.matchAll(STUDY_VISIT)) {
    const start = m.index + m[0].length - m[3].length - m[2].length;
    const end = m.index + m[0].length;
    out.add('Event', m[3] + m[2], [m[2] + m[3]], { kind: 'visit', date: doc.profile.year, text: m[0], where: m[1] }, { start, end, surface: text.slice(start, end) });
  }
}

/** Events stated by construction rather than named by a head noun: a regulation's life, commendations, visits. */
export const proseEventRecognizer: EntityRecognizer = {
  name: 'event-prose',
  confidence: 0.7,
  recognize(doc): RecognizedEntity[] {
    const out = new EntityCollector(doc.text);
    if (doc.profile.genre === 'regulation') lifecycleEvents(doc, out);
    else proseOccasions(doc, out);
    return out.entities();
  },
};
