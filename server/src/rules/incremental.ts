/**
 * Incremental rules: after an incremental re-analysis, judge again only the calls the edit
 * touched and the free-standing messages and occurrences it re-scanned; reuse every other
 * candidate (moved when the edit was above it), then sort, cap (the most severe first) and write text as a whole
 * evaluation would. The result equals `evaluateRules(analysis, options)` exactly (a property
 * test holds it to that) because every rule reads only its finding's own call: a finding whose
 * unit is a Call-ID depends on that call's messages alone, and one without a unit only on its
 * own message or occurrence, or (a check with a `reach`) the occurrences within reach of it, for
 * which the re-judged region is widened.
 */
import type { AnalysisChange } from '../analysis/incremental';
import { firstStartingAtOrAfter } from '../analysis/lookup';
import type { Analysis, Call, Occurrence } from '../analysis/types';
import { selectFindings } from './cap';
import { compareCandidates, FindingCollector, finishSelectionOnRead, type Candidate } from './collector';
import type { FlowIndex } from './flow-index';
import { buildScopedFlowIndex } from './flow-index-scoped';
import { CHECKS } from './registry';
import { languageOf, refersToOccurrence, renderWith, type RuleState } from './state';
import type { RuleOptions } from './types';

/** The rule state of `analysis`, which `change` made from the analysis `previous` was evaluated on. */
export function updateRuleState(
  previous: RuleState,
  analysis: Analysis,
  change: AnalysisChange,
  options: RuleOptions,
): RuleState {
  const touched = new Set(change.touchedCallIds);
  const touchedCalls = callsWithIds(analysis.calls, touched);
  const index = buildScopedFlowIndex(analysis, touchedCalls);
  const widened = widenedByReach(analysis, change);
  const fresh = judgeAgain(index, analysis, change, widened, touchedCalls, options);
  // The candidates hold no text but the findings kept on them do: those are written again in another language.
  const rewrite = languageOf(previous.options) !== languageOf(options);
  const candidates = mergeSorted(keptCandidates(previous.candidates, change, widened, touched, rewrite), fresh);
  const selection = selectFindings(candidates, options.maxFindings, options.overrides);
  const renderer = () =>
    renderWith(indexForRendering(analysis, selection.shown, touchedCalls, index), languageOf(options));
  // Assigned onto the result, not spread: a spread would read (and so write) the findings at once.
  return Object.assign(finishSelectionOnRead(selection, renderer), { options, candidates });
}

/** The touched calls' candidates and the re-scanned region's free ones, in finding order. */
function judgeAgain(
  index: FlowIndex,
  analysis: Analysis,
  change: AnalysisChange,
  widened: AnalysisChange,
  calls: readonly Call[],
  options: RuleOptions,
): Candidate[] {
  const collector = new FindingCollector(options.overrides);
  for (const check of CHECKS) {
    // One set per check, as in a whole evaluation; keys start with the Call-ID, so one set serves every call.
    const reported = new Set<string>();
    for (const call of calls) check.checkCall(index, call, reported, collector);
    check.checkRescanned(index, analysis, check.anchor === 'occurrence' ? widened : change, reported, collector);
  }
  return collector.sorted();
}

/**
 * The previous candidates that still hold: neither of a touched call nor free-standing in the
 * re-scanned region. Those after the region move; after a mid-file edit none keeps its text,
 * since a related request may have moved even when the finding did not, nor after a change of
 * language (`rewrite`).
 */
function keptCandidates(
  previous: readonly Candidate[],
  change: AnalysisChange,
  widened: AnalysisChange,
  touched: ReadonlySet<string>,
  rewrite: boolean,
): Candidate[] {
  const { oldTo, delta, shifts } = change;
  const indexDelta = change.newResume - change.oldResume;
  const kept: Candidate[] = [];
  for (const candidate of previous) {
    const region = refersToOccurrence(candidate) ? widened : change;
    const replaced =
      candidate.unit === undefined
        ? candidate.offset >= region.from && candidate.offset < region.oldTo
        : touched.has(candidate.unit);
    if (replaced) continue;
    if (candidate.offset >= oldTo) {
      const ref = candidate.ref + (refersToOccurrence(candidate) ? change.occurrenceDelta : indexDelta);
      kept.push({ ...candidate, offset: candidate.offset + delta, ref, rendered: undefined });
    } else kept.push(shifts || rewrite ? { ...candidate, rendered: undefined } : candidate);
  }
  return kept;
}

/**
 * The re-scanned region grown by the largest `reach` of an occurrence check: a candidate judged
 * from the `reach` occurrences either side of its own (reported-failure.ts) changes when one of
 * them does. Occurrences outside the region are the same before and after the edit (those after
 * it moved by `delta`), so the region's bounds move out to the occurrence `reach` places beyond.
 */
function widenedByReach(analysis: Analysis, change: AnalysisChange): AnalysisChange {
  const reach = Math.max(0, ...CHECKS.map((check) => check.reach ?? 0));
  if (reach === 0) return change;
  const { occurrences } = analysis;
  const before = firstStartingAtOrAfter(occurrences, change.from) - reach;
  const from = before <= 0 ? 0 : Math.min(change.from, (occurrences[before] as Occurrence).offset);
  const after = firstStartingAtOrAfter(occurrences, change.oldTo + change.delta) + reach;
  const to = after < occurrences.length ? (occurrences[after] as Occurrence).offset : analysis.textLength + 1;
  return { ...change, from, oldTo: to - change.delta };
}

function mergeSorted(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  const merged: Candidate[] = new Array<Candidate>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length)
    merged[k++] =
      compareCandidates(a[i] as Candidate, b[j] as Candidate) <= 0 ? (a[i++] as Candidate) : (b[j++] as Candidate);
  while (i < a.length) merged[k++] = a[i++] as Candidate;
  while (j < b.length) merged[k++] = b[j++] as Candidate;
  return merged;
}

/** An index covering every call whose shown findings still need their text written. */
function indexForRendering(
  analysis: Analysis,
  shown: readonly Candidate[],
  touchedCalls: readonly Call[],
  index: FlowIndex,
): FlowIndex {
  const touched = new Set(touchedCalls.map((call) => call.callId));
  const extra = new Set<string>();
  for (const { rendered, unit } of shown) if (!rendered && unit !== undefined && !touched.has(unit)) extra.add(unit);
  if (extra.size === 0) return index;
  return buildScopedFlowIndex(analysis, touchedCalls.concat(callsWithIds(analysis.calls, extra)));
}

/**
 * The calls whose ids are in `ids`, in `calls` order. Searched from the end, and no further than
 * the last of them: an append touches the newest calls, and each slice of a big log used to test
 * every call of the prefix. Call-IDs are unique among calls, so once every id is found none is left.
 */
function callsWithIds(calls: readonly Call[], ids: ReadonlySet<string>): Call[] {
  const found: Call[] = [];
  for (let i = calls.length - 1; i >= 0 && found.length < ids.size; i--) {
    const call = calls[i] as Call;
    if (ids.has(call.callId)) found.push(call);
  }
  return found.reverse();
}
