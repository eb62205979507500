/**
 * Builds an `Analysis` together with the SIP text it describes, so the rules tests do not
 * depend on the scanner: every offset points at real characters of the generated text.
 * Grouping follows the contract in server/src/analysis/types.ts: transactions by Call-ID,
 * CSeq number, CSeq method and top Via branch.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import fc from 'fast-check';
import type { Analysis, Call, Occurrence, SipMessage, Transaction } from '../../server/src/analysis/types';
import type { Finding } from '../../server/src/rules/types';

export interface RequestOptions {
  readonly branch?: string;
  readonly credentials?: boolean;
}

interface MutableTransaction {
  callId: string;
  cseqNumber: number;
  method: string;
  request?: number;
  responses: number[];
  finalResponse?: number;
}

export class FlowBuilder {
  private text = '';
  private readonly messages: SipMessage[] = [];
  private readonly occurrences: Occurrence[] = [];

  request(method: string, callId: string, cseq: number, options: RequestOptions = {}): this {
    const branch = options.branch ?? defaultBranch(callId, cseq);
    const startLine = `${method} sip:service@example.com SIP/2.0`;
    const auth = options.credentials
      ? ['Authorization: Digest username="1001", realm="example.com", nonce="abc", response="0123"']
      : [];
    this.addMessage(startLine, headers(branch, callId, cseq, method, auth), {
      kind: 'request',
      method,
      requestUri: 'sip:service@example.com',
      hasCredentials: options.credentials === true,
      viaBranch: branch,
    });
    return this;
  }

  response(
    code: number,
    phrase: string | undefined,
    callId: string,
    cseq: number,
    method: string,
    options: RequestOptions = {},
  ): this {
    const branch = options.branch ?? defaultBranch(callId, cseq);
    const startLine = phrase === undefined ? `SIP/2.0 ${code}` : `SIP/2.0 ${code} ${phrase}`;
    const startOffset = this.addMessage(startLine, headers(branch, callId, cseq, method, []), {
      kind: 'response',
      statusCode: code,
      ...(phrase === undefined ? {} : { reasonPhrase: phrase }),
      hasCredentials: false,
      viaBranch: branch,
    });
    const occurrence: Occurrence = {
      offset: startOffset + 'SIP/2.0 '.length,
      code,
      kind: 'status-line',
      messageIndex: this.messages.length - 1,
    };
    this.occurrences.push(phrase === undefined ? occurrence : { ...occurrence, phrase });
    return this;
  }

  /** A log line naming a code, such as Kamailio's "completed with code: 478". */
  mention(prefix: string, code: number, suffix = ''): this {
    const offset = this.text.length + prefix.length;
    this.text += `${prefix}${code}${suffix}\n`;
    this.occurrences.push({ offset, code, kind: 'mention', messageIndex: -1 });
    return this;
  }

  build(): { text: string; analysis: Analysis } {
    const occurrences = [...this.occurrences].sort((a, b) => a.offset - b.offset);
    return {
      text: this.text,
      analysis: {
        textLength: this.text.length,
        occurrences,
        q850: [],
        messages: this.messages,
        calls: groupCalls(this.messages),
      },
    };
  }

  private addMessage(
    startLine: string,
    headerLines: string[],
    fields: Partial<SipMessage> & Pick<SipMessage, 'kind' | 'hasCredentials'>,
  ): number {
    const startOffset = this.text.length;
    const body = [startLine, ...headerLines].join('\n');
    this.text += `${body}\n\n`;
    const [, callId, cseq, cseqMethod] = /Call-ID: (\S+)\nCSeq: (\d+) (\S+)/u.exec(body) ?? [];
    this.messages.push({
      index: this.messages.length,
      startOffset,
      endOffset: startOffset + body.length,
      startLineEnd: startOffset + startLine.length,
      reasons: [],
      format: 'raw',
      ...(callId === undefined ? {} : { callId, cseqNumber: Number(cseq), cseqMethod }),
      ...fields,
    });
    return startOffset;
  }
}

function defaultBranch(callId: string, cseq: number): string {
  return `z9hG4bK-${callId}-${cseq}`;
}

function headers(branch: string, callId: string, cseq: number, method: string, extra: string[]): string[] {
  return [
    `Via: SIP/2.0/UDP 192.0.2.10:5060;branch=${branch}`,
    `From: <sip:1001@example.com>;tag=f1`,
    `To: <sip:service@example.com>`,
    `Call-ID: ${callId}`,
    `CSeq: ${cseq} ${method}`,
    ...extra,
    'Content-Length: 0',
  ];
}

