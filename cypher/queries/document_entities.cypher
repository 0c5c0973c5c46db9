// Entities a document contributes to (its id is in their `docs`).
MATCH (n:Institution|Policy|Measure|Platform|Region|Event|Outcome)
WHERE $doc IN n.docs
RETURN n {.*, docs: n.docs[0..100], docCount: size(coalesce(n.docs, [])), _facets: null, _keys: null, _merge: null, _labels: labels(n)} AS n
ORDER BY n.id
