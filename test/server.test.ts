import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { QueryService } from '../src/query/service.ts';
import { createApp } from '../src/server/app.ts';
import { ingestedStore } from './helpers/corpus.ts';

let ctx: Awaited<ReturnType<typeof ingestedStore>>;
let server: Server;
let base: string;

beforeAll(async () => {
  ctx = await ingestedStore();
  server = createApp(new QueryService(ctx.store)).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await ctx.remove();
});

const get = async (path: string) => {
  const res = await fetch(base + path);
  return { status: res.status, body: await res.json() };
};

test('health and stats', async () => {
  expect(await get('/health')).toMatchObject({ status: 200, body: { status: 'ok', store: { backend: 'embedded', ok: true } } });
  const stats = await get('/api/stats');
  expect(stats.body.documents).toBe(5);
});

test('entity lookup by name, then its detail with relations and evidence', async () => {
  const found = await get(`/api/entities?q=${encodeURIComponent('知识产权局')}&label=Institution`);
  expect(found.status).toBe(200);
  expect(found.body.total).toBeGreaterThan(0);
  const withRelations = [];
  for (const item of found.body.items) {
    expect(item.label).toBe('Institution');
    const detail = await get(`/api/entities/${encodeURIComponent(item.id)}`);
    expect(detail.status).toBe(200);
    expect(detail.body.documents.length).toBeGreaterThan(0);
    if (Object.keys(detail.body.relations).length) withRelations.push(detail.body);
  }
  expect(withRelations.length).toBeGreaterThan(0);
  const relation = Object.values(withRelations[0].relations as Record<string, any[]>)[0][0];
  expect(relation.evidence.sentence.length).toBeGreaterThan(0);
});

test('errors are JSON in one shape, never a stack trace', async () => {
  expect(await get('/api/entities/e_doesnotexist')).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  const bad = await get('/api/entities?limit=abc&label=Nope');
  expect(bad.status).toBe(400);
  expect(bad.body.error.code).toBe('bad_request');
  expect(bad.body.error.message).toMatch(/limit|label/);
  expect(await get('/no/such/route')).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
});
