// Every entity, for analytics.
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $entityLabels)
RETURN n
ORDER BY n.id
