/**
 * The ladder of one or more calls (Call-IDs): a pure function of the analysis and its text. The
 * language server's callFlow request, the CLI's `sip-lens flow` and the exports draw the same
 * FlowDiagram (catalog/src/flow/model.ts).
 */
import { LineIndex } from '../analysis/lineIndex';
import { elapsedMs, type DateKind, type LogTime } from '../analysis/logTime';
import { messageFacts } from '../analysis/messageFacts';
import { viaSender, type Endpoint } from '../analysis/route';
import type { Analysis, Call, SipMessage } from '../analysis/types';
import { callSummarizer, type CallSummarizer, type CallSummary } from '../calls';
import { CALL_STATE_LABELS } from '../calls/calls-strings';
import { partyText } from '../calls/format';
import { DEFAULT_RULE_OPTIONS, evaluateRules } from '../rules';
import type { Finding } from '../rules/types';
import type { Language } from '../../../catalog/src/language';
import type { FlowArrow, FlowDiagram, FlowHeader, FlowLeg } from '../../../catalog/src/flow/model';
import { EndpointColumns, type MessageRoute } from './endpoints';
import { findingsByMessage } from './findings';
import { suggestLegs } from './legs';
import { hasSdp, headerValue, mediaLines, messageLines, type MessageLines } from './messageLines';
import { groupRetransmissions } from './retransmissions';
import { OfferAnswer } from './sdp';

export interface CallFlowOptions {
  readonly language: Language;
  /** The document's findings, when the caller has them (the server does); else the rules run with defaults. */
  readonly findings?: readonly Finding[];
  /** A line index the caller already built for this text. */
  readonly lineIndex?: LineIndex;
  /**
   * The calls' summaries and the added legs' link reasons, when the caller has them: a text that holds
   * only the drawn calls (a streamed log, cli/flowFile.ts) cannot give the log's end or its other calls.
   */
  readonly summaries?: ReadonlyMap<string, CallSummary>;
  readonly legReasons?: ReadonlyMap<string, string>;
}

/** What the flow reads of one message, once. */
interface ReadMessage extends MessageRoute {
  /** Split only for a message that may carry SDP. */
  readonly lines?: MessageLines;
  readonly time?: LogTime;
}

/** The diagram of `callIds` (the first is the main leg; unknown ones are left out). */
export function buildCallFlow(
  analysis: Analysis,
  text: string,
  callIds: readonly string[],
  options: CallFlowOptions,
): FlowDiagram {
  const lines = options.lineIndex?.textLength === text.length ? options.lineIndex : new LineIndex(text);
  const calls = callsOf(analysis, callIds);
  const legIds = calls.map((call) => call.callId);
  const messages = messagesOf(analysis, calls);
  const read = readMessages(text, lines, analysis, messages);
  const columns = new EndpointColumns(read, options.language);
  const placed = placeAll(read, columns);
  const findings = findingsByMessage(
    messages,
    options.findings ?? evaluateRules(analysis, { ...DEFAULT_RULE_OPTIONS, language: options.language }).findings,
  );
  const arrows = drawArrows(read, placed, findings, lines, legIds);
  const summarize = options.summaries === undefined ? callSummarizer(text, analysis, lines) : undefined;
  const summaries = calls.map((call) => options.summaries?.get(call.callId) ?? (summarize as CallSummarizer)(call));
  const reasons = options.legReasons ?? legReasons(analysis, text, legIds, options.language, lines);
  return {
    language: options.language,
    header: headerOf(summaries[0], options.language),
    legs: summaries.map((summary, i) => legOf(summary, options.language, reasons.get(summary.callId), i)),
    endpoints: columns.finish(),
    arrows,
  };
}

