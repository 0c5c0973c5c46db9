// Every shortest path between two entities over the ontology's relation types, ignoring direction.
// Variable-length bounds cannot be parameters: the search is capped at 6 hops
// (the API's maximum) and shorter limits are applied to the result. The label
// expression makes both ends index seeks; the type expression keeps the search
// off chunks and documents.
MATCH (a:Institution|Policy|Measure|Platform|Region|Event|Outcome {id: $from}),
      (b:Institution|Policy|Measure|Platform|Region|Event|Outcome {id: $to})
MATCH p = allShortestPaths((a)-[rels:ISSUED|IMPLEMENTS|PART_OF|OPERATES|LOCATED_IN|PARTICIPATED_IN|COOPERATES_WITH|APPROVED|GUIDES|REFERENCES|PRODUCED|TARGETS|MEASURED_IN|AMENDS|REPLACES*..6]-(b))
WHERE length(p) <= $maxHops
RETURN [r IN relationships(p) | [r.id, type(r), startNode(r).id, endNode(r).id, r.doc, r.evidence, r.spanStart, r.spanEnd, r.confidence, r.rule]] AS edges
