/**
 * Which findings the cap (`maxFindings`) lets through: the most severe first across the whole
 * document (every error before any warning, then information, then hints), in text order within a
 * severity. A cap that kept the first findings in text order left a big log's errors past the first
 * few percent unmarked. Linear in the candidates, with no sort: it runs on every keystroke over a log
 * that can hold 100k of them.
 */
import type { Candidate } from './collector';
import { resolveSeverity } from './severity';
import type { Overflow, Severity, SeverityCounts, SeverityOverrides } from './types';

/** Most severe first: the order the cap fills in. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** What the cap decided for one evaluation, before any finding's text is written. */
export interface Selection {
  /** The candidates shown, in finding (text) order. */
  readonly shown: readonly Candidate[];
  /** Every candidate, shown or not, by severity. */
  readonly totals: SeverityCounts;
  readonly overflow?: Overflow;
}

/** How many findings `maxFindings` lets through out of `count` (any finite setting is floored at 0). */
export function findingLimit(maxFindings: number, count: number): number {
  return Number.isFinite(maxFindings) ? Math.max(0, Math.floor(maxFindings)) : count;
}

/**
 * The candidates `maxFindings` shows out of `sorted` (in finding order), their counts, and what the
 * cap left out. Two passes: one counts each severity, which fixes how many of each the cap takes
 * (all the errors it has room for, then warnings...); the second takes that many of each in text order.
 */
export function selectFindings(
  sorted: readonly Candidate[],
  maxFindings: number,
  overrides: SeverityOverrides,
): Selection {
  const totals = countBySeverity(sorted);
  const limit = findingLimit(maxFindings, sorted.length);
  if (sorted.length <= limit) return { shown: sorted, totals };
  const quota = quotas(totals, limit);
  const hiddenBySeverity = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const severity of SEVERITY_ORDER) hiddenBySeverity[severity] = totals[severity] - quota[severity];
  const shown: Candidate[] = [];
  let firstHidden: Candidate | undefined;
  for (const candidate of sorted) {
    if (quota[candidate.severity] > 0) {
      quota[candidate.severity]--;
      shown.push(candidate);
    } else firstHidden ??= candidate;
    if (shown.length === limit && firstHidden) break;
  }
  const overflow = overflowOf(firstHidden as Candidate, sorted.length - limit, limit, hiddenBySeverity, overrides);
  return { shown, totals, ...(overflow ? { overflow } : {}) };
}

/** How many of each severity the cap takes: the most severe first, until `limit` is spent. */
function quotas(totals: SeverityCounts, limit: number): Record<Severity, number> {
  const quota = { error: 0, warning: 0, information: 0, hint: 0 };
  let left = limit;
  for (const severity of SEVERITY_ORDER) {
    quota[severity] = Math.min(left, totals[severity]);
    left -= quota[severity];
  }
  return quota;
}

/**
 * The notice's severity is that of the most severe finding it hides, so it sorts among them in the
 * Problems panel instead of after a thousand warnings; the 'diagnostics-capped' setting is the least
 * it gets (an Information default keeps a notice for hidden hints visible: VS Code lists no hints
 * there), and 'off' still silences it.
 */
export function overflowOf(
  firstHidden: Candidate,
  hidden: number,
  limit: number,
  hiddenBySeverity: SeverityCounts,
  overrides: SeverityOverrides,
): Overflow | undefined {
  const floor = resolveSeverity('diagnostics-capped', undefined, overrides);
  if (floor === 'off') return undefined;
  const worst = SEVERITY_ORDER.find((severity) => hiddenBySeverity[severity] > 0) as Severity;
  const severity = SEVERITY_ORDER.indexOf(worst) < SEVERITY_ORDER.indexOf(floor) ? worst : floor;
  return { hidden, limit, offset: firstHidden.offset, hiddenBySeverity, severity };
}

function countBySeverity(candidates: readonly Candidate[]): SeverityCounts {
  const totals = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const candidate of candidates) totals[candidate.severity]++;
  return totals;
}
