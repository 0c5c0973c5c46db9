// One level of a bounded walk: from each entity of the frontier the relations its
// steps allow (the step file, which binds `kept` and `over` for an entity `a`),
// at most $perNode per entity and step; the far ends not seen yet are the next
// frontier. Nothing is expanded once $maxNodes entities are seen.
CALL (frontier, seen) {
  UNWIND CASE WHEN size(seen) < $maxNodes THEN frontier ELSE [] END AS a
  // STEPS
  UNWIND kept AS r
  RETURN collect(DISTINCT r) AS rels, any(x IN collect(over) WHERE x) AS over
}
CALL (rels, seen) {
  UNWIND rels AS r
  UNWIND [startNode(r), endNode(r)] AS n
  WITH DISTINCT n
  WHERE NOT n IN seen
  RETURN collect(n) AS fresh
}
WITH seen + fresh AS seen, fresh AS frontier, found + rels AS found, capped OR over AS capped
