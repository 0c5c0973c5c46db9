import type { EntityRecognizer } from '../types.ts';
import { eventRecognizer } from './event.ts';
import { proseEventRecognizer } from './event-prose.ts';
import { institutionRecognizer } from './institution.ts';
import { measureRecognizer } from './measure.ts';
import { proseMeasureRecognizer } from './measure-prose.ts';
import { outcomeRecognizer } from './outcome.ts';
import { platformRecognizer } from './platform.ts';
import { setUpPlatformRecognizer } from './platform-set-up.ts';
import { policyRecognizer } from './policy.ts';
import { regionRecognizer } from './region.ts';
import { roleRecognizer } from './role.ts';

/**
 * Entity recognizers, in the order they run. Roles run first so that a proper
 * name is never read inside one; Region runs after the named things so it can
 * tell 北京 from 北京大学.
 */
export const entityRecognizers: EntityRecognizer[] = [
  roleRecognizer,
  institutionRecognizer,
  platformRecognizer,
  setUpPlatformRecognizer,
  policyRecognizer,
  eventRecognizer,
  proseEventRecognizer,
  regionRecognizer,
  measureRecognizer,
  proseMeasureRecognizer,
  outcomeRecognizer,
];
