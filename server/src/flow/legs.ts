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

/**
 * What the leg search reads of one call: its vectors (from its opening request and first 2xx) and
 * its first INVITE. The whole text reads them on demand; a stream (server/src/stream/legs.ts) reads
 * them while each message's window is at hand and keeps them, compact, until the search.
 */
export interface LegFacts {
  readonly callId: string;
  /** The call's place in the log's order of calls (the order suggestions are listed in). */
  readonly order: number;
  readonly xCid: readonly string[];
  readonly icid?: string;
  readonly uuids: readonly string[];
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
  const facts = analysis.calls.map((call, order) => legFacts(analysis, text, call, order));
  const search = new LegSearch(facts[analysis.calls.indexOf(target)] as LegFacts, language);
  for (const other of facts) search.addVectors(other);
  if (!search.foundByVectors()) {
    // The last resort reads each call's first INVITE: only when no vector linked anything.
    const lines = lineIndex?.textLength === text.length ? lineIndex : new LineIndex(text);
    const mine = inviteFacts(analysis, text, lines, target);
    search.setInvite(mine);
    if (mine !== undefined)
      analysis.calls.forEach((call, order) => {
        if (call !== target) search.addInvite(call.callId, order, inviteFacts(analysis, text, lines, call));
      });
  }
  return search.suggestions();
}

type Link = readonly [order: number, callId: string, reason: string];

/**
 * The search for one call's other legs, told every call's facts in any order (a stream tells them
 * as calls close): the links of each vector are sorted by the calls' order at the end, and listed
 * strongest vector first, each call once, as a walk over the calls in order would list them.
 */
export class LegSearch {
  private readonly strings: (typeof LEG_REASON_STRINGS)['en'];
  /** Links by vector, strongest first: their X-CID naming this call, a B2BUA suffix, the icid, the Session-ID. */
  private readonly xCid: Link[] = [];
  private readonly suffix: Link[] = [];
  private readonly icid: Link[] = [];
  private readonly session: Link[] = [];
  /** Calls of the log that this call's own X-CID values name. */
  private readonly theirXCid = new Set<string>();
  private readonly timing: Link[] = [];
  private mineInvite: InviteFacts | undefined;

  constructor(
    private readonly mine: LegFacts,
    private readonly language: Language,
  ) {
    this.strings = LEG_REASON_STRINGS[language];
  }

  addVectors(other: LegFacts): void {
    const { callId } = this.mine;
    const { xCid, suffix, icid, session } = this;
    const link = (list: Link[], reason: string) => list.push([other.order, other.callId, reason]);
    for (const value of other.xCid) if (value === callId) link(xCid, fill(this.strings.xCid, { callId }));
    if (this.mine.xCid.includes(other.callId)) this.theirXCid.add(other.callId);
    const sibling = suffixSibling(other.callId, callId);
    if (sibling !== undefined) link(suffix, fill(this.strings.b2bSuffix, { suffix: sibling }));
    const mineIcid = this.mine.icid;
    if (mineIcid !== undefined && other.icid === mineIcid) link(icid, fill(this.strings.icid, { icid: mineIcid }));
    const shared = other.uuids.find((uuid) => this.mine.uuids.includes(uuid));
    if (shared !== undefined) link(session, fill(this.strings.sessionId, { uuid: shared }));
  }

  /** Whether a vector linked any other call: the timing is then not searched. */
  foundByVectors(): boolean {
    return this.vectorLinks().size > 0;
  }

  /** The asked call's first INVITE, for the last resort. */
  setInvite(invite: InviteFacts | undefined): void {
    this.mineInvite = invite;
  }

  addInvite(callId: string, order: number, other: InviteFacts | undefined): void {
    const reason = timingReason(this.mineInvite, other, this.language);
    if (reason !== undefined) this.timing.push([order, callId, reason]);
  }

  suggestions(): FlowLegSuggestion[] {
    const found = this.vectorLinks();
    if (found.size === 0) addLinks(found, this.timing, this.mine.callId);
    return [...found].map(([callId, reason]) => ({ callId, reason }));
  }

  private vectorLinks(): Map<string, string> {
    const found = new Map<string, string>();
    const { xCid, suffix, icid, session } = this;
    addLinks(found, xCid, this.mine.callId);
    // The asked call's own X-CID values, in the order it carries them, when they name a call of the log.
    const own = this.mine.xCid.filter((value) => this.theirXCid.has(value));
    const ownLinks = own.map((value, i): Link => [i, value, fill(this.strings.xCid, { callId: value })]);
    for (const list of [ownLinks, suffix, icid, session]) addLinks(found, list, this.mine.callId);
    return found;
  }
}

/** Adds each link in the calls' order, a call once (its strongest reason), never the asked call itself. */
function addLinks(found: Map<string, string>, links: readonly Link[], callId: string): void {
  for (const [, id, reason] of [...links].sort((a, b) => a[0] - b[0]))
    if (id !== callId && !found.has(id)) found.set(id, reason);
}

