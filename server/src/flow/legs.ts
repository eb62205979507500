/**
 * Other Call-IDs that look like legs of the same call, and why: the correlation vectors real
 * networks carry, strongest first.
 *   1. `X-CID`: a header some B2BUAs and SBCs are set to add, carrying the A leg's Call-ID on the B leg;
 *   2. a B2BUA suffix on the Call-ID (`abc` and `abc_b2b-1`), as some B2BUAs derive the B leg's;
 *   3. the same `icid-value` in `P-Charging-Vector` (RFC 7315 §4.6; 3GPP TS 24.229 keeps one
 *      IMS charging identifier across every leg of a session);
 *   4. the same RFC 7989 `Session-ID` UUID: intermediaries, B2BUAs included, pass it through, and
 *      each end's UUID is `local` in what it sends and `remote` in what it receives, so any shared
 *      non-null UUID links;
 *   5. last resort, only when none of these links anything: an INVITE that leaves the node another
 *      leg's INVITE reached, within a second, to the same called number.
 * Each call's opening request and its first 2xx are read once per search, and compared with the
 * asked call's values only: linear in the number of calls, never a comparison of every pair.
 */
import { LineIndex } from '../analysis/lineIndex';
import { elapsedMs, type LogTime } from '../analysis/logTime';
import { messageFacts } from '../analysis/messageFacts';
import { userOfUri } from '../analysis/parties';
import { endpointText, type Endpoint } from '../analysis/route';
import type { Analysis, Call, SipMessage } from '../analysis/types';
import { fill } from '../../../catalog/src/l10n';
import type { Language } from '../../../catalog/src/language';
import type { FlowLegSuggestion } from '../../../catalog/src/flow/model';
import { requestUriTarget } from './endpoints';
import { FLOW_ENDPOINT_STRINGS, LEG_REASON_STRINGS } from './flow-strings';
import { messageLines } from './messageLines';

/** Legs at most this far apart in time are taken for one call by the last-resort vector. */
export const TIMING_WINDOW_MS = 1000;

/** `_b2b-1`, `-b2b_2`, `_B2B`: the suffix B2BUAs append to make the B leg's Call-ID. */
const B2B_SUFFIX = /[_-]b2b(?:[_-]?\d{1,4})?$/iu;
const UUID = /\b[0-9a-f]{32}\b/giu;
const NULL_UUID = '0'.repeat(32);
const ICID = /icid-value\s?=\s?"?([^";\s]{1,200})/iu;
const LOCAL = '\u0000local';
/** A line that starts (after indentation or a JSON `\\r\\n`) with one of the headers the vectors are in. */
const VECTOR_HEADER = /(?:^|\\n|[ \t])(?:x-cid|p-charging-vector|session-id)[ \t]*:/imu;

interface LegFacts {
  readonly call: Call;
  readonly xCid: string[];
  readonly icid?: string;
  readonly uuids: string[];
}

export function suggestLegs(
  analysis: Analysis,
  text: string,
  callId: string,
  language: Language = 'en',
  lineIndex?: LineIndex,
): FlowLegSuggestion[] {
  const target = analysis.calls.find((call) => call.callId === callId);
  if (target === undefined) return [];
  const strings = LEG_REASON_STRINGS[language];
  const facts = analysis.calls.map((call) => legFacts(analysis, text, call));
  const found = new Map<string, string>();
  const add = (id: string, reason: string) => {
    if (id !== callId && !found.has(id)) found.set(id, reason);
  };
  const mine = facts[analysis.calls.indexOf(target)] as LegFacts;
  for (const other of facts) {
    for (const value of other.xCid) if (value === callId) add(other.call.callId, fill(strings.xCid, { callId }));
  }
  const ids = new Set(analysis.calls.map((call) => call.callId));
  for (const value of mine.xCid) if (ids.has(value)) add(value, fill(strings.xCid, { callId: value }));
  for (const [id, suffix] of suffixSiblings(analysis.calls, callId)) add(id, fill(strings.b2bSuffix, { suffix }));
  if (mine.icid !== undefined) {
    for (const other of facts)
      if (other.icid === mine.icid) add(other.call.callId, fill(strings.icid, { icid: mine.icid }));
  }
  const uuids = new Set(mine.uuids);
  for (const other of facts) {
    const shared = other.uuids.find((uuid) => uuids.has(uuid));
    if (shared !== undefined) add(other.call.callId, fill(strings.sessionId, { uuid: shared }));
  }
  if (found.size === 0) {
    const lines = lineIndex?.textLength === text.length ? lineIndex : new LineIndex(text);
    for (const [id, reason] of timingPartners(analysis, text, lines, target, language)) add(id, reason);
  }
  return [...found].map(([id, reason]) => ({ callId: id, reason }));
}

