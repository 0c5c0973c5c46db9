import { ENTITY_LABELS, RELATION_TYPES } from '../../core/ontology.ts';
import { z } from 'zod';
import { LISTED_DOCS } from '../../core/store.ts';

/** Named schemas: each becomes a component of the OpenAPI document. */
export const components = z.registry<{ id: string }>();
const named = <T extends z.ZodType>(id: string, schema: T) => {
  components.add(schema, { id });
  return schema;
};

// ------------------------------------------------------------------ inputs

export const Label = z.enum(ENTITY_LABELS);
export const Relation = z.enum(RELATION_TYPES);

/** A list given as `a,b` or as a repeated parameter. */
const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)).min(1))
    .describe(`comma-separated, any of: ${values.join(', ')}`);

const ref = (what: string) => z.string().trim().min(1).max(300).describe(`${what}: an entity id, or a name or alias`);
const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
// Neo4j indexes lists with 32-bit integers: an offset plus any limit stays below 2^31.
const offset = z.coerce.number().int().min(0).max(1_000_000_000).default(0);

export const IdParams = z.object({ id: z.string().min(1).max(300) });

export const EntitySearchQuery = z.object({
  q: z.string().trim().max(200).optional().describe('name or alias, full or partial (CJK-aware)'),
  label: Label.optional(),
  limit: limit(200, 20),
  offset,
});

export const EntityDetailQuery = z.object({
  types: list(RELATION_TYPES).optional().describe('only these relation types'),
  limit: limit(1000, 50).describe('relations listed per type, the strongest first (confidence, then id), and documents titled'),
  offset: offset.describe('relations of each type and documents skipped, for the next page'),
});

export const NeighborsQuery = z.object({
  depth: z.coerce.number().int().min(1).max(3).default(1),
  types: list(RELATION_TYPES).optional(),
  labels: list(ENTITY_LABELS).optional(),
  limit: limit(2000, 500).describe('at most this many nodes'),
  fanout: limit(500, 50).describe('at most this many relations followed from each entity, the strongest first'),
});

export const ImplementersQuery = z.object({ measure: ref('the measure or policy') });

export const MeasuresQuery = z
  .object({ implementer: ref('the implementing institution').optional(), policy: ref('the policy').optional() })
  .refine((q) => q.implementer || q.policy, { message: 'give implementer, policy or both' });

export const OutcomesQuery = z.object({
  indicator: z.string().trim().min(1).max(200).optional().describe('part of the indicator or name'),
  region: z.string().trim().min(1).max(200).optional().describe('region id or name (MEASURED_IN or the outcome subject)'),
  period: z.string().trim().min(1).max(50).optional().describe('part of the period, e.g. 2025'),
  kind: z.enum(['actual', 'target', 'change']).optional(),
  limit: limit(500, 50),
  offset,
});

export const PathsQuery = z.object({
  from: ref('the start'),
  to: ref('the end'),
  maxHops: z.coerce.number().int().min(1).max(6).default(4),
  k: limit(100, 20).describe('at most this many paths, in the order of their relations\' ids'),
});

export const CentralityQuery = z.object({ label: Label.optional(), limit: limit(500, 20) });
export const CommunitiesQuery = z.object({ limit: limit(500, 20), members: limit(500, 20).describe('members listed per community') });

export const CypherBody = z.object({
  query: z.string().trim().min(1).max(10_000),
  params: z.record(z.string(), z.unknown()).default({}),
  limit: limit(5000, 1000).describe('row limit'),
});

// ------------------------------------------------------------------ answers

const PropertyValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number()), z.null()]);
const Props = z.record(z.string(), PropertyValue);

export const Evidence = named(
  'Evidence',
  z.object({
    sentence: z.string().describe('the sentence the fact was read from, verbatim'),
    doc: z.string().describe('document id (file name)'),
    start: z.number().int().describe('character offset of the sentence in the document text'),
    end: z.number().int(),
  }),
);

export const Entity = named(
  'Entity',
  z.object({
    id: z.string(),
    label: Label,
    name: z.string(),
    aliases: z.array(z.string()),
    docs: z.array(z.string()).describe(`its documents by id: all of them, or the first ${LISTED_DOCS} when it has more`),
    docCount: z.number().int().describe('how many documents give the entity'),
    props: Props,
  }),
);
export const EntityRef = named('EntityRef', z.object({ id: z.string(), label: Label, name: z.string() }));

export const RelationView = named(
  'RelationView',
  z.object({ id: z.string(), type: Relation, direction: z.enum(['out', 'in']), other: EntityRef, evidence: Evidence, confidence: z.number() }),
);
export const Edge = named(
  'Edge',
  z.object({ id: z.string(), type: Relation, start: z.string(), end: z.string(), evidence: Evidence, confidence: z.number() }),
);

export const EntityList = named('EntityList', z.object({ total: z.number().int(), items: z.array(Entity) }));

