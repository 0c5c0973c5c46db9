import type { AnalyzedDocument } from '../../analyze/profile.ts';
import type { ExtractedEntity, Sentence } from '../../types.ts';
import type { EntityRecognizer } from '../types.ts';
import { EntityCollector } from './build.ts';
import { isTaskTitle } from './measure.ts';
import { outcomeName, periodOf, type OutcomeFact } from './outcome-fact.ts';
import { proseOutcomes } from './outcome-prose.ts';
import { tableOutcomes } from './outcome-table.ts';
import { spansWithin } from '../spans.ts';

/** How many final characters two indicators must share for a repeated figure to be one outcome. */
const RESTATED_ENDING = 6;

/** Whether two indicators end alike: one ends with the other, or they share their last RESTATED_ENDING characters. */
function endAlike(a: string, b: string): boolean {
  return a.endsWith(b) || b.endsWith(a) || (a.length >= RESTATED_ENDING && b.endsWith(a.slice(-RESTATED_ENDING)));
}

const FORWARD_WORDS = /到\s*(?:19|20)\d{2}\s*年|力争|预计|预期|目标/;

/** Sections whose body sets out work to do: a plan's tasks and 专栏 boxes, with everything below them. */
function forwardSections(doc: AnalyzedDocument): Set<number> {
  const forward = new Set<number>();
  for (const s of doc.sections) {
    const parent = s.parent === null ? false : forward.has(s.parent);
    if (parent || s.kind === 'column' || isTaskTitle(s.title)) forward.add(s.index);
  }
  return forward;
}

/**
 * The region a figure belongs to: the one named in the sentence before it,
 * else the document's home region. Places listed together (甲市、乙市、丙市…合计)
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
  confidence: 0.8,
  recognize(doc, found) {
    const out = new EntityCollector(doc.text, false);
    const regions = found.filter((e) => e.label === 'Region' && e.props.level !== 'country' && e.props.level !== 'international');
    const place = doc.profile.reportingPlace?.canonical;
    const home = regions.find((r) => (place && r.aliases.includes(place)) || r.name === place)?.name ?? place ?? null;
    const places = regions.flatMap((region) => region.mentions.map((m) => ({ start: m.start, end: m.end, region }))).sort((a, b) => a.start - b.start);
    const seen = new Map<string, { fact: OutcomeFact; name: string }[]>();
    const factKey = (f: OutcomeFact) => [f.value, f.unit, f.kind].join('\u0000');
    /**
     * Prose often repeats a figure a table gives (拥有量增加至119件 beside the table's 119), in
     * other words (商标质押融资金额 for 商标质押融资登记金额): same figure, kind and
     * period, and indicators ending alike.
     */
    const restated = (f: OutcomeFact) =>
      (seen.get(factKey(f)) ?? []).find(({ fact: g }) => (!f.period || !g.period || f.period === g.period) && endAlike(f.indicator, g.indicator));
    const mention = (f: OutcomeFact) => ({ start: f.start, end: f.end, surface: doc.text.slice(f.start, f.end) });
    const add = (f: OutcomeFact, subject: string | null) => {
      // A restatement is one more mention of the outcome, so the task it sits in still TARGETS it.
      const earlier = restated(f);
      if (earlier) return out.add('Outcome', earlier.name, [], {}, mention(f));
      const name = outcomeName(f, subject);
      const key = factKey(f);
      seen.set(key, [...(seen.get(key) ?? []), { fact: f, name }]);
      const props = { indicator: f.indicator, value: f.value, unit: f.unit, figure: f.figure, period: f.period, kind: f.kind, subject, text: f.text };
      out.add('Outcome', name, [], props, mention(f));
    };

    for (const table of doc.tables) for (const f of tableOutcomes(table, doc.text)) add(f, home);

    const plan = doc.profile.genre === 'plan';
    const forward = plan ? forwardSections(doc) : new Set<number>();
    const docPeriod = periodOf(doc.title);
    const inTable = (s: Sentence) => doc.tables.some((t) => s.start < t.end && t.start < s.end);
    for (const sentence of doc.sentences) {
      if (sentence.isHeading || inTable(sentence)) continue;
      const isForward = plan && ((sentence.section !== null && forward.has(sentence.section)) || FORWARD_WORDS.test(sentence.text));
      const lead = doc.text.slice(doc.text.lastIndexOf('\n', sentence.start) + 1, sentence.start);
      for (const f of proseOutcomes(sentence, { forward: isForward, lead, defaultPeriod: docPeriod })) {
        add(f, f.ofAction ? null : subjectOf(f, sentence, places, home, doc.text));
      }
    }
    return out.entities();
  },
};
