// An entity page in one read: the entity; for each relation type of $types how
// many relations it has and the page [$offset, $offset + $limit) of them, the
// strongest first (confidence, then id: strongestFirst in src/store/query-rules.ts),
// each with the entity at its far end as [id, labels, name]; the titles of the
// documents the page names (pageDocuments in src/store/query-rules.ts: its
// documents [$offset, $offset + $limit) and those the listed relations quote).
// A hub's thousands of relations are counted and sorted here, never sent, and
// its thousands of documents are not looked up.
// The id comes as a one-element list, as in walk_start.cypher: one plan whatever its length.
UNWIND $ids AS id
MATCH (n:Institution|Policy|Measure|Platform|Region|Event|Outcome {id: id})
CALL (n) {
  MATCH (n)-[r:ISSUED|IMPLEMENTS|PART_OF|OPERATES|LOCATED_IN|PARTICIPATED_IN|COOPERATES_WITH|APPROVED|GUIDES|REFERENCES|PRODUCED|TARGETS|MEASURED_IN|AMENDS|REPLACES]-(b)
  WHERE type(r) IN $types
  WITH type(r) AS type, r, b
  ORDER BY r.confidence DESC, r.id
  WITH type, collect([r, b]) AS ranked
  RETURN collect([type, size(ranked), [p IN ranked[$offset..$offset + $limit] | [[r IN [p[0]] | [r.id, type(r), startNode(r).id, endNode(r).id, r.doc, r.evidence, r.spanStart, r.spanEnd, r.confidence, r.rule]][0], p[1].id, labels(p[1]), p[1].name]]]) AS groups
}
WITH n, groups, coalesce(n.docs, [])[$offset..$offset + $limit] AS paged
CALL (paged, groups) {
  UNWIND paged + reduce(quoted = [], g IN groups | quoted + [p IN g[2] | p[0][4]]) AS doc
  WITH DISTINCT doc
  MATCH (d:Document {id: doc})
  RETURN collect([d.id, d.title]) AS documents
}
RETURN n {.*, docs: n.docs[0..100], docCount: size(coalesce(n.docs, [])), _facets: null, _keys: null, _merge: null, _labels: labels(n)} AS n, groups, documents, paged
