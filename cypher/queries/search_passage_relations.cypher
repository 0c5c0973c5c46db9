// For each passage ($passages: {doc, start, end, entities}), at most $limit
// distinct relations touching its entities: evidence inside the passage first,
// then by confidence, then by id. The label disjunction seeks each label's id
// index; a hub's hundreds of relations are ranked here, never sent.
UNWIND range(0, size($passages) - 1) AS i
WITH i, $passages[i] AS p
UNWIND p.entities AS id
MATCH (:Institution|Policy|Measure|Platform|Region|Event|Outcome {id: id})-[r]-()
WHERE type(r) IN $types
WITH DISTINCT i, p, r
WITH i, r, r.doc = p.doc AND r.spanStart >= p.start AND r.spanEnd <= p.end AS inside
ORDER BY i, inside DESC, r.confidence DESC, r.id
WITH i, collect(r)[..$limit] AS rels
UNWIND rels AS r
WITH i, r, startNode(r) AS a, endNode(r) AS b
RETURN i, a {.*, docs: a.docs[0..100], docCount: size(coalesce(a.docs, [])), _facets: null, _keys: null, _merge: null, _labels: labels(a)} AS a, b {.*, docs: b.docs[0..100], docCount: size(coalesce(b.docs, [])), _facets: null, _keys: null, _merge: null, _labels: labels(b)} AS b, [r.id, type(r), a.id, b.id, r.doc, r.evidence, r.spanStart, r.spanEnd, r.confidence, r.rule] AS relation
