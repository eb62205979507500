import { rfcSectionUrl } from '../../../catalog/src/index';
import type { CandidateSink, FindingDetails } from './check';
import { RULE_RANK, type CheckedRuleId } from './registry';
import { resolveSeverity } from './severity';
import type { Finding, Severity, SeverityOverrides } from './types';

/**
 * Writes the text of one finding, by its rule, from the number the rule chose (a message or
 * occurrence index, the candidate's `ref`). One renderer per evaluation and a plain number per
 * candidate, instead of a closure per candidate: 100k retained closures cost more in GC than
 * the rules themselves.
 */
export type Renderer = (candidate: Candidate) => FindingDetails;

/** A finding before its text is written: cheap to keep for every candidate in a big log. */
export interface Candidate {
  readonly rule: CheckedRuleId;
  readonly severity: Severity;
  readonly offset: number;
  readonly length: number;
  readonly code: number | undefined;
  readonly ref: number;
  /**
   * The Call-ID whose messages decided this finding, or undefined when it depends only on its
   * own message or occurrence: incremental rules re-evaluate exactly the calls an edit touches.
   */
  readonly unit: string | undefined;
  /** The finding once written: reused by later versions while nothing it depends on moved. */
  rendered?: Finding;
}

/**
 * Candidate order: by offset, then in the registry's order (the call outcome first, then remarks
 * on the code). Total for the rules engine (no two candidates share offset and rule), so any way
 * of assembling the same candidates sorts to the same list.
 */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return a.offset - b.offset || RULE_RANK[a.rule] - RULE_RANK[b.rule];
}

/**
 * Gathers what the rules found as cheap candidates (position, rule, severity and how to
 * write the text later), then sorts them and builds text only for the first `maxFindings`: a log
 * with 200k failures must not build 200k messages to show 1000.
 */
export class FindingCollector implements CandidateSink<CheckedRuleId> {
  private readonly candidates: Candidate[] = [];

  constructor(private readonly overrides: SeverityOverrides) {}

  add(rule: CheckedRuleId, code: number | undefined, offset: number, length: number, ref: number, unit?: string): void {
    const severity = resolveSeverity(rule, code, this.overrides);
    if (severity === 'off') return;
    this.candidates.push({ rule, severity, offset, length, code, ref, unit });
  }

  /** The candidates in finding order. */
  sorted(): Candidate[] {
    return this.candidates.sort(compareCandidates);
  }
}

/** How many findings `maxFindings` lets through out of `count` (any finite setting is floored at 0). */
export function findingLimit(maxFindings: number, count: number): number {
  return Number.isFinite(maxFindings) ? Math.max(0, Math.floor(maxFindings)) : count;
}

/** The first `maxFindings` sorted candidates as findings, plus one 'diagnostics-capped' for the rest. */
export function finishFindings(
  sorted: readonly Candidate[],
  maxFindings: number,
  overrides: SeverityOverrides,
  render: Renderer,
): Finding[] {
  const limit = findingLimit(maxFindings, sorted.length);
  const findings: Finding[] = [];
  for (let i = 0; i < limit && i < sorted.length; i++) {
    const candidate = sorted[i] as Candidate;
    findings.push((candidate.rendered ??= toFinding(candidate, render)));
  }
  const firstHidden = sorted[limit];
  if (firstHidden) {
    const capped = cappedFinding(overrides, firstHidden, sorted.length - limit, limit);
    if (capped) findings.push(capped);
  }
  return findings;
}

function cappedFinding(overrides: SeverityOverrides, firstHidden: Candidate, hidden: number, limit: number): Finding | undefined {
  const severity = resolveSeverity('diagnostics-capped', undefined, overrides);
  if (severity === 'off') return undefined;
  const noun = hidden === 1 ? 'finding' : 'findings';
  return {
    rule: 'diagnostics-capped',
    severity,
    offset: firstHidden.offset,
    length: 0,
    message: `… and ${hidden} more SIP Lens ${noun} not shown (sipLens.maxDiagnostics = ${limit}).`,
    // No RFC explains a display limit; RFC 3261 is the closest useful page.
    href: rfcSectionUrl(3261),
  };
}

function toFinding(candidate: Candidate, render: Renderer): Finding {
  const { message, href, related } = render(candidate);
  const finding: Finding = {
    rule: candidate.rule,
    severity: candidate.severity,
    offset: candidate.offset,
    length: candidate.length,
    message,
    href,
    ...(candidate.code !== undefined ? { code: candidate.code } : {}),
    ...(related ? { related } : {}),
  };
  return finding;
}
