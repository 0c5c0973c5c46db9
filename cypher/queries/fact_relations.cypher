// The relations of the given facts ($facts: {type, start, end}), at most $perFact
// of each, by document and then position in it.
UNWIND $facts AS f
MATCH (a:Institution|Policy|Measure|Platform|Region|Event|Outcome {id: f.start})
CALL (a, f) {
  MATCH (a)-[r:ISSUED|IMPLEMENTS|PART_OF|OPERATES|LOCATED_IN|PARTICIPATED_IN|COOPERATES_WITH|APPROVED|GUIDES|REFERENCES|PRODUCED|TARGETS|MEASURED_IN|AMENDS|REPLACES]->(b)
  WHERE type(r) = f.type AND b.id = f.end
  RETURN r
  ORDER BY r.doc, r.spanStart, r.id
  LIMIT $perFact
}
RETURN collect([r.id, type(r), startNode(r).id, endNode(r).id, r.doc, r.evidence, r.spanStart, r.spanEnd, r.confidence, r.rule]) AS edges
