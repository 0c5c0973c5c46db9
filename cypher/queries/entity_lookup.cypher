// Lookup candidates by scanning every entity's lookup keys (`_keys`: the
// normalised name, then the normalised aliases) for the text; entity_rank.cypher
// follows. For a text of two or more Han characters entity_lookup_indexed.cypher
// finds the same candidates through the full-text index instead.
MATCH (n:Institution|Policy|Measure|Platform|Region|Event|Outcome)
WHERE ($label IS NULL OR $label IN labels(n)) AND any(k IN n._keys WHERE k CONTAINS $needle)
