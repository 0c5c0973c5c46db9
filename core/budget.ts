import { AsyncLocalStorage } from 'node:async_hooks';

/** The request ran out of its time budget (the server answers 503). */
export class BudgetExceededError extends Error {}

interface Budget {
  deadline: number;
  ms: number;
}

const current = new AsyncLocalStorage<Budget>();

/**
 * Runs `work` with a time budget of `ms`: the loops of graph queries call
 * checkBudget() and store queries get the remaining time as their timeout, so
 * one expensive request stops itself instead of holding the server. Outside a
 * budget (the CLI) nothing is limited.
 */
export function withBudget<T>(ms: number, work: () => Promise<T>): Promise<T> {
  return current.run({ deadline: performance.now() + ms, ms }, work);
}

/** Milliseconds left of the current budget; undefined outside one. */
export function remainingBudget(): number | undefined {
  const budget = current.getStore();
  return budget && Math.max(0, budget.deadline - performance.now());
}

export function budgetExceeded(): BudgetExceededError {
  const ms = current.getStore()?.ms;
  return new BudgetExceededError(`the request needed more than its time budget${ms === undefined ? '' : ` of ${ms} ms`}; ask for less (fewer hops, a smaller depth or limit)`);
}

/** Throws BudgetExceededError once the current budget is spent. */
export function checkBudget(): void {
  const left = remainingBudget();
  if (left !== undefined && left <= 0) throw budgetExceeded();
}
