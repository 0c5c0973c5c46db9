// One step out from a set of entities: relations of $types in $direction
// ('out', 'in' or 'both'), far end restricted to $labels unless it is null.
// The label expression lets each id seek its label's uniqueness index.
// One row: every node reached (or started from) once, and the relations, so a
// well-connected entity is not sent again with each of its relations.
UNWIND $ids AS id
MATCH (a:Institution|Policy|Measure|Platform|Region|Event|Outcome {id: id})-[r]-(b)
WHERE type(r) IN $types
  AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = a) OR ($direction = 'in' AND endNode(r) = a))
  AND any(l IN labels(b) WHERE l IN coalesce($labels, $entityLabels))
WITH collect(DISTINCT a) + collect(DISTINCT b) AS nodes, collect(DISTINCT r) AS rels
RETURN nodes, [r IN rels | {
  id: r.id, type: type(r), start: startNode(r).id, end: endNode(r).id, doc: r.doc, evidence: r.evidence,
  spanStart: r.spanStart, spanEnd: r.spanEnd, confidence: r.confidence, rule: r.rule
}] AS edges
