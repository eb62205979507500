/**
 * Judging kept facts with the rules as they are: the facts (a few finished calls, or a stretch of
 * free-standing occurrences and messages with their neighbours) become a small `Analysis` of
 * their own, numbered from 0, and the checks' `checkCall` / `checkRescanned` run on it as the
 * incremental rules run them on a whole document (rules/incremental.ts says why a call, or an
 * occurrence with its `reach`, is all a finding reads). Offsets stay those of the whole stream.
 */
import { groupCalls } from '../analysis';
import type { AnalysisChange } from '../analysis/incremental';
import type { Analysis } from '../analysis/types';
import { FindingCollector, finishFindings, type Candidate } from '../rules/collector';
import { buildScopedFlowIndex } from '../rules/flow-index-scoped';
import { CHECKS } from '../rules/registry';
import { renderWith } from '../rules/state';
import type { Finding, RuleOptions } from '../rules/types';
import { DEFAULT_LANGUAGE } from '../../../catalog/src/language';
import type { LineAnchor, Position, StreamMessage, StreamOccurrence } from './types';

/** A finding with the line and column of every offset it names (its range, related places). */
export interface LocatedFinding {
  readonly finding: Finding;
  readonly positions: ReadonlyMap<number, Position>;
}

/** What the caller decides per candidate: count it, and whether its text is worth writing. */
export interface CandidateGate {
  /** Called for every candidate; true when it may be shown (its text is then written). */
  wanted(candidate: Candidate, locate: (offset: number) => Position): boolean;
  /** A wanted candidate, written. */
  take(located: LocatedFinding, candidate: Candidate): void;
}

/** Kept facts as an analysis of their own: messages by stream index, occurrences by offset. */
interface Mini {
  readonly analysis: Analysis;
  readonly anchors: readonly LineAnchor[];
}

function miniAnalysis(
  messages: readonly StreamMessage[],
  occurrences: readonly StreamOccurrence[],
  withCalls: boolean,
): Mini {
  const local = new Map<number, number>();
  messages.forEach((message, i) => {
    local.set(message.streamIndex, i);
    message.index = i;
  });
  let textLength = 0;
  for (const message of messages) textLength = Math.max(textLength, message.endOffset);
  for (const occurrence of occurrences) {
    occurrence.messageIndex = local.get(occurrence.streamMessageIndex) ?? -1;
    textLength = Math.max(textLength, occurrence.offset + 3);
  }
  const analysis: Analysis = {
    textLength,
    occurrences,
    q850: [],
    messages,
    // Free-standing checks read no call (rules/incremental.ts): they go without.
    calls: withCalls ? groupCalls(messages) : [],
  };
  const anchors = [...messages, ...occurrences].map((fact) => fact.anchor).sort((a, b) => a.lineStart - b.lineStart);
  return { analysis, anchors };
}

/** Findings of whole calls: every message of each call is in `messages`, with the occurrences inside them. */
export function judgeCalls(
  messages: readonly StreamMessage[],
  occurrences: readonly StreamOccurrence[],
  options: RuleOptions,
  gate: CandidateGate,
): void {
  if (messages.length === 0) return;
  const mini = miniAnalysis(messages, occurrences, true);
  const index = buildScopedFlowIndex(mini.analysis, mini.analysis.calls);
  const collector = new FindingCollector(options.overrides);
  for (const check of CHECKS) {
    // One set per check, as in a whole evaluation: its keys start with the Call-ID.
    const reported = new Set<string>();
    for (const call of mini.analysis.calls) check.checkCall(index, call, reported, collector);
  }
  finish(mini, collector.sorted(), renderWith(index, options.language ?? DEFAULT_LANGUAGE), options, gate);
}

/** A stretch of free-standing facts to judge, with the neighbours their checks read. */
export interface FreeStretch {
  /** Messages without a Call-ID to judge, and the messages that neighbour occurrences stand in. */
  readonly messages: readonly StreamMessage[];
  /** Stream indexes `[from, to)` of the messages judged (others in `messages` are context). */
  readonly messageRange: readonly [number, number];
  /** Occurrences judged and their neighbours within reach, consecutive in the stream. */
  readonly occurrences: readonly StreamOccurrence[];
  /** Offsets `[from, to)` of the occurrences judged. */
  readonly offsetRange: readonly [number, number];
}

/** Findings without a unit: each depends on its own message or occurrence and the occurrences within reach. */
export function judgeFree(stretch: FreeStretch, options: RuleOptions, gate: CandidateGate): void {
  if (stretch.messages.length === 0 && stretch.occurrences.length === 0) return;
  const mini = miniAnalysis(stretch.messages, stretch.occurrences, false);
  const [firstIndex, newResume] = localRange(stretch.messages, stretch.messageRange);
  const [from, to] = stretch.offsetRange;
  const change: AnalysisChange = {
    from,
    oldTo: to,
    delta: 0,
    firstIndex,
    oldResume: newResume,
    newResume,
    occurrenceDelta: 0,
    touchedCallIds: [],
    shifts: false,
  };
  const index = buildScopedFlowIndex(mini.analysis, []);
  const collector = new FindingCollector(options.overrides);
  for (const check of CHECKS) check.checkRescanned(index, mini.analysis, change, new Set<string>(), collector);
  finish(mini, collector.sorted(), renderWith(index, options.language ?? DEFAULT_LANGUAGE), options, gate);
}

function localRange(messages: readonly StreamMessage[], [from, to]: readonly [number, number]): [number, number] {
  let first = messages.findIndex((message) => message.streamIndex >= from);
  if (first < 0) first = messages.length;
  let end = first;
  while (end < messages.length && (messages[end] as StreamMessage).streamIndex < to) end++;
  return [first, end];
}

function finish(
  mini: Mini,
  candidates: readonly Candidate[],
  render: ReturnType<typeof renderWith>,
  options: RuleOptions,
  gate: CandidateGate,
): void {
  const locate = (offset: number) => positionIn(mini.anchors, offset);
  const wanted = candidates.filter((candidate) => gate.wanted(candidate, locate));
  if (wanted.length === 0) return;
  const { findings } = finishFindings(wanted, Number.POSITIVE_INFINITY, options.overrides, render);
  findings.forEach((finding, i) => gate.take(locatedFinding(finding, locate), wanted[i] as Candidate));
}

/** Every offset a writer may place: the finding's range, its related request and its repeats. */
function locatedFinding(finding: Finding, locate: (offset: number) => Position): LocatedFinding {
  const positions = new Map<number, Position>();
  const add = (offset: number, length: number) => {
    positions.set(offset, locate(offset));
    positions.set(offset + length, locate(offset + length));
  };
  add(finding.offset, finding.length);
  if (finding.related) add(finding.related.offset, finding.related.length);
  for (const repeat of finding.repeats ?? []) add(repeat.offset, repeat.length);
  return { finding, positions };
}

/**
 * The line and column of `offset`, on the nearest anchored line at or above it. Findings and
 * their related places point into a message's start line or at an occurrence, whose lines are
 * anchored, never elsewhere.
 */
export function positionIn(anchors: readonly LineAnchor[], offset: number): Position {
  let low = 0;
  let high = anchors.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((anchors[mid] as LineAnchor).lineStart > offset) high = mid;
    else low = mid + 1;
  }
  const anchor = anchors[low - 1] ?? { line: 0, lineStart: 0 };
  return { line: anchor.line, character: offset - anchor.lineStart };
}
