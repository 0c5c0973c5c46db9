import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { QueryService } from '../../src/query/service.ts';
import { createApp, type AppOptions } from '../../src/server/app.ts';
import type { GraphStore } from '../../core/store.ts';
import { sketchDocument, type SketchEntity } from './graphs.ts';

// A small policy world written by hand, with every relation the query API walks.
export const E = {
  bureau: { id: 'e_bureau', label: 'Institution', name: '某市知识产权局', aliases: ['市知识产权局'] },
  court: { id: 'e_court', label: 'Institution', name: '某市中级人民法院' },
  plan: { id: 'e_plan', label: 'Policy', name: '某市知识产权规划', props: { kind: 'plan' } },
  task: { id: 'e_task', label: 'Measure', name: '完善知识产权政策体系', props: { text: '完善知识产权政策体系，加强某市知识产权保护中心建设。' } },
  centre: { id: 'e_centre', label: 'Platform', name: '某市知识产权保护中心' },
  city: { id: 'e_city', label: 'Region', name: '某市', props: { level: 'city' } },
  target: { id: 'e_target', label: 'Outcome', name: '发明专利拥有量：150件（2030年目标）', props: { indicator: '发明专利拥有量', value: 150, unit: '件', period: '2030', kind: 'target' } },
  actual: { id: 'e_actual', label: 'Outcome', name: '授权周期：3个月（2025年）', props: { indicator: '授权周期', value: 3, unit: '个月', period: '2025', kind: 'actual' } },
  forum: { id: 'e_forum', label: 'Event', name: '某市知识产权论坛', props: { date: '2025-04' } },
  lonely: { id: 'e_lonely', label: 'Institution', name: '某县档案馆' },
} satisfies Record<string, SketchEntity>;

export function policyWorld() {
  const plan = sketchDocument(
    'plan.txt',
    [
      '某市知识产权局印发某市知识产权规划。',
      '某市知识产权规划提出完善知识产权政策体系。',
      '某市知识产权局负责完善知识产权政策体系。',
      '完善知识产权政策体系到2030年发明专利拥有量：150件（2030年目标）。',
      '某市知识产权局建设某市知识产权保护中心。',
      '某市知识产权保护中心位于某市。',
      '某市知识产权保护中心使授权周期：3个月（2025年）。',
      '授权周期：3个月（2025年）是某市的数据。',
      '某县档案馆收藏档案。',
    ],
    [E.bureau, E.plan, E.task, E.target, E.centre, E.city, E.actual, E.lonely],
    [
      { type: 'ISSUED', start: E.bureau.id, end: E.plan.id },
      { type: 'PART_OF', start: E.task.id, end: E.plan.id },
      { type: 'IMPLEMENTS', start: E.bureau.id, end: E.task.id },
      { type: 'TARGETS', start: E.task.id, end: E.target.id },
      { type: 'OPERATES', start: E.bureau.id, end: E.centre.id },
      { type: 'LOCATED_IN', start: E.centre.id, end: E.city.id },
      { type: 'PRODUCED', start: E.centre.id, end: E.actual.id },
      { type: 'MEASURED_IN', start: E.actual.id, end: E.city.id },
    ],
  );
  const news = sketchDocument(
    'news.txt',
    ['某市中级人民法院与某市知识产权局签署合作协议。', '某市中级人民法院举办某市知识产权论坛。'],
    [E.court, E.bureau, E.forum],
    [
      { type: 'COOPERATES_WITH', start: E.court.id, end: E.bureau.id },
      { type: 'PARTICIPATED_IN', start: E.court.id, end: E.forum.id },
    ],
  );
  return [plan, news];
}

/** The app on an ephemeral loopback port, over the given store. */
export async function serveApi(store: GraphStore, options: Partial<AppOptions> = {}) {
  const server: Server = createApp(new QueryService(store), undefined, options).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call = async (path: string, init?: RequestInit) => {
    const res = await fetch(base + path, init);
    const text = await res.text();
    return { status: res.status, type: res.headers.get('content-type') ?? '', cache: res.headers.get('x-kg-cache'), body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text };
  };
  return {
    base,
    get: (path: string) => call(path),
    post: (path: string, body: unknown) =>
      call(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
