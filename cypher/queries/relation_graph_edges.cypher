// Every relation between entities, for analytics: the ontology's types only,
// so the scan skips chunks, documents and mentions.
MATCH (a:Institution|Policy|Measure|Platform|Region|Event|Outcome)-[r:ISSUED|IMPLEMENTS|PART_OF|OPERATES|LOCATED_IN|PARTICIPATED_IN|COOPERATES_WITH|APPROVED|GUIDES|REFERENCES|PRODUCED|TARGETS|MEASURED_IN|AMENDS|REPLACES]->(b)
RETURN [r.id, type(r), a.id, b.id, r.doc, r.evidence, r.spanStart, r.spanEnd, r.confidence, r.rule] AS relation
ORDER BY r.id
