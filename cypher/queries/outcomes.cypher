// Every outcome with the regions it was measured in; the API's filter is applied
// in TypeScript (src/store/query-rules.ts) so that both stores match alike.
MATCH (o:Outcome)
OPTIONAL MATCH (o)-[:MEASURED_IN]->(r:Region)
RETURN o {.*, _facets: null, _keys: null, _labels: labels(o)} AS o, collect(r {.*, _facets: null, _keys: null, _labels: labels(r)}) AS regions
