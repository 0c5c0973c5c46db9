/**
 * The API reference at /api/docs: one self-contained page (no CDN, works
 * offline) that reads /api/openapi.json and lists every operation with its
 * parameters, with a form to try GET operations against this server.
 */
export const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Policy KG API</title>
<style>
body { font: 14px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 2rem; color: #222; }
h2 { border-bottom: 1px solid #ddd; text-transform: capitalize; margin-top: 2rem; }
details { border: 1px solid #ddd; border-radius: 4px; margin: .5rem 0; padding: .4rem .8rem; }
summary { cursor: pointer; }
.method { display: inline-block; width: 3.5rem; font-weight: bold; text-transform: uppercase; }
.get { color: #0a6; } .post { color: #c60; }
code { background: #f4f4f4; padding: 0 .2rem; }
table { border-collapse: collapse; margin: .5rem 0; }
td, th { border: 1px solid #ddd; padding: .2rem .5rem; text-align: left; vertical-align: top; }
input { width: 18rem; }
pre { background: #f7f7f7; padding: .5rem; max-height: 24rem; overflow: auto; }
</style>
</head>
<body>
<h1>Policy KG API</h1>
<p>Generated from the server's zod schemas: <a href="openapi.json">openapi.json</a>. Errors always have the shape
<code>{"error":{"code","message","details"}}</code>.</p>
<div id="ops">Loading…</div>
<script>
const el = (tag, attrs = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), attrs);
  node.append(...children);
  return node;
};
const typeOf = (s) => s.$ref ? s.$ref.split('/').pop() : s.enum ? s.enum.join(' | ') : s.anyOf ? s.anyOf.map(typeOf).join(' | ') : s.type || 'any';

function operation(path, method, op) {
  const params = op.parameters || [];
  const inputs = {};
  const rows = params.map((p) => {
    inputs[p.name] = el('input', { placeholder: p.schema.default !== undefined ? String(p.schema.default) : '' });
    return el('tr', {}, el('td', {}, el('code', {}, p.name), p.required ? ' *' : ''), el('td', {}, p.in),
      el('td', {}, typeOf(p.schema)), el('td', {}, p.description || ''), el('td', {}, inputs[p.name]));
  });
  const out = el('pre');
  const body = el('div', {},
    op.description ? el('p', {}, op.description) : '',
    rows.length ? el('table', {}, el('tr', {}, ...['name', 'in', 'type', 'about', 'value'].map((h) => el('th', {}, h))), ...rows) : '',
    el('p', {}, 'Answer: ', el('code', {}, typeOf(op.responses['200'].content['application/json'].schema)),
      ' · errors: ', Object.keys(op.responses).filter((s) => s !== '200').join(', ')));
  if (method === 'get') {
    body.append(el('button', { onclick: async () => {
      let url = path;
      const query = new URLSearchParams();
      for (const p of params) {
        const value = inputs[p.name].value;
        if (p.in === 'path') url = url.replace('{' + p.name + '}', encodeURIComponent(value));
        else if (value) query.set(p.name, value);
      }
      const res = await fetch(url + (query.size ? '?' + query : ''));
      out.textContent = res.status + '\\n' + JSON.stringify(await res.json(), null, 2);
    } }, 'Try'), out);
  }
  return el('details', {}, el('summary', {}, el('span', { className: 'method ' + method }, method), el('code', {}, path), ' ', op.summary), body);
}

fetch('openapi.json').then((r) => r.json()).then((spec) => {
  const byTag = {};
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) (byTag[op.tags[0]] ||= []).push(operation(path, method, op));
  }
  document.getElementById('ops').replaceChildren(...Object.entries(byTag).flatMap(([tag, ops]) => [el('h2', {}, tag), ...ops]));
});
</script>
</body>
</html>
`;
