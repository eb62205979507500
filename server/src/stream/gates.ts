/**
 * What the stream does with the candidates the rules find (judge.ts's `CandidateGate`): count
 * them, choose which are shown, and give them out in text order.
 */
import { overflowOf, SEVERITY_ORDER } from '../rules/cap';
import { compareCandidates, type Candidate } from '../rules/collector';
import { RULE_RANK } from '../rules/registry';
import type { Overflow, RuleOptions, Severity, SeverityCounts } from '../rules/types';
import { Heap } from './heap';
import type { CandidateGate, LocatedFinding } from './judge';
import type { Position } from './types';

/** What the stream does with candidates: count them, choose which are shown, give them out in order. */
export interface Gate extends CandidateGate {
  readonly totals: SeverityCounts;
  ready(frontier: number): Iterable<LocatedFinding>;
  rest(): Iterable<LocatedFinding>;
  /** The findings taken and not given out yet, in text order, without giving them out. */
  held(): LocatedFinding[];
  overflow(): Overflow | undefined;
  overflowPosition(offset: number): Position | undefined;
}

type Item = { readonly located: LocatedFinding; readonly candidate: Candidate };

function emptyCounts(): Record<Severity, number> {
  return { error: 0, warning: 0, information: 0, hint: 0 };
}

/** No cap: every finding is shown, written as soon as nothing can come before it. */
export class OrderedGate implements Gate {
  readonly totals = emptyCounts();
  private readonly waiting = new Heap<Item>((a, b) => compareCandidates(a.candidate, b.candidate));

  wanted(candidate: Candidate): boolean {
    this.totals[candidate.severity]++;
    return true;
  }

  take(located: LocatedFinding, candidate: Candidate): void {
    this.waiting.push({ located, candidate });
  }

  *ready(frontier: number): Iterable<LocatedFinding> {
    while ((this.waiting.peek()?.candidate.offset ?? frontier) < frontier) yield (this.waiting.pop() as Item).located;
  }

  *rest(): Iterable<LocatedFinding> {
    while (this.waiting.size > 0) yield (this.waiting.pop() as Item).located;
  }

  held(): LocatedFinding[] {
    return inTextOrder(this.waiting.snapshot());
  }

  overflow(): undefined {
    return undefined;
  }

  overflowPosition(): undefined {
    return undefined;
  }
}

/**
 * `maxFindings`: the most severe first, in text order within a severity (rules/cap.ts), kept as
 * the best so far; the first hidden in text order is remembered for the overflow notice.
 */
export class CappedGate implements Gate {
  readonly totals = emptyCounts();
  private readonly limit: number;
  /** The worst kept finding on top, to be dropped when a better one comes. */
  private readonly kept = new Heap<Item>((a, b) => capOrder(b.candidate, a.candidate));
  private firstHidden: { candidate: Candidate; position: Position } | undefined;

  constructor(private readonly options: RuleOptions) {
    this.limit = Math.max(0, Math.floor(options.maxFindings));
  }

  wanted(candidate: Candidate, locate: (offset: number) => Position): boolean {
    this.totals[candidate.severity]++;
    const worst = this.kept.peek();
    if (this.kept.size < this.limit || (worst && capOrder(candidate, worst.candidate) < 0)) return true;
    this.hide(candidate, locate(candidate.offset));
    return false;
  }

  take(located: LocatedFinding, candidate: Candidate): void {
    this.kept.push({ located, candidate });
    if (this.kept.size <= this.limit) return;
    const dropped = this.kept.pop() as Item;
    this.hide(dropped.candidate, dropped.located.positions.get(dropped.candidate.offset) as Position);
  }

  ready(): Iterable<LocatedFinding> {
    return [];
  }

  rest(): Iterable<LocatedFinding> {
    return inTextOrder(this.kept.drain());
  }

  held(): LocatedFinding[] {
    return inTextOrder(this.kept.snapshot());
  }

  overflow(): Overflow | undefined {
    if (!this.firstHidden) return undefined;
    const count = SEVERITY_ORDER.reduce((sum, severity) => sum + this.totals[severity], 0);
    const hidden = emptyCounts();
    let left = this.limit;
    for (const severity of SEVERITY_ORDER) {
      const shown = Math.min(left, this.totals[severity]);
      hidden[severity] = this.totals[severity] - shown;
      left -= shown;
    }
    return overflowOf(this.firstHidden.candidate, count - this.limit, this.limit, hidden, this.options.overrides);
  }

  overflowPosition(offset: number): Position | undefined {
    return this.firstHidden?.candidate.offset === offset ? this.firstHidden.position : undefined;
  }

  private hide(candidate: Candidate, position: Position): void {
    if (!this.firstHidden || compareCandidates(candidate, this.firstHidden.candidate) < 0)
      this.firstHidden = { candidate, position };
  }
}

function inTextOrder(items: Item[]): LocatedFinding[] {
  return items.sort((a, b) => compareCandidates(a.candidate, b.candidate)).map((item) => item.located);
}

/** The cap's order: the more severe first, then text order. */
function capOrder(a: Candidate, b: Candidate): number {
  return (
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    a.offset - b.offset ||
    RULE_RANK[a.rule] - RULE_RANK[b.rule]
  );
}
