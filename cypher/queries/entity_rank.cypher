// Lookup candidates ranked as searchEntityList (src/store/query-rules.ts) ranks:
// exact name (0), exact alias (1), a name or alias starting with the text (2),
// containing it (3); then shorter names, then by name and id. One read: the
// total and the page's entities.
WITH n,
     CASE
       WHEN n._keys[0] = $needle THEN 0
       WHEN $needle IN n._keys[1..] THEN 1
       WHEN any(k IN n._keys WHERE k STARTS WITH $needle) THEN 2
       ELSE 3
     END AS rank
ORDER BY rank, size(n.name), n.name, n.id
WITH collect(n) AS ranked
RETURN size(ranked) AS total, [n IN ranked[$offset..$offset + $limit] | n {.*, docs: n.docs[0..100], docCount: size(coalesce(n.docs, [])), _facets: null, _keys: null, _merge: null, _labels: labels(n)}] AS items