/** The opening request and the first 2xx: where the vectors are (a B2BUA sets them on the INVITE and its answer). */
function legFacts(analysis: Analysis, text: string, call: Call): LegFacts {
  const xCid: string[] = [];
  const uuids: string[] = [];
  let icid: string | undefined;
  for (const message of keyMessages(analysis, call)) {
    // Most messages carry none of the vectors: a test over the message's text before splitting it.
    const slice = text.slice(message.startLineEnd, message.endOffset);
    if (!VECTOR_HEADER.test(slice)) continue;
    const lines = messageLines(text, message);
    for (const [name, value] of lines.headers) {
      if (name === 'x-cid') xCid.push(value);
      else if (name === 'p-charging-vector') icid ??= ICID.exec(value)?.[1];
      else if (name === 'session-id')
        for (const uuid of value.match(UUID) ?? []) if (uuid !== NULL_UUID) uuids.push(uuid.toLowerCase());
    }
  }
  return { call, xCid, uuids, ...(icid !== undefined ? { icid } : {}) };
}

function keyMessages(analysis: Analysis, call: Call): SipMessage[] {
  const messages = call.messages.map((index) => analysis.messages[index] as SipMessage);
  const opening = messages.find((message) => message.kind === 'request');
  const answer = messages.find(
    (message) => message.kind === 'response' && (message.statusCode ?? 0) >= 200 && (message.statusCode ?? 0) < 300,
  );
  return [opening, answer].filter((message): message is SipMessage => message !== undefined);
}

/** Calls whose Call-ID is this one's plus a B2BUA suffix, or this one's minus it, or a sibling's. */
function suffixSiblings(calls: readonly Call[], callId: string): Array<[string, string]> {
  const base = baseOf(callId);
  const siblings: Array<[string, string]> = [];
  for (const call of calls) {
    if (call.callId === callId || baseOf(call.callId) !== base) continue;
    const suffixed = call.callId.length > callId.length ? call.callId : callId;
    siblings.push([call.callId, B2B_SUFFIX.exec(suffixed)?.[0] ?? suffixed.slice(base.length)]);
  }
  return siblings;
}

function baseOf(callId: string): string {
  const suffix = B2B_SUFFIX.exec(callId);
  return suffix ? callId.slice(0, suffix.index) : callId;
}

interface InviteFacts {
  readonly source?: string;
  readonly destination?: string;
  readonly address: Map<string, string>;
  readonly time?: LogTime;
  readonly called?: string;
}

/**
 * The last resort: INVITEs to the same called number within TIMING_WINDOW_MS of the target's, one of
 * which left the node the other reached. Each call's first INVITE is read once: linear in the calls.
 */
function timingPartners(
  analysis: Analysis,
  text: string,
  lines: LineIndex,
  target: Call,
  language: Language,
): Array<[string, string]> {
  const mine = inviteFacts(analysis, text, lines, target);
  if (mine?.called === undefined || mine.time === undefined) return [];
  const partners: Array<[string, string]> = [];
  for (const call of analysis.calls) {
    if (call === target) continue;
    const other = inviteFacts(analysis, text, lines, call);
    if (other?.called !== mine.called || other.time === undefined) continue;
    const elapsed = elapsedMs(mine.time, other.time);
    if (elapsed === undefined || Math.abs(elapsed) > TIMING_WINDOW_MS) continue;
    const node = sharedNode(mine, other);
    if (node === undefined) continue;
    const address =
      node === LOCAL
        ? FLOW_ENDPOINT_STRINGS[language].loggingNode
        : (mine.address.get(node) ?? other.address.get(node) ?? node);
    const values = { address, ms: Math.round(Math.abs(elapsed)), number: mine.called };
    partners.push([call.callId, fill(LEG_REASON_STRINGS[language].timing, values)]);
  }
  return partners;
}

/** The node one INVITE reached and the other left (compared by host: a B2BUA may use a port per side). */
function sharedNode(a: InviteFacts, b: InviteFacts): string | undefined {
  if (a.destination !== undefined && a.destination === b.source) return a.destination;
  if (b.destination !== undefined && b.destination === a.source) return b.destination;
  return undefined;
}

function inviteFacts(analysis: Analysis, text: string, lines: LineIndex, call: Call): InviteFacts | undefined {
  const index = call.messages.find((i) => (analysis.messages[i] as SipMessage).method === 'INVITE');
  if (index === undefined) return undefined;
  const message = analysis.messages[index] as SipMessage;
  const facts = messageFacts(text, lines, analysis.messages, message);
  const called = facts.to?.user ?? userOfUri(message.requestUri ?? '');
  const { route } = facts;
  const address = new Map<string, string>();
  const side = (endpoint: Endpoint | undefined, fallback: boolean): string | undefined => {
    if (endpoint === undefined) return fallback ? LOCAL : undefined;
    const host = endpoint.host.toLowerCase();
    address.set(host, endpointText(endpoint));
    return host;
  };
  const source = side(route.source, !route.inferred && route.direction === 'out');
  const destination = side(
    route.destination ?? (route.direction === undefined ? requestUriTarget(message.requestUri) : undefined),
    !route.inferred && route.direction === 'in',
  );
  return {
    address,
    ...(source !== undefined ? { source } : {}),
    ...(destination !== undefined ? { destination } : {}),
    ...(facts.time !== undefined ? { time: facts.time } : {}),
    ...(called !== undefined ? { called } : {}),
  };
}
