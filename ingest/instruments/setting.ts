import { normalizeName } from '../../core/names.ts';
import type { DocumentGraph, EntityRecord, PropertyValue } from '../../core/records.ts';
import { homeRegion } from '../analyze/home-region.ts';
import { datesIn } from '../lifecycle/dates.ts';

/** Where, when and by whom a measure was set, as far as its document says. */
export interface MeasureSetting {
  /** The Region entity of the document when it has one (id), else the place by name (id null). */
  region: { id: string | null; name: string } | null;
  year: number | null;
  issuer: EntityRecord | null;
}

/** A byline or dateline is a short line: 某某日报2023-05-12, 文章来源：《某报》2024年6月3日第5版. */
const DATELINE_MAX_CHARS = 80;
const DATELINE_LINES = 3;

const yearOf = (value: PropertyValue | undefined) => (typeof value === 'string' && /^\d{4}/.test(value) ? Number(value.slice(0, 4)) : null);

/** The policy's own date, as the year it was set: issued, adopted, else in force. */
const policyYear = (policy: EntityRecord | undefined) =>
  policy ? (yearOf(policy.props.issued) ?? yearOf(policy.props.adopted) ?? yearOf(policy.props.effective)) : null;

/** The year an annual report's cover states: 2025年度报告, 2025 ANNUAL REPORT. */
const REPORT_YEAR = /((?:19|20)\d{2})\s*(?:年度|annual\s+report)/i;

/**
 * The year a document was published, from its first or last short lines: a
 * full date (with the day) there dates a news item or a notice, a year beside
 * 年度 or ANNUAL REPORT an annual report.
 */
function datelineYear(text: string): number | null {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const candidates = [...lines.slice(1, 1 + DATELINE_LINES), ...lines.slice(-DATELINE_LINES)].filter((l) => l.length <= DATELINE_MAX_CHARS);
  for (const line of candidates) {
    const full = datesIn(line).find((d) => d.date.length === 10);
    if (full) return Number(full.date.slice(0, 4));
    const report = REPORT_YEAR.exec(line);
    if (report) return Number(report[1]);
  }
  return null;
}

/**
 * The setting of each Measure of a document: its region is the document's
 * home place (the country for a national text, else the city or province it
 * is about); its issuer the body that ISSUED the policy it is PART_OF, else
 * the body the document's title names; its year that policy's date, else the
 * year the title states, else the document's dateline.
 */
export function measureSettings(graph: DocumentGraph): Map<string, MeasureSetting> {
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const { text, title } = graph.document;
  const titleAt = text.indexOf(title);
  const inTitle = (label: EntityRecord['label']) =>
    graph.mentions
      .filter((m) => titleAt >= 0 && m.start >= titleAt && m.end <= titleAt + title.length && byId.get(m.entity)?.label === label)
      .map((m) => byId.get(m.entity)!);

  const home = homeRegion({ text, title });
  const homeKey = home && normalizeName(home.canonical);
  const homeEntity = homeKey ? graph.entities.find((e) => e.label === 'Region' && [e.name, ...e.aliases].some((n) => normalizeName(n) === homeKey)) : undefined;
  const region = homeEntity ? { id: homeEntity.id, name: homeEntity.name } : home ? { id: null, name: home.canonical } : null;

  const issuerOf = new Map<string, EntityRecord>();
  for (const r of graph.relations) if (r.type === 'ISSUED' && !issuerOf.has(r.end)) issuerOf.set(r.end, byId.get(r.start)!);
  const policyOf = new Map<string, EntityRecord>();
  for (const r of graph.relations) {
    if (r.type === 'PART_OF' && byId.get(r.start)?.label === 'Measure' && byId.get(r.end)?.label === 'Policy' && !policyOf.has(r.start)) {
      policyOf.set(r.start, byId.get(r.end)!);
    }
  }
  const ownPolicy = inTitle('Policy')[0];
  const titleYear = datesIn(title)[0]?.date;
  const documentYear = policyYear(ownPolicy) ?? (titleYear ? Number(titleYear.slice(0, 4)) : null) ?? datelineYear(text);
  const documentIssuer = (ownPolicy && issuerOf.get(ownPolicy.id)) ?? inTitle('Institution')[0] ?? null;

  const settings = new Map<string, MeasureSetting>();
  for (const measure of graph.entities.filter((e) => e.label === 'Measure')) {
    const policy = policyOf.get(measure.id);
    settings.set(measure.id, {
      region,
      year: policyYear(policy) ?? documentYear,
      issuer: (policy && issuerOf.get(policy.id)) ?? documentIssuer,
    });
  }
  return settings;
}
