// Every outcome with what the API's outcome filter reads of it and of the regions
// it was measured in, as one row of lists; the filter is applied in TypeScript
// (src/store/query-rules.ts) so that both stores match alike, and only the page's
// entities are read in full.
MATCH (o:Outcome)
OPTIONAL MATCH (o)-[:MEASURED_IN]->(r:Region)
WITH o, collect(r {.id, .name, .aliases, _labels: labels(r)}) AS regions
RETURN collect([o {.id, .name, .indicator, .period, .kind, .subject, _labels: labels(o)}, regions]) AS outcomes
