// Lookup candidates through the `entity_keys` full-text index (CJK bigrams of the
// lookup keys): $terms are the text's bigrams joined by AND, so every key that
// contains the text is among the hits; the exact test follows. entity_rank.cypher follows.
CALL db.index.fulltext.queryNodes('entity_keys', $terms) YIELD node AS n
WHERE ($label IS NULL OR $label IN labels(n)) AND any(k IN n._keys WHERE k CONTAINS $needle)
