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
 * Writes the text of one finding from a number the rule chose (a message, occurrence or
 * transaction index). One renderer per rule and a plain number per candidate, instead of a
 * closure per candidate: 100k retained closures cost more in GC than the rules themselves.
 */
export type Renderer = (ref: number) => FindingDetails;

interface Candidate {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly offset: number;
  readonly length: number;
  readonly code: number | undefined;
  readonly render: Renderer;
  readonly ref: number;
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
 * Gathers what the rules found as cheap candidates (position, rule, severity and how to
 * write the text later), then sorts them and builds text only for the first `maxFindings`: a log
 * with 200k failures must not build 200k messages to show 1000.
 */
export class FindingCollector {
  private readonly candidates: Candidate[] = [];

  constructor(private readonly overrides: SeverityOverrides) {}

  add(rule: RuleId, code: number | undefined, offset: number, length: number, render: Renderer, ref: number): void {
    const severity = resolveSeverity(rule, code, this.overrides);
    if (severity === 'off') return;
    this.candidates.push({ rule, severity, offset, length, code, render, ref });
  }

  finish(maxFindings: number): Finding[] {
    const sorted = this.candidates.sort((a, b) => a.offset - b.offset || rank(a.rule) - rank(b.rule));
    const limit = Number.isFinite(maxFindings) ? Math.max(0, Math.floor(maxFindings)) : sorted.length;
    const findings = sorted.slice(0, limit).map(toFinding);
    const firstHidden = sorted[limit];
    if (firstHidden) {
      const capped = this.cappedFinding(firstHidden, sorted.length - limit, limit);
      if (capped) findings.push(capped);
    }
    return findings;
  }

  private cappedFinding(firstHidden: Candidate, hidden: number, limit: number): Finding | undefined {
    const severity = resolveSeverity('diagnostics-capped', undefined, this.overrides);
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
}

function rank(rule: RuleId): number {
  return RANK.get(rule) ?? RULE_ORDER.length;
}

function toFinding(candidate: Candidate): Finding {
  const { message, href, related } = candidate.render(candidate.ref);
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
