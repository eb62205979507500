import type { CandidateSink, FindingDetails } from './check';
import { RULE_RANK, type CheckedRuleId } from './registry';
import { resolveSeverity } from './severity';
import { selectFindings, type Selection } from './cap';
import type { Finding, RuleResult, Severity, SeverityOverrides, StreamedRuleResult } from './types';

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
 * write the text later), then sorts them and builds text only for the `maxFindings` the cap shows: a log
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

/**
 * The findings `maxFindings` shows out of the sorted candidates (the most severe first, cap.ts),
 * every candidate counted by severity, and what the cap left out. The caller words the overflow
 * notice: only it knows what set the cap. Each finding is kept on its candidate, for the next
 * version to reuse.
 */
export function finishFindings(
  sorted: readonly Candidate[],
  maxFindings: number,
  overrides: SeverityOverrides,
  render: Renderer,
): RuleResult {
  return finishSelection(selectFindings(sorted, maxFindings, overrides), render);
}

/** `finishFindings` once the cap has chosen (the incremental pass needs the choice before writing text). */
export function finishSelection(selection: Selection, render: Renderer): RuleResult {
  const { findings, ...counts } = streamSelection(selection, render, true);
  return { findings: [...findings], ...counts };
}

/**
 * `finishSelection` with the text written when the findings are first read. A document analysed
 * in slices gets a new rule state per slice, and the next one replaces it before anyone reads
 * it; the findings the cap shows change from slice to slice (errors further down displace
 * warnings), so writing them at once wrote hundreds of texts per slice that nobody read.
 * `renderer` is asked for at that first read: the index it renders from costs time to build too.
 */
export function finishSelectionOnRead(selection: Selection, renderer: () => Renderer): RuleResult {
  let findings: Finding[] | undefined;
  const result = {
    get findings(): Finding[] {
      return (findings ??= [...renderEach(selection.shown, renderer(), true)]);
    },
    totals: selection.totals,
  };
  return selection.overflow ? Object.assign(result, { overflow: selection.overflow }) : result;
}

/**
 * `finishFindings` for a reader that takes each finding once (`sip-lens check`, which shows every
 * finding): each is written as it is read and, unless `keep`, not kept, so a log with millions of
 * findings holds one message at a time instead of all of them (about 260 MB for 720,000 findings).
 */
export function streamFindings(
  sorted: readonly Candidate[],
  maxFindings: number,
  overrides: SeverityOverrides,
  render: Renderer,
): StreamedRuleResult {
  return streamSelection(selectFindings(sorted, maxFindings, overrides), render, false);
}

function streamSelection({ shown, totals, overflow }: Selection, render: Renderer, keep: boolean): StreamedRuleResult {
  return { findings: renderEach(shown, render, keep), totals, ...(overflow ? { overflow } : {}) };
}

function* renderEach(shown: readonly Candidate[], render: Renderer, keep: boolean): Generator<Finding> {
  for (const candidate of shown) {
    yield (
      candidate.rendered ?? (keep ? (candidate.rendered = toFinding(candidate, render)) : toFinding(candidate, render))
    );
  }
}

function toFinding(candidate: Candidate, render: Renderer): Finding {
  const { message, href, related, repeats, shortFix } = render(candidate);
  const finding: Finding = {
    rule: candidate.rule,
    severity: candidate.severity,
    offset: candidate.offset,
    length: candidate.length,
    message,
    ...(shortFix ? { shortFix } : {}),
    href,
    ...(candidate.code !== undefined ? { code: candidate.code } : {}),
    ...(related ? { related } : {}),
    ...(repeats ? { repeats } : {}),
    ...(shortFix ? { shortFix } : {}),
  };
  return finding;
}
