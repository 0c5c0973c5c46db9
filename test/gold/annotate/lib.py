import json, re, sys
import os
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..')
texts = {}
def text(doc):
    if doc not in texts:
        for set_dir in os.listdir(GOLD):
            path = os.path.join(GOLD, set_dir, 'docs', doc)
            if os.path.exists(path): texts[doc] = open(path, encoding='utf-8').read()
    return texts[doc]
def sentences(doc):
    out = []
    for line in text(doc).split('\n'):
        line = line.strip()
        if not line: continue
        # a closing quote after the stop belongs to the sentence it closes
        for s in re.findall(r'[^。！？；]*[。！？；]?[”’」』]?', line):
            if s.strip(): out.append(s.strip())
    return out
def ev(doc, needle):
    for s in sentences(doc):
        if needle in s: return s
    raise SystemExit(f'no sentence in {doc} has {needle!r}')
E, R, Q = [], [], []
def ent(doc, type, name, aliases=(), kind=None, find=None, **extra):
    if any(x['doc'] == doc and x['type'] == type and x['name'] == name for x in E):
        raise SystemExit(f'{type} {name!r} is annotated twice in {doc}')
    e = {'doc': doc, 'type': type, 'name': name, 'aliases': list(aliases)}
    if kind: e['kind'] = kind
    e.update(extra)
    e['evidence'] = ev(doc, find or re.sub(r'[《》]', '', name) if not find else find)
    E.append(e)
def rel(doc, type, head, ht, tail, tt, find):
    # The scorer resolves an endpoint by the entity's canonical name, so an alias would lose the entity's other names.
    names = {(e['doc'], e['type'], e['name']) for e in E}
    for n, t in ((head, ht), (tail, tt)):
        if (doc, t, n) not in names: raise SystemExit(f'relation endpoint {t} {n!r} is not the name of an entity of {doc}')
    if any(r['doc'] == doc and r['type'] == type and r['head'] == head and r['tail'] == tail for r in R):
        raise SystemExit(f'{type} {head} -> {tail} is annotated twice in {doc}')
    R.append({'doc': doc, 'type': type, 'head': head, 'head_type': ht, 'tail': tail, 'tail_type': tt, 'evidence': ev(doc, find)})
def qa(id, doc, kind, subject, answers, q_zh, q_en, find):
    Q.append({'id': id, 'doc': doc, 'question_zh': q_zh, 'question_en': q_en, 'kind': kind, 'subject': subject, 'answers': answers, 'evidence': ev(doc, find)})
def write(set_name):
    """Writes what was annotated since the last write as the gold set `set_name`, then starts afresh."""
    dir = os.path.join(GOLD, set_name)
    for name, rows in (('entities', E), ('relations', R), ('qa', Q)):
        with open(f'{dir}/{name}.jsonl', 'w', encoding='utf-8') as f:
            for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(set_name, len(E), 'entities', len(R), 'relations', len(Q), 'questions')
    E.clear(); R.clear(); Q.clear()