function groupCalls(messages: readonly SipMessage[]): Call[] {
  type CallDraft = { messages: number[]; transactions: Map<string, MutableTransaction> };
  const calls = new Map<string, CallDraft>();
  for (const message of messages) {
    if (message.callId === undefined || message.cseqNumber === undefined || message.cseqMethod === undefined) continue;
    const call: CallDraft = calls.get(message.callId) ?? { messages: [], transactions: new Map() };
    calls.set(message.callId, call);
    call.messages.push(message.index);
    const key = `${message.cseqNumber} ${message.cseqMethod} ${message.viaBranch ?? ''}`;
    const tx: MutableTransaction = call.transactions.get(key) ?? {
      callId: message.callId,
      cseqNumber: message.cseqNumber,
      method: message.cseqMethod,
      responses: [],
    };
    call.transactions.set(key, tx);
    addToTransaction(tx, message);
  }
  return [...calls].map(([callId, call]) => ({
    callId,
    messages: call.messages,
    transactions: [...call.transactions.values()] as Transaction[],
  }));
}

function addToTransaction(tx: MutableTransaction, message: SipMessage): void {
  if (message.kind === 'request') {
    tx.request ??= message.index;
    return;
  }
  tx.responses.push(message.index);
  if ((message.statusCode ?? 0) >= 200) tx.finalResponse ??= message.index;
}

/** The text a finding covers, for assertions that read like the log. */
export function covered(text: string, finding: Finding): string {
  return text.slice(finding.offset, finding.offset + finding.length);
}

export function byRule(findings: readonly Finding[], rule: Finding['rule']): Finding[] {
  return findings.filter((finding) => finding.rule === rule);
}

/** Text of a call-flow fixture in test/fixtures/flows, found from wherever the bundle runs. */
export function readFlowFixture(name: string): string {
  for (const start of [process.cwd(), __dirname]) {
    let dir = resolve(start);
    for (;;) {
      const candidate = join(dir, 'test', 'fixtures', 'flows', name);
      if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error(`fixture ${name} not found above ${process.cwd()}`);
}

/** Every log the tests and the samples ship (test/fixtures, samples), as [path, text]: what an engineer opens first. */
export function shippedLogs(): Array<[string, string]> {
  const root = dirname(dirname(readFlowFixturePath()));
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return /\.(log|sip|txt)$/u.test(name) ? [path] : [];
    });
  return [...walk(join(root, 'fixtures')), ...walk(join(dirname(root), 'samples'))].map((path) => [
    path,
    readFileSync(path, 'utf8'),
  ]);
}

function readFlowFixturePath(): string {
  for (let dir = resolve(process.cwd()); ; dir = dirname(dir)) {
    const candidate = join(dir, 'test', 'fixtures', 'flows');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error('test/fixtures/flows not found');
  }
}

const METHODS = ['INVITE', 'REGISTER', 'OPTIONS', 'BYE', 'CANCEL', 'ACK', 'SUBSCRIBE'] as const;
const CODES = [100, 180, 183, 200, 202, 302, 401, 403, 407, 478, 480, 486, 487, 499, 503, 504, 603, 608] as const;

/** One step of a random call flow: a request, a response or a log line naming a code. */
export const arbFlowStep = fc.oneof(
  fc.record({
    kind: fc.constant('request' as const),
    method: fc.constantFrom(...METHODS),
    call: fc.integer({ min: 0, max: 3 }),
    cseq: fc.integer({ min: 1, max: 4 }),
    credentials: fc.boolean(),
    branch: fc.constantFrom('a', 'b'),
  }),
  fc.record({
    kind: fc.constant('response' as const),
    method: fc.constantFrom(...METHODS),
    call: fc.integer({ min: 0, max: 3 }),
    cseq: fc.integer({ min: 1, max: 4 }),
    code: fc.constantFrom(...CODES),
    phrase: fc.constantFrom(undefined, 'Busy Here', 'OK', 'Whatever'),
    branch: fc.constantFrom('a', 'b'),
  }),
  fc.record({ kind: fc.constant('mention' as const), code: fc.constantFrom(...CODES) }),
);

export type FlowStep = typeof arbFlowStep extends fc.Arbitrary<infer T> ? T : never;

export function buildFlow(steps: readonly FlowStep[]): { text: string; analysis: Analysis } {
  const flow = new FlowBuilder();
  for (const s of steps) {
    if (s.kind === 'mention') flow.mention('completed with code: ', s.code);
    else if (s.kind === 'request')
      flow.request(s.method, `call${s.call}`, s.cseq, { credentials: s.credentials, branch: s.branch });
    else flow.response(s.code, s.phrase, `call${s.call}`, s.cseq, s.method, { branch: s.branch });
  }
  return flow.build();
}
