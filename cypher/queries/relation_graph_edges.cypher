// Every relation between entities, for analytics: the ontology's types only,
// so the scan skips chunks, documents and mentions.
MATCH (a:Institution|Policy|Measure|Platform|Region|Event|Outcome)-[r:ISSUED|IMPLEMENTS|PART_OF|OPERATES|LOCATED_IN|PARTICIPATED_IN|COOPERATES_WITH|APPROVED|GUIDES|REFERENCES|PRODUCED|TARGETS|MEASURED_IN]->(b)
RETURN r.id AS id, type(r) AS type, a.id AS start, b.id AS end, r.doc AS doc, r.evidence AS evidence,
       r.spanStart AS spanStart, r.spanEnd AS spanEnd, r.confidence AS confidence, r.rule AS rule
ORDER BY id
