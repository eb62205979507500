/**
 * fast-check arbitraries for SIP logs: realistic messages in the log formats SIP Lens reads
 * (raw, Asterisk, FreeSWITCH, ngrep, pjsua), with random codes, hostile reason phrases and
 * mixed line endings (damagedLogs.ts damages them). Used by the property tests and `npm run fuzz`.
 */
import fc from 'fast-check';

export type LogFormat =
  'raw' | 'asterisk' | 'freeswitch' | 'ngrep' | 'pjsua' | 'ngrep-packed' | 'tcpdump' | 'tcpdump-hex' | 'escaped';
/** Formats whose messages the analysis must find exactly (the recall property). */
export const LOG_FORMATS: readonly LogFormat[] = ['raw', 'asterisk', 'freeswitch', 'ngrep', 'pjsua'];
export const LINE_ENDINGS = ['\n', '\r\n', '\r'] as const;
export type LineEnding = (typeof LINE_ENDINGS)[number];

/** Text an attacker can put in a reason phrase, display name, User-Agent or Call-ID. */
export const HOSTILE_TEXTS: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '[run](command:workbench.action.files.delete)',
  '<script>alert(1)</script>',
  '![x](https://example.invalid/x.png)',
  '`code` **bold** _em_ ~~del~~ # heading',
  '\u202eenoD\u202c', // right-to-left override
  '\u2066isolate\u2069',
  '\ufeffBOM',
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\u0000NUL',
  '\u001b[31mred\u001b[0m', // ANSI colour
  '\u009b2J', // C1 control sequence introducer
  '&amp; &lt; &#60;',
  '..', // ngrep's CRLF shown as dots
  'SIP/2.0 486 Busy Here', // a status line inside a phrase
  'Reason: Q.850;cause=17',
  'x'.repeat(400),
];

const METHODS = [
  'INVITE',
  'ACK',
  'BYE',
  'CANCEL',
  'REGISTER',
  'OPTIONS',
  'PRACK',
  'SUBSCRIBE',
  'NOTIFY',
  'UPDATE',
  'INFO',
  'REFER',
  'MESSAGE',
];
const PHRASES = [
  'Trying',
  'Ringing',
  'OK',
  'Busy Here',
  'Unauthorized',
  'Proxy Authentication Required',
  'Not Found',
  'Request Terminated',
  'Service Unavailable',
  'Decline',
  'Server Internal Error',
  'Temporarily Unavailable',
  '',
];

/** Any UTF-16 code unit, lone surrogates included: what a binary file decodes to. */
export const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

export const arbStatusCode = fc.integer({ min: 100, max: 699 });
export const arbLineEnding: fc.Arbitrary<LineEnding> = fc.constantFrom(...LINE_ENDINGS);
export const arbFormat: fc.Arbitrary<LogFormat> = fc.constantFrom(...LOG_FORMATS);
/** Adds ngrep without `-W byline`: a whole packet on one line, each CRLF shown as `..`. */
const arbAnyFormat: fc.Arbitrary<LogFormat> = fc.constantFrom(
  ...LOG_FORMATS,
  'ngrep-packed',
  'tcpdump',
  'tcpdump-hex',
  'escaped',
);

/** Phrases: registered ones, random text, random code units and known hostile strings. */
export const arbPhrase: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 12 }) },
);

const arbToken = fc.string({ unit: fc.constantFrom(...'abcdef0123456789'), minLength: 4, maxLength: 12 });

export interface GeneratedMessage {
  readonly kind: 'request' | 'response';
  readonly method: string;
  readonly code: number;
  readonly phrase: string;
  /** Index into a small pool, so messages of one call meet and form transactions. */
  readonly call: number;
  readonly cseq: number;
  readonly branch: string;
  readonly credentials: boolean;
  readonly reason?: string;
  readonly userAgent: string;
  readonly body: boolean;
  /** RFC 3261 §7.3.3 compact header names (i:, v:, f:, t:, l:, c:). */
  readonly compact: boolean;
  /** A Content-Length that lies (too long, negative, not a number); hostile messages only. */
  readonly lengthLie?: string;
}

const arbReason = fc.oneof(
  fc.integer({ min: 1, max: 127 }).map((cause) => `Q.850;cause=${cause};text="x"`),
  arbStatusCode.map((cause) => `SIP;cause=${cause};text="Call completed elsewhere"`),
  fc.constantFrom('STIR;cause=436;text="Bad Identity Info"', 'Q.850;cause=', 'SIP;cause=99999'),
);

const arbLengthLie = fc.oneof(fc.nat(100_000).map(String), fc.constantFrom('-1', 'abc', '99999999999999999999', ''));

