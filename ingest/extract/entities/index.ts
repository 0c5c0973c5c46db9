import type { EntityRecognizer } from '../types.ts';

/** Entity recognizers, in the order they run. */
export const entityRecognizers: EntityRecognizer[] = [];
