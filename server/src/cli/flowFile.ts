/**
 * Reading one log for `sip-lens flow --call-id ID...`, streamed, so a log of any size, `-` and `.gz`
 * are drawn alike, with memory held by the open calls and the drawn calls' text:
 * - the drawn calls' lines, with their numbers in the log (stream/callText.ts), make a small text
 *   the ladder is built from as from the whole log;
 * - their findings come from the streamed check (stream/check.ts) of the same chunks, moved into it;
 * - their summaries, and the log's end that settles a waiting call's state, from the streamed calls;
 * - every call's leg facts (stream/legs.ts) wait on disk (spill.ts) for the leg search at the end.
 */
import type { FlowDiagram, FlowLegSuggestion } from '../../../catalog/src/flow/model';
import type { Language } from '../../../catalog/src/language';
import { groupCalls, LineIndex } from '../analysis';
import type { Analysis } from '../analysis/types';
import { settledSummary, type CallSummary } from '../calls';
import { buildCallFlow } from '../flow';
import { LegSearch } from '../flow/legs';
import type { Finding } from '../rules/types';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { CallStream, type StreamedSummary } from '../stream/calls';
import { CallText } from '../stream/callText';
import { StreamCheck } from '../stream/check';
import { LegFactsReader, type StreamLegFacts } from '../stream/legs';
import { logText } from '../logFiles/sync';
import type { WindowOptions } from '../stream/windows';
import { Spill } from '../stream/spill';

/** The drawn calls out of a streamed log: what buildCallFlow reads, and where each line was. */
export interface StreamedFlow {
  /** The small text's analysis: the drawn calls' messages (and stand-ins), no occurrences. */
  readonly analysis: Analysis;
  readonly text: string;
  readonly lines: LineIndex;
  /** The log's line number of each line of `text`. */
  readonly lineMap: readonly number[];
  readonly findings: readonly Finding[];
  readonly summaries: ReadonlyMap<string, CallSummary>;
  /** The legs that look like part of the first call's, as suggestLegs finds them in the whole log. */
  readonly suggestions: readonly FlowLegSuggestion[];
  /** The asked Call-IDs the log has. */
  readonly found: ReadonlySet<string>;
}

export interface FlowReading {
  readonly callIds: readonly string[];
  readonly language: Language;
  readonly horizonChars: number | undefined;
  /** The log's text, when not read from the path (tests cut it anywhere), and its windows' sizes. */
  readonly chunks?: Iterable<string>;
  readonly window?: WindowOptions;
}

export function readFlow(path: string, reading: FlowReading): StreamedFlow {
  const wanted = new Set(reading.callIds);
  const callText = new CallText(wanted);
  const legs = new LegFactsReader();
  const legFacts = new Spill<StreamLegFacts>();
  const drawn = new Map<string, StreamedSummary>();
  const first = reading.callIds[0] as string;
  let mine: StreamLegFacts | undefined;
  try {
    const calls = new CallStream({
      ...reading.window,
      ...(reading.horizonChars === undefined ? {} : { horizonChars: reading.horizonChars }),
      onWindow: (window) => {
        callText.read(window);
        legs.read(window);
      },
      onClose: (callId) => {
        const facts = legs.close(callId);
        if (facts === undefined) return;
        legFacts.add(facts);
        if (callId === first) mine ??= facts;
      },
    });
    const keep = (summaries: readonly StreamedSummary[]) => {
      for (const pending of summaries)
        if (wanted.has(pending.summary.callId) && !drawn.has(pending.summary.callId))
          drawn.set(pending.summary.callId, pending);
    };
    // One analysis of each window for both: the check cuts them and hands each to the calls' stream first.
    const findings = drawnFindings(
      new StreamCheck(
        reading.chunks ?? logText(path),
        {
          overrides: DEFAULT_SETTINGS.severityOverrides,
          maxFindings: Number.POSITIVE_INFINITY,
          language: reading.language,
          ...reading.window,
        },
        undefined,
        (window) => keep(calls.takeWindow(window)),
      ),
      callText,
    );
    const logEnd = calls.logEnd;
    const summaries = new Map<string, CallSummary>();
    for (const [callId, pending] of drawn) summaries.set(callId, settledSummary(pending, logEnd));
    const { text, messages, lineMap } = callText.result();
    const analysis = { textLength: text.length, occurrences: [], q850: [], messages, calls: groupCalls(messages) };
    const suggestions = mine === undefined ? [] : searchLegs(legFacts, mine, reading.language);
    return {
      analysis,
      text,
      lines: new LineIndex(text),
      lineMap,
      findings,
      summaries,
      suggestions,
      found: callText.found,
    };
  } finally {
    legFacts.close();
  }
}

/**
 * The findings inside the drawn calls' messages, moved into their small text. A finding is placed
 * once the calls' stream has read past it (each window reaches it before the check judges that window).
 */
function drawnFindings(check: StreamCheck, callText: CallText): Finding[] {
  const placed: Finding[] = [];
  // In text order, as the check gives them: the first not yet read holds those after it.
  const waiting: Finding[] = [];
  const place = (finding: Finding) => {
    const moved = callText.place(finding);
    if (moved !== undefined) placed.push(moved);
  };
  for (const finding of check.findings) {
    waiting.push(finding);
    while (waiting.length > 0 && callText.hasRead((waiting[0] as Finding).offset)) place(waiting.shift() as Finding);
  }
  waiting.forEach(place);
  return placed;
}

/** The leg search of the first drawn call (`mine`) over every call's facts, read back from disk in one pass. */
function searchLegs(legFacts: Spill<StreamLegFacts>, mine: StreamLegFacts, language: Language): FlowLegSuggestion[] {
  const search = new LegSearch(mine, language);
  search.setInvite(mine.invite);
  for (const other of legFacts.values()) {
    search.addVectors(other);
    const itself = other.callId === mine.callId && other.order === mine.order;
    if (!itself) search.addInvite(other.callId, other.order, other.invite);
  }
  return search.suggestions();
}

/**
 * The ladder of `callIds` from a streamed log, as buildCallFlow draws it from the whole log, its
 * arrows naming the log's lines; and the suggested legs not drawn.
 */
export function streamedDiagram(
  flow: StreamedFlow,
  callIds: readonly string[],
  language: Language,
): { diagram: FlowDiagram; suggestions: readonly FlowLegSuggestion[] } {
  const built = buildCallFlow(flow.analysis, flow.text, callIds, {
    language,
    findings: flow.findings,
    lineIndex: flow.lines,
    summaries: flow.summaries,
    legReasons: new Map(flow.suggestions.map((s) => [s.callId, s.reason])),
  });
  const lineOf = (line: number) => flow.lineMap[line] ?? line;
  const arrows = built.arrows.map((arrow) => ({ ...arrow, line: lineOf(arrow.line), endLine: lineOf(arrow.endLine) }));
  const drawn = new Set(callIds);
  return { diagram: { ...built, arrows }, suggestions: flow.suggestions.filter((s) => !drawn.has(s.callId)) };
}