function arbMessageOf(
  phrase: fc.Arbitrary<string>,
  userAgent: fc.Arbitrary<string>,
  lengthLie?: fc.Arbitrary<string>,
): fc.Arbitrary<GeneratedMessage> {
  return fc.record(
    {
      kind: fc.constantFrom('request' as const, 'response' as const),
      method: fc.constantFrom(...METHODS),
      code: arbStatusCode,
      phrase,
      call: fc.integer({ min: 0, max: 3 }),
      cseq: fc.integer({ min: 1, max: 4 }),
      branch: arbToken,
      credentials: fc.boolean(),
      reason: arbReason,
      userAgent,
      body: fc.boolean(),
      compact: fc.boolean(),
      lengthLie: lengthLie ?? fc.constant(undefined),
    },
    {
      requiredKeys: [
        'kind',
        'method',
        'code',
        'phrase',
        'call',
        'cseq',
        'branch',
        'credentials',
        'userAgent',
        'body',
        'compact',
      ],
    },
  );
}

/** Messages whose phrase and User-Agent may carry anything, hostile text included. */
export const arbMessage = arbMessageOf(
  arbPhrase,
  fc.oneof(fc.constant('Grandstream GXP2170'), arbPhrase),
  arbLengthLie,
);
/** Messages with registered phrases and a plain User-Agent: what a scanner must never miss. */
export const arbCleanMessage = arbMessageOf(
  fc.constantFrom(...PHRASES),
  fc.constantFrom('Grandstream GXP2170', 'Asterisk PBX 20.5.0'),
);

/** The message's own lines, without banner or line endings. */
export function messageLines(message: GeneratedMessage): string[] {
  const callId = `${message.call}a84b4c76e66710@192.0.2.10`;
  const startLine =
    message.kind === 'request'
      ? `${message.method} sip:bob@example.com SIP/2.0`
      : `SIP/2.0 ${message.code} ${message.phrase}`.trimEnd();
  const name = (long: string, short: string) => (message.compact ? short : long);
  const lines = [
    startLine,
    `${name('Via', 'v')}: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK${message.branch}`,
    `${name('From', 'f')}: "${message.userAgent}" <sip:alice@example.com>;tag=1928301774`,
    `${name('To', 't')}: <sip:bob@example.com>${message.kind === 'response' ? ';tag=a6c85cf' : ''}`,
    `${name('Call-ID', 'i')}: ${callId}`,
    `CSeq: ${message.cseq} ${message.method}`,
    `User-Agent: ${message.userAgent}`,
  ];
  if (message.credentials) lines.push('Proxy-Authorization: Digest username="alice", realm="example.com"');
  if (message.reason) lines.push(`Reason: ${message.reason}`);
  const body = message.body ? ['v=0', 'o=- 1 1 IN IP4 192.0.2.10', 'm=audio 40012 RTP/AVP 0'] : [];
  const length = message.lengthLie ?? String(body.join('\r\n').length);
  lines.push(`${name('Content-Type', 'c')}: application/sdp`, `${name('Content-Length', 'l')}: ${length}`, '', ...body);
  return lines;
}

