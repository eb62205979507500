import { rfcSectionUrl } from '../../../catalog/src/index';
import { resolveSeverity } from './severity';
import type { Finding, RelatedLocation, RuleId, Severity, SeverityOverrides } from './types';

/** The parts of a finding that cost string building; made only for findings that are shown. */
export interface FindingDetails {
  readonly message: string;
  readonly href: string;
  readonly related?: RelatedLocation;
}

/**
 * Writes the text of one finding from a number the rule chose (a message or occurrence
 * index). A plain number per candidate instead of a closure per candidate: 100k retained
 * closures cost more in GC than the rules themselves.
 */
export type Renderer = (ref: number) => FindingDetails;

/** A finding before its text is written: cheap to keep for every candidate in a big log. */
export interface Candidate {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly offset: number;
  readonly length: number;
  readonly code: number | undefined;
  /** Set by callers that render per candidate; the rules engine renders by rule instead (see `finishFindings`). */
  readonly render: Renderer | undefined;
  readonly ref: number;
  /**
   * The Call-ID whose messages decided this finding, or undefined when it depends only on its
   * own message or occurrence: incremental rules re-evaluate exactly the calls an edit touches.
   */
  readonly unit: string | undefined;
  /** The finding once written: reused by later versions while nothing it depends on moved. */
  rendered?: Finding;
}

/** Tie-break for findings at one offset: the call outcome first, then remarks on the code. */
const RULE_ORDER: readonly RuleId[] = [
  'final-server-failure',
  'final-global-failure',
  'final-client-failure',
  'auth-rejected',
  'auth-challenge',
  'request-terminated',
  'no-final-response',
  'unregistered-code',
  'nonstandard-phrase',
  'diagnostics-capped',
];
const RANK = new Map(RULE_ORDER.map((rule, rank) => [rule, rank]));

/**
 * Candidate order. Total for the rules engine (no two candidates share offset and rule), so
 * any way of assembling the same candidates sorts to the same list.
 */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return a.offset - b.offset || rank(a.rule) - rank(b.rule);
}

/**
 * Gathers what the rules found as cheap candidates (position, rule, severity and how to
 * write the text later), then sorts them and builds text only for the first `maxFindings`: a log
 * with 200k failures must not build 200k messages to show 1000.
 */
export class FindingCollector {
  readonly candidates: Candidate[] = [];

  constructor(readonly overrides: SeverityOverrides) {}

  add(rule: RuleId, code: number | undefined, offset: number, length: number, render: Renderer | undefined, ref: number, unit?: string): void {
    const severity = resolveSeverity(rule, code, this.overrides);
    if (severity === 'off') return;
    this.candidates.push({ rule, severity, offset, length, code, render, ref, unit });
  }

  /** The candidates in finding order. */
  sorted(): Candidate[] {
    return this.candidates.sort(compareCandidates);
  }

  finish(maxFindings: number, render?: (candidate: Candidate) => FindingDetails): Finding[] {
    return finishFindings(this.sorted(), maxFindings, this.overrides, render);
  }
}

/** The first `maxFindings` sorted candidates as findings, plus one 'diagnostics-capped' for the rest. */
export function finishFindings(
  sorted: readonly Candidate[],
  maxFindings: number,
  overrides: SeverityOverrides,
  render?: (candidate: Candidate) => FindingDetails,
): Finding[] {
  const limit = Number.isFinite(maxFindings) ? Math.max(0, Math.floor(maxFindings)) : sorted.length;
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

function rank(rule: RuleId): number {
  return RANK.get(rule) ?? RULE_ORDER.length;
}

function toFinding(candidate: Candidate, render: ((candidate: Candidate) => FindingDetails) | undefined): Finding {
  const details = candidate.render ? candidate.render(candidate.ref) : render?.(candidate);
  if (!details) throw new Error(`no renderer for a ${candidate.rule} finding`);
  const { message, href, related } = details;
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
