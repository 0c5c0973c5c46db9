// Entities a document contributes to (its id is in their `docs`).
MATCH (n:Institution|Policy|Measure|Platform|Region|Event|Outcome)
WHERE $doc IN n.docs
RETURN n
ORDER BY n.id
