// The Neo4j schema, applied at every open (each statement is idempotent).
// Statements end with ";" at the end of a line; "//" lines are comments.
//
// Additions to the ontology (shared/ontology.md), also listed in the README:
// - (:Document)-[:HAS_CHUNK]->(:Chunk)-[:NEXT_CHUNK]->(:Chunk), each with `doc`.
// - MENTIONED_IN is one relationship per (entity, chunk): `spans` holds every
//   occurrence's [start, end] offsets flattened, `surfaces` the forms seen.
// - Entities carry `docs` (source file names) and `_facets` (JSON: what each
//   document said of them, from which replace and delete recompute the node).
// - Outcome carries `figure` (the value as written) and `subject`.
// - AMENDS and REPLACES (Policy -> Policy): the life cycle of instruments, with
//   Policy dates `issued`, `adopted`, `effective`, `amended`, `repealed`,
//   `expires` (as precise as the text states them) and `lifecycleEvidence`.
// - Measure carries its policy-instrument coding (`instrument`, `instrumentTool`,
//   `instrumentConfidence`, `instrumentCue`) and where and when it was set
//   (`instrumentRegion`, `instrumentYear`, `instrumentIssuer`).
// - Document carries `revision` (file hash, pipeline version, embedded or not)
//   and `merges` (why its entities were joined to ones stored before).

// One node per id, for every label.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT chunk_id IF NOT EXISTS FOR (n:Chunk) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (n:Measure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT platform_id IF NOT EXISTS FOR (n:Platform) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outcome_id IF NOT EXISTS FOR (n:Outcome) REQUIRE n.id IS UNIQUE;
// The one node whose token every write changes (answer caches check it), merged by concurrent writers.
CREATE CONSTRAINT kg_revision_id IF NOT EXISTS FOR (n:KgRevision) REQUIRE n.id IS UNIQUE;

// Replacing or deleting a document finds what it wrote by its id:
// its chunks, and every extracted relation (each carries the id of its document in `doc`).
// HAS_CHUNK, NEXT_CHUNK and MENTIONED_IN go with the chunks they touch, so no index
// on their `doc` is kept up to date for nothing (stores made before drop theirs).
CREATE INDEX chunk_doc IF NOT EXISTS FOR (n:Chunk) ON (n.doc);
DROP INDEX has_chunk_doc IF EXISTS;
DROP INDEX next_chunk_doc IF EXISTS;
DROP INDEX mentioned_in_doc IF EXISTS;
CREATE INDEX issued_doc IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.doc);
CREATE INDEX implements_doc IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() ON (r.doc);
CREATE INDEX part_of_doc IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.doc);
CREATE INDEX operates_doc IF NOT EXISTS FOR ()-[r:OPERATES]-() ON (r.doc);
CREATE INDEX located_in_doc IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.doc);
CREATE INDEX participated_in_doc IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.doc);
CREATE INDEX cooperates_with_doc IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.doc);
CREATE INDEX approved_doc IF NOT EXISTS FOR ()-[r:APPROVED]-() ON (r.doc);
CREATE INDEX guides_doc IF NOT EXISTS FOR ()-[r:GUIDES]-() ON (r.doc);
CREATE INDEX references_doc IF NOT EXISTS FOR ()-[r:REFERENCES]-() ON (r.doc);
CREATE INDEX produced_doc IF NOT EXISTS FOR ()-[r:PRODUCED]-() ON (r.doc);
CREATE INDEX targets_doc IF NOT EXISTS FOR ()-[r:TARGETS]-() ON (r.doc);
CREATE INDEX measured_in_doc IF NOT EXISTS FOR ()-[r:MEASURED_IN]-() ON (r.doc);
CREATE INDEX amends_doc IF NOT EXISTS FOR ()-[r:AMENDS]-() ON (r.doc);
CREATE INDEX replaces_doc IF NOT EXISTS FOR ()-[r:REPLACES]-() ON (r.doc);

// Entity names and aliases, searchable by CJK bigrams.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Institution|Policy|Measure|Platform|Region|Event|Outcome) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// Entity lookup keys (`_keys`: normalised name and aliases), so a lookup by
// two or more Han characters reads the entities that hold its bigrams instead
// of every entity (cypher/queries/entity_lookup_indexed.cypher).
CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS
FOR (n:Institution|Policy|Measure|Platform|Region|Event|Outcome) ON EACH [n._keys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// Entity lookup keys as whole terms, so resolving a new document's names
// against the store seeks each key instead of reading every entity
// (src/store/neo4j.ts findEntitiesByName). Neo4j keeps one full-text index per
// labels and properties, and entity_keys holds `_keys` alone: `id` makes this
// one distinct and is never queried.
CREATE FULLTEXT INDEX entity_key_terms IF NOT EXISTS
FOR (n:Institution|Policy|Measure|Platform|Region|Event|Outcome) ON EACH [n._keys, n.id]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};

// Chunk text for keyword search (src/store/neo4j-search.ts), BM25 over CJK bigrams.
CREATE FULLTEXT INDEX chunk_text IF NOT EXISTS
FOR (n:Chunk) ON EACH [n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// Chunk embeddings (bge-small-zh: 512 dimensions, unit vectors) for semantic search.
CREATE VECTOR INDEX chunk_embedding IF NOT EXISTS
FOR (n:Chunk) ON (n.embedding)
OPTIONS {indexConfig: {`vector.dimensions`: 512, `vector.similarity_function`: 'cosine'}};

// Files a sharded ingest could not store (src/store/neo4j-turns.ts), so that the other shards stop waiting for them.
CREATE CONSTRAINT ingest_failure_id IF NOT EXISTS FOR (n:IngestFailure) REQUIRE n.id IS UNIQUE;
