// Entities a document contributes to (its id is in their `docs`).
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $entityLabels) AND $doc IN n.docs
RETURN n
ORDER BY n.id
