// One step out from a set of entities: relations of $types in $direction
// ('out', 'in' or 'both'), far end restricted to $labels unless it is null, at
// most $perNode relations from each entity (all when null), the strongest first.
// The label expression lets each id seek its label's uniqueness index.
// One row: every node reached (or started from) once, and the relations, so a
// well-connected entity is not sent again with each of its relations. Entities
// are sent as their properties without facets and lookup keys (ENTITY_PROJECTION),
// relations as lists in the order relationFrom reads (src/store/neo4j-queries.ts).
UNWIND $ids AS id
MATCH (a:Institution|Policy|Measure|Platform|Region|Event|Outcome {id: id})
CALL (a) {
  MATCH (a)-[r:ISSUED|IMPLEMENTS|PART_OF|OPERATES|LOCATED_IN|PARTICIPATED_IN|COOPERATES_WITH|APPROVED|GUIDES|REFERENCES|PRODUCED|TARGETS|MEASURED_IN|AMENDS|REPLACES]-(b)
  WHERE type(r) IN $types
    AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = a) OR ($direction = 'in' AND endNode(r) = a))
    AND any(l IN labels(b) WHERE l IN coalesce($labels, $entityLabels))
  WITH r, b
  ORDER BY r.confidence DESC, r.id
  WITH collect([r, b]) AS ranked
  RETURN ranked[..coalesce($perNode, size(ranked))] AS kept, size(ranked) > coalesce($perNode, size(ranked)) AS over
}
UNWIND kept AS pair
WITH a, pair[0] AS r, pair[1] AS b, over
WITH collect(DISTINCT a) + collect(DISTINCT b) AS nodes, collect(DISTINCT r) AS rels, any(x IN collect(over) WHERE x) AS capped
RETURN [n IN nodes | n {.*, docs: n.docs[0..100], docCount: size(coalesce(n.docs, [])), _facets: null, _keys: null, _merge: null, _labels: labels(n)}] AS nodes, [r IN rels | [r.id, type(r), startNode(r).id, endNode(r).id, r.doc, r.evidence, r.spanStart, r.spanEnd, r.confidence, r.rule]] AS edges, capped
