/**
 * A stand-in for the call-flow builder (server/src/flow, built alongside in issue 21) with the same
 * signature, so the `sipLens/callFlow` request, the view and their tests run before it lands. It draws
 * two sides of each leg (who sent the first request, and the other side), not transport addresses:
 * the real builder reads those from the log's banners. Replaced by the real builder on merge.
 */
import type { FlowArrow, FlowDiagram, FlowEndpoint, FlowLeg, FlowLegSuggestion } from '../../../catalog/src/flow/model';
import type { Language } from '../../../catalog/src/language';
import { LineIndex } from '../analysis/lineIndex';
import { elapsedMs, type LogTime } from '../analysis/logTime';
import { messageTime } from '../analysis/messageFacts';
import type { Analysis, Call, SipMessage } from '../analysis/types';
import { callSummarizer } from '../calls/index';
import { callRow } from '../features/callsView';
import type { Finding } from '../rules/types';

export interface FlowOptions {
  readonly language: Language;
  readonly findings: readonly Finding[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, information: 2, hint: 3 } as const;

export function buildCallFlow(
  analysis: Analysis,
  text: string,
  callIds: readonly string[],
  options: FlowOptions,
): FlowDiagram | undefined {
  const calls = callIds
    .map((id) => analysis.calls.find((call) => call.callId === id))
    .filter((call): call is Call => call !== undefined);
  const first = calls[0];
  if (!first) return undefined;
  const lines = new LineIndex(text);
  const summarize = callSummarizer(text, analysis, lines);
  const summaries = calls.map((call) => summarize(call));
  const legs: FlowLeg[] = summaries.map((summary) => {
    const row = callRow(summary, analysis, lines, options.language);
    return {
      callId: row.callId,
      kind: row.kind,
      state: row.state,
      stateLabel: row.stateLabel,
      ...(row.finalCode !== undefined ? { finalCode: row.finalCode } : {}),
    };
  });
  const firstRow = callRow(summaries[0] as never, analysis, lines, options.language);
  const endpoints: FlowEndpoint[] = [];
  const arrows = legArrows(analysis, text, lines, calls, endpoints, options.findings);
  const timing = summaries[0]?.timing;
  return {
    header: {
      state: firstRow.state,
      stateLabel: firstRow.stateLabel,
      ...optional('from', firstRow.from),
      ...optional('to', firstRow.to),
      ...optional('requestUri', firstRow.requestUri),
      ...optional('finalCode', firstRow.finalCode),
      ...optional('finalPhrase', firstRow.finalPhrase),
      ...optional('setupDelayMs', timing?.setupDelayMs),
      ...optional('durationMs', timing?.durationMs),
    },
    legs,
    endpoints,
    arrows,
  };
}

/** The stand-in suggests nothing: linking legs is the real builder's job. */
export function suggestLegs(): readonly FlowLegSuggestion[] {
  return [];
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Every message of the legs in log order, each leg between its own two sides. */
function legArrows(
  analysis: Analysis,
  text: string,
  lines: LineIndex,
  calls: readonly Call[],
  endpoints: FlowEndpoint[],
  findings: readonly Finding[],
): FlowArrow[] {
  const order = calls
    .flatMap((call, leg) => call.messages.map((index) => ({ index, leg })))
    .sort((a, b) => a.index - b.index);
  const sides = calls.map((call, leg) => {
    const caller = endpoints.push({ key: `${leg}:a`, address: `${call.callId.slice(0, 12)} A`, inferred: true }) - 1;
    const callee = endpoints.push({ key: `${leg}:b`, address: `${call.callId.slice(0, 12)} B`, inferred: true }) - 1;
    const tag = analysis.messages[call.messages[0] ?? 0]?.fromTag;
    return { caller, callee, tag };
  });
  const arrows: FlowArrow[] = [];
  const seen = new Map<string, number>();
  let previous: LogTime | undefined;
  for (const { index, leg } of order) {
    const message = analysis.messages[index] as SipMessage;
    const side = sides[leg] as (typeof sides)[number];
    const fromCaller = (message.fromTag === side.tag) === (message.kind === 'request');
    const time = messageTime(text, lines, analysis.messages, message);
    const delta = elapsedMs(previous, time);
    if (time) previous = time;
    const startLine = text.slice(message.startOffset, message.startLineEnd);
    const key = `${leg}|${startLine}|${message.cseqNumber}|${message.viaBranch}`;
    const original = seen.get(key);
    if (original === undefined) seen.set(key, arrows.length);
    else arrows[original] = { ...(arrows[original] as FlowArrow), repeats: ((arrows[original] as FlowArrow).repeats ?? 0) + 1 };
    const body = text.slice(message.startOffset, message.endOffset);
    const media = body.split(/\r?\n/u).filter((line) => line.startsWith('m='));
    arrows.push({
      from: fromCaller ? side.caller : side.callee,
      to: fromCaller ? side.callee : side.caller,
      method: message.method ?? message.cseqMethod ?? '',
      ...(message.statusCode !== undefined ? { code: message.statusCode } : {}),
      label: message.kind === 'request' ? (message.method ?? '') : `${message.statusCode} ${message.reasonPhrase ?? ''}`.trim(),
      leg,
      ...(time ? { time: time.text } : {}),
      ...(delta !== undefined ? { deltaMs: delta } : {}),
      ...(original !== undefined ? { retransmissionOf: original } : {}),
      ...(media.length > 0 ? { sdp: message.kind === 'request' ? 'offer' : 'answer', media } : {}),
      findings: findingsIn(findings, message),
      line: lines.positionAt(message.startOffset).line,
      endLine: lines.positionAt(message.endOffset).line,
    } as FlowArrow);
  }
  return arrows;
}

function findingsIn(findings: readonly Finding[], message: SipMessage): FlowArrow['findings'] {
  return findings
    .filter((finding) => finding.offset >= message.startOffset && finding.offset <= message.endOffset)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      ...(finding.shortFix ? { shortFix: finding.shortFix } : {}),
    }));
}
