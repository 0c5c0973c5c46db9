// The steps of a policy trace from entity `a` (TRACE_STEPS in src/store/query-rules.ts),
// each capped separately: a policy's parts, issuers, implementers and outcomes; a
// measure's sub-measures, implementers and outcomes; the platforms an institution
// operates, what a platform produced, where an outcome was measured.
CALL (a) {
  MATCH (a)<-[r:PART_OF]-(b)
  WHERE a:Policy AND (b:Measure OR b:Policy)
  WITH r
  ORDER BY r.confidence DESC, r.id
  WITH collect(r) AS ranked
  RETURN ranked[..$perNode] AS kept, size(ranked) > $perNode AS over
  UNION ALL
  MATCH (a)<-[r:ISSUED]-(b)
  WHERE a:Policy AND b:Institution
  WITH r
  ORDER BY r.confidence DESC, r.id
  WITH collect(r) AS ranked
  RETURN ranked[..$perNode] AS kept, size(ranked) > $perNode AS over
  UNION ALL
  MATCH (a)<-[r:IMPLEMENTS]-(b)
  WHERE (a:Policy OR a:Measure) AND b:Institution
  WITH r
  ORDER BY r.confidence DESC, r.id
  WITH collect(r) AS ranked
  RETURN ranked[..$perNode] AS kept, size(ranked) > $perNode AS over
  UNION ALL
  MATCH (a)-[r:PRODUCED|TARGETS]->(b)
  WHERE (a:Policy OR a:Measure) AND b:Outcome
  WITH r
  ORDER BY r.confidence DESC, r.id
  WITH collect(r) AS ranked
  RETURN ranked[..$perNode] AS kept, size(ranked) > $perNode AS over
  UNION ALL
  MATCH (a)<-[r:PART_OF]-(b)
  WHERE a:Measure AND b:Measure
  WITH r
  ORDER BY r.confidence DESC, r.id
  WITH collect(r) AS ranked
  RETURN ranked[..$perNode] AS kept, size(ranked) > $perNode AS over
  UNION ALL
  MATCH (a)-[r:OPERATES]->(b)
  WHERE a:Institution AND b:Platform
  WITH r
  ORDER BY r.confidence DESC, r.id
  WITH collect(r) AS ranked
  RETURN ranked[..$perNode] AS kept, size(ranked) > $perNode AS over
  UNION ALL
  MATCH (a)-[r:PRODUCED]->(b)
  WHERE a:Platform AND b:Outcome
  WITH r
  ORDER BY r.confidence DESC, r.id
  WITH collect(r) AS ranked
  RETURN ranked[..$perNode] AS kept, size(ranked) > $perNode AS over
  UNION ALL
  MATCH (a)-[r:MEASURED_IN]->(b)
  WHERE a:Outcome AND b:Region
  WITH r
  ORDER BY r.confidence DESC, r.id
  WITH collect(r) AS ranked
  RETURN ranked[..$perNode] AS kept, size(ranked) > $perNode AS over
}