function callsOf(analysis: Analysis, callIds: readonly string[]): Call[] {
  const byId = new Map(analysis.calls.map((call) => [call.callId, call]));
  const seen = new Set<string>();
  const calls: Call[] = [];
  for (const id of callIds) {
    const call = byId.get(id);
    if (call !== undefined && !seen.has(id)) {
      seen.add(id);
      calls.push(call);
    }
  }
  return calls;
}

/** The messages of every leg, in log order. */
function messagesOf(analysis: Analysis, calls: readonly Call[]): SipMessage[] {
  const indexes = calls.flatMap((call) => call.messages).sort((a, b) => a - b);
  return indexes.map((index) => analysis.messages[index] as SipMessage);
}

/**
 * Time, route and agent of each message, read once. The header lines are split only where needed:
 * the top Via of the first message the log's writer sent (its own column's address) and the SDP
 * of the messages that carry a body starting `v=0`; a call of thousands of messages stays cheap.
 */
function readMessages(
  text: string,
  lines: LineIndex,
  analysis: Analysis,
  messages: readonly SipMessage[],
): ReadMessage[] {
  let ownViaFound = false;
  return messages.map((message) => {
    const facts = messageFacts(text, lines, analysis.messages, message);
    const { route } = facts;
    const ownVia =
      (route.direction === 'out' && message.kind === 'request') ||
      (route.direction === 'in' && message.kind === 'response');
    const body = bodyLines(text, message);
    let via: Endpoint | undefined;
    if (!ownViaFound && ownVia) {
      const topVia = headerValue(body ?? messageLines(text, message), 'via')?.split(',', 1)[0];
      via = topVia === undefined ? undefined : viaSender(topVia);
      ownViaFound = via !== undefined;
    }
    return {
      message,
      route,
      ...(body !== undefined ? { lines: body } : {}),
      ...(facts.userAgent !== undefined ? { userAgent: facts.userAgent } : {}),
      ...(via !== undefined ? { via } : {}),
      ...(facts.time !== undefined ? { time: facts.time } : {}),
    };
  });
}

/** The message's lines when it may carry SDP (`v=0` somewhere in it); undefined otherwise. */
function bodyLines(text: string, message: SipMessage): MessageLines | undefined {
  // Searched within the message only: indexOf over the text would run on to its end for each message.
  return text.slice(message.startLineEnd, message.endOffset).includes('v=0') ? messageLines(text, message) : undefined;
}

/** A response's request, by Call-ID, CSeq and top Via branch (RFC 3261 §17.1.3's client matching). */
function transactionKey(message: SipMessage): string {
  const method = message.kind === 'request' ? message.method : message.cseqMethod;
  return `${message.callId ?? ''}\u0000${message.cseqNumber ?? ''}\u0000${method ?? ''}\u0000${message.viaBranch ?? ''}`;
}

function placeAll(read: readonly ReadMessage[], columns: EndpointColumns): Array<{ from: number; to: number }> {
  const requests = new Map<string, { from: number; to: number }>();
  return read.map((entry) => {
    const key = transactionKey(entry.message);
    const request = entry.message.kind === 'response' ? requests.get(key) : undefined;
    const placed = columns.place(entry, request);
    if (entry.message.kind === 'request' && !requests.has(key)) requests.set(key, placed);
    return placed;
  });
}