/** Wraps a message in the banner and framing its log format prints. */
export function renderMessage(message: GeneratedMessage, format: LogFormat, seq: number): string[] {
  const lines = messageLines(message);
  const what = message.kind === 'request' ? 'request' : 'response';
  switch (format) {
    case 'raw':
      return [...lines, ''];
    case 'asterisk': {
      // Asterisk colours its console banners; the ANSI codes must not hide the banner.
      const banner = `<--- Received SIP ${what} (512 bytes) from UDP:203.0.113.7:5060 --->`;
      const shown = seq % 2 === 0 ? `\u001b[1;32m${banner}\u001b[0m` : banner;
      return [`[2026-11-20 11:02:44.310] VERBOSE[3318] res_pjsip_logger.c: ${shown}`, ...lines, ''];
    }
    case 'freeswitch': {
      const rule = `   ${'-'.repeat(72)}`;
      return [
        `recv 721 bytes from udp/[192.0.2.60]:5060 at 10:02:11.481377:`,
        rule,
        ...lines.map((l) => `   ${l}`),
        rule,
      ];
    }
    case 'ngrep':
      return [
        '#',
        `U 2026/04/14 17:05:04.057430 192.0.2.123:50040 -> 192.0.2.3:5060 #${seq}`,
        ...lines.map((l) => `${l}.`),
        '',
      ];
    case 'ngrep-packed':
      return [
        '#',
        `U 2026/04/14 17:05:04.057430 192.0.2.123:50040 -> 192.0.2.3:5060 #${seq}`,
        `${lines.join('..')}..`,
        '',
      ];
    case 'tcpdump':
      return [
        `10:15:02.118204 IP 192.0.2.20.5060 > 198.51.100.7.5060: SIP: ${lines[0]}`,
        ...tcpdumpAscii(lines, seq),
        '',
      ];
    case 'tcpdump-hex':
      return [`10:15:02.118204 IP 198.51.100.7.5060 > 192.0.2.20.5060: SIP: ${lines[0]}`, ...tcpdumpHexRows(lines)];
    case 'escaped': {
      const escaped = lines.map((l) => l.replace(/\\/g, '\\\\').replace(/"/g, '\\"')).join('\\r\\n');
      return [`{"level":"debug","msg":"${escaped}\\r\\n"}`];
    }
    case 'pjsua': {
      const kind =
        message.kind === 'request' ? `Request msg ${message.method}` : `Response msg ${message.code}/${message.method}`;
      return [
        `17:05:04.057  pjsua_core.c  .RX 539 bytes ${kind}/cseq=${message.cseq} (rdata0x7f01) from UDP 203.0.113.9:5060:`,
        ...lines,
        '--end msg--',
      ];
    }
  }
}

/**
 * `tcpdump -A`: the IPv4 and UDP headers print as 28 characters before the payload; in every
 * other message an address byte 0x0a cuts the header line in two.
 */
function tcpdumpAscii(lines: readonly string[], seq: number): string[] {
  const [first = '', ...rest] = lines;
  if (seq % 2 === 0) return [`E..4..@.@....3d.....\u0060......x${first}`, ...rest];
  return ['E..4..@.@.-....', `.3d........5${first}`, ...rest];
}

/** `tcpdump -X` rows of the IPv4/UDP packet carrying the message, cut after 96 bytes of it. */
function tcpdumpHexRows(lines: readonly string[]): string[] {
  const header = [0x45, 0, 1, 0x34, 0x2a, 0x10, 0x40, 0, 0x40, 0x11, 0x23, 0x1f, 198, 51, 100, 7, 192, 0, 2, 20];
  const udp = [0x13, 0xc4, 0x13, 0xc4, 1, 0x20, 0x5b, 0x32];
  const payload = [...`${lines.join('\r\n')}\r\n`.slice(0, 96)].map((c) => c.charCodeAt(0) & 0xff);
  const bytes = [...header, ...udp, ...payload];
  const rows: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += 16) {
    const chunk = bytes.slice(offset, offset + 16);
    let hex = '';
    for (let i = 0; i < chunk.length; i += 2)
      hex += ` ${chunk
        .slice(i, i + 2)
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('')}`;
    const ascii = chunk.map((b) => (b > 32 && b < 127 ? String.fromCharCode(b) : '.')).join('');
    rows.push(`\t0x${offset.toString(16).padStart(4, '0')}: ${hex.padEnd(40)}  ${ascii}`);
  }
  return rows;
}

/** Log lines between messages: some name codes by context, some only look as if they do. */
const arbNoiseLine = fc.oneof(
  arbStatusCode.map((code) => `Jan 15 10:00:01 proxy kamailio[812]: INFO: got sip reply ${code} "x"`),
  arbStatusCode.map((code) => `2026-01-15 10:00:01 relaying reply code ${code} to 192.0.2.1:5060`),
  arbStatusCode.map((code) => `GET /api HTTP/1.1 ${code} status=${code} (OK)`),
  fc.constant('INFO listening on port 5060, 512 bytes, CSeq 314159'),
  fc.string({ maxLength: 60 }),
);

/** Noise that cannot be mistaken for SIP: log lines that mention a code, never a start line. */
const arbCleanNoiseLine = fc.oneof(
  arbStatusCode.map((code) => `Jan 15 10:00:01 proxy kamailio[812]: INFO: got sip reply ${code} "x"`),
  fc.constant('2026-01-15 10:00:01 INFO listening on port 5060'),
);

export interface LogPart {
  readonly message: GeneratedMessage;
  readonly format: LogFormat;
  readonly noise: readonly string[];
}

const arbPart: fc.Arbitrary<LogPart> = fc.record({
  message: arbMessage,
  format: arbAnyFormat,
  noise: fc.array(arbNoiseLine, { maxLength: 2 }),
});
const arbCleanPart: fc.Arbitrary<LogPart> = fc.record({
  message: arbCleanMessage,
  format: arbFormat,
  noise: fc.array(arbCleanNoiseLine, { maxLength: 2 }),
});

/** Joins the parts with one line ending, or with a random ending per line when `mixed`. */
export function renderLog(parts: readonly LogPart[], endings: readonly LineEnding[]): string {
  const lines = parts.flatMap((part, seq) => [...part.noise, ...renderMessage(part.message, part.format, seq + 1)]);
  if (endings.length === 0) return lines.join('\n');
  return lines.map((line, i) => line + (endings[i % endings.length] as string)).join('');
}

/** A generated log and the parts it was rendered from, for properties that check recall. */
export interface GeneratedLog {
  readonly text: string;
  readonly parts: readonly LogPart[];
}

function arbLogOf(part: fc.Arbitrary<LogPart>): fc.Arbitrary<GeneratedLog> {
  return fc
    .tuple(fc.array(part, { minLength: 1, maxLength: 8 }), fc.array(arbLineEnding, { minLength: 1, maxLength: 3 }))
    .map(([parts, endings]) => ({ text: renderLog(parts, endings), parts }));
}

/** A log of registered phrases and plain headers, in several formats and line endings. */
export const arbCleanSipLog: fc.Arbitrary<GeneratedLog> = arbLogOf(arbCleanPart);

/** A well-formed SIP log of several messages and formats, hostile text included. */
export const arbSipLog: fc.Arbitrary<string> = arbLogOf(arbPart).map((log) => log.text);
