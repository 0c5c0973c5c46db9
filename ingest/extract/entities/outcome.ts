import type { ChunkedDocument, ExtractedEntity, Sentence } from '../../types.ts';
import type { EntityRecognizer } from '../types.ts';
import { EntityCollector } from './build.ts';
import { reportingPlace } from './home-region.ts';
import { isPlanDocument, isTaskTitle } from './measure.ts';
import { outcomeName, periodOf, type OutcomeFact } from './outcome-fact.ts';
import { proseOutcomes } from './outcome-prose.ts';
import { spansWithin } from '../spans.ts';
import { tableOutcomes } from './outcome-table.ts';

const FORWARD_WORDS = /到\s*(?:19|20)\d{2}\s*年|力争|预计|预期|目标/;

/** Sections whose body sets out work to do: a plan's tasks and 专栏 boxes, with everything below them. */
function forwardSections(doc: ChunkedDocument): Set<number> {
  const forward = new Set<number>();
  for (const s of doc.sections) {
    const parent = s.parent === null ? false : forward.has(s.parent);
    if (parent || s.kind === 'column' || isTaskTitle(s.title)) forward.add(s.index);
  }
  return forward;
}

/**
 * The region a figure belongs to: the one named in the sentence before it,
 * else the document's home region. Places listed together (济南市、青岛市、烟台市…合计)
 * share a figure, which is then the home region's.
 */
function subjectOf(fact: OutcomeFact, sentence: Sentence, places: readonly RegionMention[], home: string | null, text: string): string | null {
  const last = spansWithin(places, sentence.start, fact.start).at(-1);
  if (!last) return home;
  const listed = /^[、和与及]/.test(text.slice(last.end)) || text[last.start - 1] === '、';
  return listed ? home : last.region.name;
}

interface RegionMention {
  start: number;
  end: number;
  region: ExtractedEntity;
}

/** Outcomes as data (indicator, value, unit, period, kind, subject) from indicator tables and from prose. */
export const outcomeRecognizer: EntityRecognizer = {
  name: 'outcome',
  recognize(doc, found) {
    const out = new EntityCollector(doc.text);
    const regions = found.filter((e) => e.label === 'Region' && e.props.level !== 'country' && e.props.level !== 'international');
    const place = reportingPlace(doc)?.canonical;
    const home = regions.find((r) => (place && r.aliases.includes(place)) || r.name === place)?.name ?? place ?? null;
    const places = regions.flatMap((region) => region.mentions.map((m) => ({ start: m.start, end: m.end, region }))).sort((a, b) => a.start - b.start);
    const seen = new Map<string, OutcomeFact[]>();
    const factKey = (f: OutcomeFact) => [f.indicator, f.value, f.unit, f.kind].join('\u0000');
    /** Prose often repeats a figure a table gives (拥有量增加至119件 beside the table's 119). */
    const restates = (f: OutcomeFact) => (seen.get(factKey(f)) ?? []).some((g) => !f.period || !g.period || f.period === g.period);
    const add = (f: OutcomeFact, subject: string | null) => {
      const key = factKey(f);
      seen.set(key, [...(seen.get(key) ?? []), f]);
      const props = { indicator: f.indicator, value: f.value, unit: f.unit, figure: f.figure, period: f.period, kind: f.kind, subject, text: f.text };
      out.add('Outcome', outcomeName(f, subject), [], props, { start: f.start, end: f.end, surface: doc.text.slice(f.start, f.end) });
    };

    for (const table of doc.tables) for (const f of tableOutcomes(table, doc.text)) add(f, home);

    const plan = isPlanDocument(doc);
    const forward = plan ? forwardSections(doc) : new Set<number>();
    const docPeriod = periodOf(doc.title);
    const inTable = (s: Sentence) => doc.tables.some((t) => s.start < t.end && t.start < s.end);
    for (const sentence of doc.sentences) {
      if (sentence.isHeading || inTable(sentence)) continue;
      const isForward = plan && ((sentence.section !== null && forward.has(sentence.section)) || FORWARD_WORDS.test(sentence.text));
      const lead = doc.text.slice(doc.text.lastIndexOf('\n', sentence.start) + 1, sentence.start);
      for (const f of proseOutcomes(sentence, { forward: isForward, lead, defaultPeriod: docPeriod })) {
        if (!restates(f)) add(f, f.ofAction ? null : subjectOf(f, sentence, places, home, doc.text));
      }
    }
    return out.entities();
  },
};
