// One step out from a set of entities: relations of $types in $direction
// ('out', 'in' or 'both'), far end restricted to $labels unless it is null.
// The label expression lets each id seek its label's uniqueness index.
UNWIND $ids AS id
MATCH (a:Institution|Policy|Measure|Platform|Region|Event|Outcome {id: id})-[r]-(b)
WHERE type(r) IN $types
  AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = a) OR ($direction = 'in' AND endNode(r) = a))
  AND any(l IN labels(b) WHERE l IN coalesce($labels, $entityLabels))
WITH DISTINCT a, r, b
RETURN a, b, r.id AS id, type(r) AS type, startNode(r).id AS start, endNode(r).id AS end,
       r.doc AS doc, r.evidence AS evidence, r.spanStart AS spanStart, r.spanEnd AS spanEnd,
       r.confidence AS confidence, r.rule AS rule
