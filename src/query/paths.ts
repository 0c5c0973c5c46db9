import { checkBudget } from '../../core/budget.ts';
import type { Fact } from '../../core/store.ts';

/** One side of the bidirectional search: distance of each node reached, nodes by level, the frontier. */
interface Side {
  distance: Map<string, number>;
  levels: string[][];
  /** For each node, the facts that lead one level further from this side's origin, with the node they reach. */
  links: Map<string, { fact: Fact; next: string }[]>;
}

const sideFrom = (origin: string): Side => ({ distance: new Map([[origin, 0]]), levels: [[origin]], links: new Map() });

const otherEnd = (fact: Fact, node: string) => (fact.start === node ? fact.end : fact.start);
const byFactId = (a: { fact: Fact }, b: { fact: Fact }) => (a.fact.id < b.fact.id ? -1 : a.fact.id > b.fact.id ? 1 : 0);

/** Expands a side by one level with one read of the facts around its frontier; returns the nodes first reached. */
async function expand(side: Side, facts: (ids: string[]) => Promise<Fact[]>): Promise<string[]> {
  const frontier = side.levels[side.levels.length - 1];
  const inFrontier = new Set(frontier);
  const depth = side.levels.length - 1;
  const fresh: string[] = [];
  for (const fact of await facts(frontier)) {
    if (fact.start === fact.end) continue;
    for (const node of [fact.start, fact.end]) {
      if (!inFrontier.has(node)) continue;
      const next = otherEnd(fact, node);
      if (!side.distance.has(next)) {
        side.distance.set(next, depth + 1);
        fresh.push(next);
      }
      if (side.distance.get(next) === depth + 1) (side.links.get(node) ?? side.links.set(node, []).get(node)!).push({ fact, next });
    }
  }
  for (const node of frontier) side.links.get(node)?.sort(byFactId);
  side.levels.push(fresh);
  return fresh;
}

export interface FactPaths {
  /** Each path as its facts, walked from `from`. */
  paths: Fact[][];
  /** There are more shortest paths than were returned. */
  more: boolean;
}

/**
 * The first `k` shortest paths of at most `maxHops` facts between two
 * entities, ignoring direction, in the order of their facts' ids. Parallel
 * relations are one fact, so twenty-five documents stating the same chain do
 * not make 25^hops paths. A bidirectional breadth-first search (the smaller
 * frontier expanded first, one read of `facts` a level) finds the length; a
 * depth-first walk of the levels then yields paths one at a time and stops
 * after k + 1, however many shortest paths there are.
 */
export async function shortestFactPaths(facts: (ids: string[]) => Promise<Fact[]>, from: string, to: string, maxHops: number, k: number): Promise<FactPaths> {
  if (from === to) return { paths: [], more: false };
  const forward = sideFrom(from);
  const backward = sideFrom(to);
  let length = -1;
  while (length < 0 && forward.levels.length + backward.levels.length - 2 < maxHops) {
    checkBudget();
    const side = forward.levels.at(-1)!.length <= backward.levels.at(-1)!.length ? forward : backward;
    if (!side.levels.at(-1)!.length) break;
    const other = side === forward ? backward : forward;
    for (const node of await expand(side, facts)) {
      if (other.distance.has(node)) length = forward.levels.length + backward.levels.length - 2;
    }
  }
  if (length < 0) return { paths: [], more: false };

  // The meeting level belongs to the forward side; a forward node is useful when it leads on to the meeting level.
  const meetAt = forward.levels.length - 1;
  const useful = new Set(forward.levels[meetAt].filter((node) => backward.distance.get(node) === length - meetAt));
  for (let level = meetAt - 1; level >= 0; level--) {
    for (const node of forward.levels[level]) if (forward.links.get(node)?.some((l) => useful.has(l.next))) useful.add(node);
  }
  // Backward links lead away from `to`; walked the other way they lead to it.
  const toward = new Map<string, { fact: Fact; next: string }[]>();
  for (const [node, links] of backward.links) {
    for (const { fact, next } of links) (toward.get(next) ?? toward.set(next, []).get(next)!).push({ fact, next: node });
  }
  for (const links of toward.values()) links.sort(byFactId);

  const steps = (node: string, position: number) =>
    position < meetAt ? (forward.links.get(node) ?? []).filter((l) => useful.has(l.next)) : (toward.get(node) ?? []);

  const paths: Fact[][] = [];
  const path: Fact[] = [];
  let more = false;
  const walk = (node: string, position: number): boolean => {
    checkBudget();
    if (position === length) {
      if (paths.length === k) more = true;
      else paths.push([...path]);
      return more;
    }
    for (const { fact, next } of steps(node, position)) {
      path.push(fact);
      const done = walk(next, position + 1);
      path.pop();
      if (done) return true;
    }
    return false;
  };
  walk(from, 0);
  return { paths, more };
}