function drawArrows(
  read: readonly ReadMessage[],
  placed: ReadonlyArray<{ from: number; to: number }>,
  findings: readonly FlowArrow['findings'][],
  lines: LineIndex,
  legIds: readonly string[],
): FlowArrow[] {
  const grouping = groupRetransmissions(
    read.map((entry) => entry.message),
    placed,
  );
  const offerAnswer = new OfferAnswer();
  const lastTime = new Map<DateKind, LogTime>();
  const arrows: FlowArrow[] = [];
  read.forEach((entry, i) => {
    const { message } = entry;
    const first = grouping.retransmissionOf[i];
    const sdp = entry.lines !== undefined && hasSdp(entry.lines);
    // A copy repeats its original's offer or answer: it is not a new one.
    const role =
      first !== undefined
        ? arrows[first]?.sdp
        : offerAnswer.roleOf(message, sdp, sdp && isReliable(entry.lines as MessageLines));
    const delta = entry.time === undefined ? undefined : elapsedMs(lastTime.get(entry.time.date), entry.time);
    if (entry.time !== undefined) lastTime.set(entry.time.date, entry.time);
    const repeats = grouping.repeats[i] ?? 0;
    const media = sdp ? mediaLines(entry.lines as MessageLines) : [];
    arrows.push({
      ...(placed[i] as { from: number; to: number }),
      method: (message.kind === 'request' ? message.method : message.cseqMethod) ?? '',
      ...(message.statusCode !== undefined ? { code: message.statusCode } : {}),
      label: labelOf(message),
      leg: Math.max(0, legIds.indexOf(message.callId ?? '')),
      ...(entry.time !== undefined ? { time: entry.time.text } : {}),
      ...(delta !== undefined ? { deltaMs: Math.round(delta * 1000) / 1000 } : {}),
      ...(first !== undefined ? { retransmissionOf: first } : {}),
      ...(repeats > 0 ? { repeats } : {}),
      ...(role !== undefined ? { sdp: role } : {}),
      ...(media.length > 0 ? { media } : {}),
      findings: findings[i] ?? [],
      line: lines.lineAt(message.startOffset),
      endLine: lines.lineAt(Math.max(message.startOffset, message.endOffset - 1)),
    });
  });
  return arrows;
}

/** A reliable provisional response (RFC 3262 §7.1: RSeq, and Require: 100rel). */
function isReliable(lines: MessageLines): boolean {
  return headerValue(lines, 'rseq') !== undefined || /\b100rel\b/iu.test(headerValue(lines, 'require') ?? '');
}

function labelOf(message: SipMessage): string {
  if (message.kind === 'request') return message.method ?? '';
  const phrase = message.reasonPhrase?.trim();
  return phrase ? `${message.statusCode} ${phrase}` : String(message.statusCode ?? '');
}

function headerOf(summary: CallSummary | undefined, language: Language): FlowHeader {
  if (summary === undefined) return { state: 'in-progress', stateLabel: CALL_STATE_LABELS[language]['in-progress'] };
  const { timing } = summary;
  const from = partyText(summary.from);
  const to = partyText(summary.to);
  return {
    state: summary.state,
    stateLabel: CALL_STATE_LABELS[language][summary.state],
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(summary.requestUri !== undefined ? { requestUri: summary.requestUri } : {}),
    ...(summary.finalCode !== undefined ? { finalCode: summary.finalCode } : {}),
    ...(summary.finalPhrase !== undefined ? { finalPhrase: summary.finalPhrase } : {}),
    ...(timing.setupDelayMs !== undefined ? { setupDelayMs: timing.setupDelayMs } : {}),
    ...(timing.durationMs !== undefined ? { durationMs: timing.durationMs } : {}),
  };
}

function legOf(summary: CallSummary, language: Language, reason: string | undefined, index: number): FlowLeg {
  return {
    callId: summary.callId,
    kind: summary.kind,
    state: summary.state,
    stateLabel: CALL_STATE_LABELS[language][summary.state],
    ...(summary.finalCode !== undefined ? { finalCode: summary.finalCode } : {}),
    ...(index > 0 && reason !== undefined ? { linkReason: reason } : {}),
  };
}

/** Why each added leg belongs with the first: the suggestion's reason, when the search found it. */
function legReasons(analysis: Analysis, text: string, legIds: readonly string[], language: Language, lines: LineIndex) {
  const reasons = new Map<string, string>();
  if (legIds.length < 2) return reasons;
  for (const suggestion of suggestLegs(analysis, text, legIds[0] as string, language, lines))
    reasons.set(suggestion.callId, suggestion.reason);
  return reasons;
}
