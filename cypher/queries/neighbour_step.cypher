// The step of a neighbourhood walk from entity `a`: relations of $types in either
// direction to entities of $labels (any entity when null), strongest first.
CALL (a) {
  MATCH (a)-[r:ISSUED|IMPLEMENTS|PART_OF|OPERATES|LOCATED_IN|PARTICIPATED_IN|COOPERATES_WITH|APPROVED|GUIDES|REFERENCES|PRODUCED|TARGETS|MEASURED_IN|AMENDS|REPLACES]-(b)
  WHERE type(r) IN $types AND any(l IN labels(b) WHERE l IN coalesce($labels, $entityLabels))
  WITH r
  ORDER BY r.confidence DESC, r.id
  WITH collect(r) AS ranked
  RETURN ranked[..$perNode] AS kept, size(ranked) > $perNode AS over
}
