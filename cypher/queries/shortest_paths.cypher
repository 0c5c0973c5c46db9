// Every shortest path between two entities over the ontology's relation types, ignoring direction.
// Variable-length bounds cannot be parameters: the search is capped at 6 hops
// (the API's maximum) and shorter limits are applied to the result. The label
// expression makes both ends index seeks; the type expression keeps the search
// off chunks and documents.
MATCH (a:Institution|Policy|Measure|Platform|Region|Event|Outcome {id: $from}),
      (b:Institution|Policy|Measure|Platform|Region|Event|Outcome {id: $to})
MATCH p = allShortestPaths((a)-[rels:ISSUED|IMPLEMENTS|PART_OF|OPERATES|LOCATED_IN|PARTICIPATED_IN|COOPERATES_WITH|APPROVED|GUIDES|REFERENCES|PRODUCED|TARGETS|MEASURED_IN*..6]-(b))
WHERE length(p) <= $maxHops
RETURN [r IN relationships(p) | {
  id: r.id, type: type(r), start: startNode(r).id, end: endNode(r).id, doc: r.doc, evidence: r.evidence,
  spanStart: r.spanStart, spanEnd: r.spanEnd, confidence: r.confidence, rule: r.rule
}] AS edges
