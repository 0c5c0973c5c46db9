// Every entity, for analytics.
MATCH (n:Institution|Policy|Measure|Platform|Region|Event|Outcome)
RETURN n
ORDER BY n.id