/** The opening request and the first 2xx: where the vectors are (a B2BUA sets them on the INVITE and its answer). */
function legFacts(analysis: Analysis, text: string, call: Call, order: number): LegFacts {
  const vectors = new LegVectors();
  for (const message of keyMessages(analysis, call)) vectors.read(text, message);
  return { callId: call.callId, order, ...vectors.facts() };
}

/** The vectors of a call's key messages, read one message at a time. */
export class LegVectors {
  private readonly xCid: string[] = [];
  private readonly uuids: string[] = [];
  private icid: string | undefined;

  read(text: string, message: SipMessage): void {
    // Most messages carry none of the vectors: a test over the message's text before splitting it.
    const slice = text.slice(message.startLineEnd, message.endOffset);
    if (!VECTOR_HEADER.test(slice)) return;
    const lines = messageLines(text, message);
    for (const [name, value] of lines.headers) {
      if (name === 'x-cid') this.xCid.push(value);
      else if (name === 'p-charging-vector') this.icid ??= ICID.exec(value)?.[1];
      else if (name === 'session-id')
        for (const uuid of value.match(UUID) ?? []) if (uuid !== NULL_UUID) this.uuids.push(uuid.toLowerCase());
    }
  }

  facts(): Pick<LegFacts, 'xCid' | 'uuids' | 'icid'> {
    return { xCid: this.xCid, uuids: this.uuids, ...(this.icid !== undefined ? { icid: this.icid } : {}) };
  }
}

function keyMessages(analysis: Analysis, call: Call): SipMessage[] {
  const messages = call.messages.map((index) => analysis.messages[index] as SipMessage);
  const opening = messages.find((message) => message.kind === 'request');
  const answer = messages.find(isAnswer);
  return [opening, answer].filter((message): message is SipMessage => message !== undefined);
}

/** A 2xx: the answer whose vectors count (the opening request is the call's first request). */
export function isAnswer(message: SipMessage): boolean {
  return message.kind === 'response' && (message.statusCode ?? 0) >= 200 && (message.statusCode ?? 0) < 300;
}

/** The suffix that makes `other` a B2BUA sibling of `callId` (one is the other plus a suffix, or both of one base). */
function suffixSibling(other: string, callId: string): string | undefined {
  const base = baseOf(callId);
  if (other === callId || baseOf(other) !== base) return undefined;
  const suffixed = other.length > callId.length ? other : callId;
  return B2B_SUFFIX.exec(suffixed)?.[0] ?? suffixed.slice(base.length);
}

function baseOf(callId: string): string {
  const suffix = B2B_SUFFIX.exec(callId);
  return suffix ? callId.slice(0, suffix.index) : callId;
}

export interface InviteFacts {
  readonly source?: string;
  readonly destination?: string;
  /** Host (lower case) → the endpoint as the log wrote it. */
  readonly address: ReadonlyArray<readonly [string, string]>;
  readonly time?: LogTime;
  readonly called?: string;
}

/**
 * The last resort: an INVITE to the same called number within TIMING_WINDOW_MS of the asked call's,
 * one of which left the node the other reached. Each call's first INVITE is read once: linear in the calls.
 */
function timingReason(
  mine: InviteFacts | undefined,
  other: InviteFacts | undefined,
  language: Language,
): string | undefined {
  if (mine?.called === undefined || mine.time === undefined) return undefined;
  if (other?.called !== mine.called || other.time === undefined) return undefined;
  const elapsed = elapsedMs(mine.time, other.time);
  if (elapsed === undefined || Math.abs(elapsed) > TIMING_WINDOW_MS) return undefined;
  const node = sharedNode(mine, other);
  if (node === undefined) return undefined;
  const addressOf = (facts: InviteFacts) => facts.address.find(([host]) => host === node)?.[1];
  const address =
    node === LOCAL ? FLOW_ENDPOINT_STRINGS[language].loggingNode : (addressOf(mine) ?? addressOf(other) ?? node);
  const values = { address, ms: Math.round(Math.abs(elapsed)), number: mine.called };
  return fill(LEG_REASON_STRINGS[language].timing, values);
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
  return inviteFactsOf(text, lines, analysis.messages, analysis.messages[index] as SipMessage);
}

/** The facts of a call's first INVITE, `message` (one of `messages`, the text's, read as messageFacts reads them). */
export function inviteFactsOf(
  text: string,
  lines: LineIndex,
  messages: readonly SipMessage[],
  message: SipMessage,
): InviteFacts {
  const facts = messageFacts(text, lines, messages, message);
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
    address: [...address],
    ...(source !== undefined ? { source } : {}),
    ...(destination !== undefined ? { destination } : {}),
    ...(facts.time !== undefined ? { time: facts.time } : {}),
    ...(called !== undefined ? { called } : {}),
  };
}
