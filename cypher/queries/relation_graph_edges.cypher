// Every relation between entities, for analytics.
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
RETURN r.id AS id, type(r) AS type, a.id AS start, b.id AS end, r.doc AS doc, r.evidence AS evidence,
       r.spanStart AS spanStart, r.spanEnd AS spanEnd, r.confidence AS confidence, r.rule AS rule
ORDER BY id