export const EntityDetail = named(
  'EntityDetail',
  z.object({
    entity: Entity,
    relations: z.partialRecord(Relation, z.array(RelationView)).describe('relations grouped by type: a page of each, the strongest first'),
    relationCounts: z.partialRecord(Relation, z.number().int()).describe('how many relations of each type the entity has'),
    documents: z
      .array(z.object({ id: z.string(), title: z.string() }))
      .describe("titles of the documents this page names, by id: the entity's documents [offset, offset + limit) and those its listed relations quote"),
  }),
);

export const Neighbors = named(
  'Neighbors',
  z.object({ root: z.string(), nodes: z.array(Entity), edges: z.array(Edge), truncated: z.boolean() }),
);

const Linked = named(
  'Linked',
  z.object({
    entity: Entity,
    via: z.array(RelationView).describe('the relations that lead to it, from the subject or from `through`'),
    through: EntityRef.nullable().describe('the entity it was reached through, when not linked to the subject itself'),
    passages: z.array(Evidence).describe('passages that name it beside the subject or under its heading'),
  }),
);

export const Events = named(
  'Events',
  z.object({
    entity: Entity,
    participants: z.array(Linked).describe('for an event: the bodies that took part in it or guided it'),
    events: z.array(Linked).describe('events linked by a relation; for an event, the events its passages name'),
  }),
);

export const Places = named(
  'Places',
  z.object({
    entity: EntityRef,
    places: z.array(Linked),
    contents: z.array(Linked).describe('for a region: the bodies, platforms, events and regions located in it'),
  }),
);

export const Implementers = named(
  'Implementers',
  z.object({ measure: EntityRef, implementers: z.array(z.object({ entity: EntityRef, evidence: z.array(RelationView) })) }),
);

export const Measures = named(
  'Measures',
  z.object({
    implementer: EntityRef.optional(),
    policy: EntityRef.optional(),
    items: z.array(z.object({ entity: Entity, via: z.array(RelationView), implementers: z.array(RelationView) })),
  }),
);

export const TraceNode = named(
  'TraceNode',
  z.object({
    entity: z.object({ id: z.string(), label: Label, name: z.string(), props: Props }),
    via: z.object({ type: Relation, direction: z.enum(['out', 'in']), evidence: Evidence }).optional(),
    get children(): z.ZodArray<typeof TraceNode> {
      return z.array(TraceNode);
    },
  }),
);

export const Outcomes = named(
  'Outcomes',
  z.object({ total: z.number().int(), items: z.array(Entity.extend({ relations: z.array(RelationView) })) }),
);

export const PathEdge = named(
  'PathEdge',
  z.object({
    id: z.string().describe('the smallest id of the relations the fact stands for'),
    type: Relation,
    start: z.string(),
    end: z.string(),
    confidence: z.number(),
    support: z.number().int().describe('how many relations (statements in documents) the fact stands for'),
    evidence: z.array(Evidence).describe('where it is stated: up to 10, by document and position'),
  }),
);

export const Paths = named(
  'Paths',
  z.object({
    from: EntityRef,
    to: EntityRef,
    paths: z.array(z.object({ length: z.number().int(), nodes: z.array(EntityRef), edges: z.array(PathEdge) })),
    truncated: z.boolean().describe('more shortest paths exist than `k`'),
  }),
);

export const Centrality = named(
  'Centrality',
  z.object({ total: z.number().int(), items: z.array(z.object({ entity: EntityRef, pagerank: z.number(), degree: z.number().int() })) }),
);

export const Communities = named(
  'Communities',
  z.object({
    modularity: z.number(),
    total: z.number().int(),
    items: z.array(
      z.object({ id: z.number().int(), size: z.number().int(), labels: z.partialRecord(Label, z.number().int()), members: z.array(EntityRef) }),
    ),
  }),
);

export const GraphOverview = named(
  'GraphOverview',
  z.object({ nodes: z.array(Entity), edges: z.array(z.object({ id: z.string(), type: Relation, start: z.string(), end: z.string() })) }),
);

const DocumentSummaryFields = {
  id: z.string(),
  title: z.string(),
  path: z.string(),
  sha256: z.string(),
  format: z.enum(['txt', 'md', 'html', 'docx', 'pdf']),
  date: z.string().nullable(),
  chars: z.number().int(),
  chunks: z.number().int(),
};
export const DocumentList = named('DocumentList', z.array(z.object(DocumentSummaryFields)));
export const DocumentDetail = named(
  'DocumentDetail',
  z.object({ ...DocumentSummaryFields, text: z.string(), entities: z.array(EntityRef) }),
);

export const CypherAnswer = named(
  'CypherAnswer',
  z.object({ columns: z.array(z.string()), rows: z.array(z.record(z.string(), z.unknown())), truncated: z.boolean() }),
);

export const Stats = named(
  'Stats',
  z.object({
    documents: z.number().int(),
    chunks: z.number().int(),
    entities: z.record(Label, z.number().int()),
    relations: z.record(Relation, z.number().int()),
    mentions: z.number().int(),
  }),
);

export const ErrorBody = named(
  'Error',
  z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) }),
);
