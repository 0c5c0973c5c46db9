// The end of a bounded walk: every entity seen and every relation followed.
RETURN [n IN seen | n {.*, docs: n.docs[0..100], docCount: size(coalesce(n.docs, [])), _facets: null, _keys: null, _merge: null, _labels: labels(n)}] AS nodes,
       [r IN found | [r.id, type(r), startNode(r).id, endNode(r).id, r.doc, r.evidence, r.spanStart, r.spanEnd, r.confidence, r.rule]] AS edges, capped
