// Every shortest path between two entities over relation types, ignoring direction.
// Variable-length bounds cannot be parameters: the search is capped at 6 hops
// (the API's maximum) and shorter limits are applied to the result.
MATCH (a {id: $from}), (b {id: $to})
WHERE any(l IN labels(a) WHERE l IN $entityLabels) AND any(l IN labels(b) WHERE l IN $entityLabels)
MATCH p = allShortestPaths((a)-[rels*..6]-(b))
WHERE all(r IN rels WHERE type(r) IN $types) AND length(p) <= $maxHops
RETURN [r IN relationships(p) | {
  id: r.id, type: type(r), start: startNode(r).id, end: endNode(r).id, doc: r.doc, evidence: r.evidence,
  spanStart: r.spanStart, spanEnd: r.spanEnd, confidence: r.confidence, rule: r.rule
}] AS edges
