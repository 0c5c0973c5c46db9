import { z } from 'zod';
import { INSTRUMENT_CATEGORIES, INSTRUMENT_TOOLS } from '../../core/instruments/scheme.ts';
import { LIFECYCLE_FIELDS } from '../../core/lifecycle.ts';
import { GROUP_BY } from '../query/analysis/instruments.ts';
import { components, Entity, EntityRef, Evidence, Relation, RelationView } from './schemas.ts';

// The analysis endpoints' inputs and answers (policy instruments, life cycle,
// timelines, comparisons); named answers become OpenAPI components.

const named = <T extends z.ZodType>(id: string, schema: T) => {
  components.add(schema, { id });
  return schema;
};

const ref = (what: string) => z.string().trim().min(1).max(300).describe(`${what}: an entity id, or a name or alias`);
const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
const offset = z.coerce.number().int().min(0).default(0);
const format = z.enum(['json', 'csv']).default('json').describe('csv answers the table as CSV (UTF-8 with a byte-order mark) for Excel, R or Stata');

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'give a date as YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar date');

export const InstrumentTableQuery = z.object({ groupBy: z.enum(GROUP_BY).default('region'), format });
export const TimelineQuery = z.object({ entity: ref('the region, body, policy or other entity'), limit: limit(5000, 500), offset, format });
export const CompareQuery = z.object({ a: ref('a region, institution or policy'), b: ref('another region, institution or policy'), format });
export const PoliciesQuery = z.object({
  inForce: isoDay.optional().describe('YYYY-MM-DD: only the policies in force on that day'),
  limit: limit(1000, 200),
  offset,
  format,
});
export const OverviewQuery = z.object({ limit: limit(2000, 300).describe('at most this many entities, the most central first') });
export const ClassifyBody = z.object({
  name: z.string().trim().min(1).max(500).describe("the measure's name (short title)"),
  text: z.string().trim().max(5000).optional().describe('the sentence it was read from'),
});

const Category = z.enum(INSTRUMENT_CATEGORIES);
const Tool = z.enum(INSTRUMENT_TOOLS);
const Share = { count: z.number().int(), share: z.number().describe('of the coded measures') };

export const CodedMeasure = named(
  'CodedMeasure',
  z.object({
    id: z.string(),
    name: z.string(),
    category: Category.nullable(),
    tool: Tool.nullable(),
    confidence: z.number().nullable(),
    cue: z.string().nullable().describe('what the coding rests on'),
    evidence: Evidence.nullable(),
  }),
);

const Mix = {
  measures: z.number().int(),
  uncoded: z.number().int(),
  categories: z.array(z.object({ category: Category, ...Share })),
  cells: z.array(z.object({ category: Category, tool: Tool, ...Share, measures: z.array(CodedMeasure) })).describe('one per tool of the scheme'),
};

export const InstrumentTable = named(
  'InstrumentTable',
  z.object({
    groupBy: z.enum(GROUP_BY),
    measures: z.number().int(),
    uncoded: z.number().int(),
    groups: z.array(z.object({ key: z.string(), name: z.string(), ...Mix })),
  }),
);

export const Classification = named(
  'Classification',
  z.object({
    category: Category.nullable(),
    tool: Tool.nullable(),
    confidence: z.number(),
    cue: z.string(),
    mode: z.enum(['model', 'cue-words']),
    neighbours: z.array(z.object({ measure: z.string(), doc: z.string(), category: Category, tool: Tool, similarity: z.number() })),
    warning: z.string().optional(),
  }),
);

const ForceStatus = z.enum(['in_force', 'not_yet', 'ended', 'draft', 'undated']);

export const PolicyList = named(
  'PolicyList',
  z.object({
    inForce: z.string().nullable(),
    total: z.number().int(),
    excluded: z.partialRecord(ForceStatus, z.number().int()).describe('policies left out, by why'),
    items: z.array(
      z.object({
        entity: EntityRef,
        kind: z.string().nullable(),
        dates: z.array(z.object({ field: z.enum(LIFECYCLE_FIELDS), date: z.string(), evidence: Evidence.nullable() })),
        status: ForceStatus,
        basis: z.string(),
        links: z.array(RelationView).describe('AMENDS and REPLACES, either way'),
      }),
    ),
  }),
);

export const Timeline = named(
  'Timeline',
  z.object({
    entity: EntityRef,
    total: z.number().int(),
    items: z.array(
      z.object({
        date: z.string(),
        kind: z.enum([...LIFECYCLE_FIELDS, 'event', 'outcome']),
        entity: EntityRef,
        detail: z.string().nullable(),
        via: RelationView.nullable(),
        through: EntityRef.nullable(),
        evidence: Evidence.nullable(),
      }),
    ),
  }),
);

const Side = z.object({ entity: EntityRef, measures: z.number().int(), uncoded: z.number().int() });
const SideShare = z.object(Share);

export const Comparison = named(
  'Comparison',
  z.object({
    a: Side,
    b: Side,
    categories: z.array(z.object({ category: Category, a: SideShare, b: SideShare })),
    tools: z.array(z.object({ category: Category, tool: Tool, a: SideShare, b: SideShare, only: z.enum(['a', 'b']).nullable() })),
    measures: z.object({ onlyA: z.array(CodedMeasure), onlyB: z.array(CodedMeasure), both: z.array(CodedMeasure) }),
  }),
);

export const FoldedOverview = named(
  'FoldedOverview',
  z.object({
    nodes: z.array(
      Entity.extend({
        folded: z.number().int().describe('outcomes folded into it until it is expanded'),
        hidden: z.number().int().describe('neighbours not drawn'),
        rank: z.number().describe('PageRank with outcomes folded'),
      }),
    ),
    edges: z.array(z.object({ id: z.string(), type: Relation, start: z.string(), end: z.string() })),
    total: z.object({ entities: z.number().int(), outcomes: z.number().int(), relations: z.number().int() }),
    truncated: z.boolean().describe('more entities than the limit: the least central are left out'),
  }),
);
