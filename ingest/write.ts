import type { DocumentGraph } from '../core/records.ts';
import type { GraphStore, WriteResult } from '../core/store.ts';
import type { Stage } from './types.ts';

/** The last stage: one document's graph into the store, in one transaction. */
export function writeStage(store: GraphStore): Stage<DocumentGraph, WriteResult> {
  return { name: 'write', run: (graph) => store.writeDocument(graph) };
}
