/**
 * Log lines that name a SIP response code by context, without a status line. Each pattern is
 * tied to SIP by wording a real program prints (the source is named on each entry), so a bare
 * number is never taken for a code. To teach the scanner a new log line, add an entry here and
 * a fixture line with its expected position (see test/fixtures/README.md).
 *
 * Rules for entries, because all of them are joined into one regular expression:
 * - exactly one `(CODE)` placeholder, or a code group of its own as the first capturing group
 *   (what comes before it is then checked by `notAfter`), and at most one capturing group for a phrase;
 * - every other group is non-capturing;
 * - quantifiers over free text are bounded (`{0,80}`) so hostile input stays linear;
 * - two quantifiers in a row never match the same character: an optional separator between
 *   blanks is written `[ \t]*(?:[:=][ \t]*)?`, not `[ \t]*[:=]?[ \t]*`, which can split a run of
 *   blanks in as many ways as it is long and backtracks quadratically (CONTRIBUTING.md, scanner recipe);
 * - FreeSWITCH prefixes variables (`variable_sip_term_status`), so those names have no `\b`.
 *
 * Three families are general rather than tied to one program (issue 17): a code followed by its
 * own registered phrase (`peer hung up: 488 Not Acceptable Here`), a code after a word that names
 * it (`StatusCode=403`, `final reply <486>`), and the transaction traces of SIP stacks (sofia
 * `nta:`, OPAL). Their guards are flags checked on the matched line (see mentions.ts).
 */
import { PHRASE_ALTERNATION } from './mentionPhrases';

export interface MentionPattern {
  /** Who prints it; documentation for maintainers and test names. */
  readonly source: string;
  readonly pattern: string;
  /** Wording generic enough to appear in HTTP logs: rejected on lines that mention HTTP. */
  readonly generic?: boolean;
  /**
   * The joined expression is case-insensitive (log wording varies: `Got SIP response`, `got sip
   * response`); entries that are printed with one exact spelling insist on it.
   */
  readonly caseSensitive?: boolean;
  /**
   * Names the code with a word HTTP and application logs use too (`status`, `code`): the line
   * must also name SIP (a method, `sip`, a dialog or branch; see mentions.ts).
   */
  readonly sipContext?: boolean;
  /** With `sipContext`: a match that this matches names SIP itself (`sip_status`, `final reply`). */
  readonly namesSip?: RegExp;
  /**
   * Scanned in a second pass, with the other entries so marked: an entry that starts with a digit
   * or `<` would make the joined expression stop at characters it otherwise skips, and try every
   * alternative there (the main pass took 3x as long with the code-led phrase entry in it).
   */
  readonly ownPass?: boolean;
  /** Text that may not end right before the match (read from a few characters before it). */
  readonly notAfter?: RegExp;
  /** Text that must end right before the match (read from a few characters before it). */
  readonly after?: RegExp;
  /** The phrase group must be the code's own registered phrase or alias (`404 OK` is not a mention). */
  readonly ownPhrase?: boolean;
}

/** A status code: three digits in 100-699 that do not continue a longer number. */
export const CODE = '(?<![0-9])([1-6][0-9][0-9])(?![0-9])';

/**
 * What may not come right before a code followed by its phrase: a word or number it continues
 * (`v2.486`, `a-486`), a source location (`tm.c:480`), a thousands separator (`12,486`), an HTML
 * tag (`<title>404 Not Found`), another protocol's status line (`RTSP/1.0 200 OK`, `HTTP/2 404`).
 * Punctuation and blanks may (`ended,404 Not Found`). Checked in code on the text before a match
 * rather than as a look-behind: logs are full of digits, and the look-behind would run at each.
 */
const NOT_BEFORE_PHRASED_CODE =
  /(?:[0-9A-Za-z_./\\@#$%&*+>~-]|[0-9][,']|\.[A-Za-z0-9]{1,5}:|[A-Za-z]\/[0-9]{1,2}(?:\.[0-9]{1,2})?[ \t]{1,4})$/;

/**
 * Words that name a status code in application logs. Those that say SIP themselves are strong
 * (`sip_status`, `SipResp`, `final reply`); the others need a SIP word on the line. One entry for
 * both, since each alternative of the joined expression costs time at every position. A name starts
 * a word (`\\b` rather than a look-behind, which would run at every position).
 */
const CODE_WORD = '(?:status|resp(?:onse)?|reply)(?:[ _-]?code)?|code';
const STRONG_NAME = `sip[ _.-]?(?:${CODE_WORD})|final[ _-]?(?:reply|response|status)`;
/**
 * Between the name and the code: `:`, `=`, blanks, ` is `, ` of `, ` was `, then optionally an
 * opening bracket or quote (`<486>`, `(486)`, `[486]`, `"503"`). A JSON key's closing quote may
 * follow the name (`"sip_status": 503`).
 */
const NAME_TO_CODE = '"?(?:(?:[ \\t]*[:=][ \\t]*|[ \\t]+(?:(?:is|of|was)[ \\t]+)?)[<(\\[]?|[<(\\[])"?';
/** A named code is not a duration, a size or the start of an address (`status is 120 sec`, `code 100.64.3.9`). */
const NAMED_CODE_END = '(?![.:/][0-9])(?![ \\t]?(?:ms|s|secs?|seconds|min|bytes|kb|kbps|%)(?![A-Za-z]))';

/** `exit code 127`, `Q.850 cause code 102`, `return status 255`: numbers named so are not SIP codes. */
const NOT_A_SIP_CODE = /(?:exit(?:ed)?|return|ret|cause|errno|q\.?850)(?:[ _-]with)?[ _-]?$/i;

/** SIP methods as a transaction trace prints them (CSeq method). */
const METHOD = '(?:INVITE|ACK|BYE|CANCEL|REGISTER|OPTIONS|PRACK|SUBSCRIBE|NOTIFY|PUBLISH|INFO|REFER|MESSAGE|UPDATE)';

export const MENTION_PATTERNS: readonly MentionPattern[] = [
  { source: 'Kamailio/OpenSIPS script xlog', pattern: 'completed with (?:code|status)[ \\t]*(?:[:=][ \\t]*)?(CODE)' },
  {
    source: 'Kamailio uac / Asterisk chan_sip',
    pattern: 'got sip (?:response|reply)[ \\t]+(CODE)(?:[ \\t]+"([^"\\r\\n]{0,80})")?',
  },
  { source: 'Kamailio uac', pattern: '\\bgot (CODE) (?:response|reply)\\b' },
  { source: 'Kamailio tm', pattern: "can't generate (CODE) reply" },
  { source: 'Kamailio tm', pattern: 'when a final (CODE) was sent' },
  {
    source: 'Kamailio/OpenSIPS script xlog',
    // `reply` is SIP wording in Kamailio/OpenSIPS scripts; a bare `response` is too often HTTP.
    pattern:
      '\\b(?:relay(?:ing|ed)?|send(?:ing)?|sent|forward(?:ing|ed)?)[ \\t]+(?:sip[ \\t]+(?:reply|response)|reply)(?:[ \\t]+code)?[ \\t]*(?:[:=][ \\t]*)?(CODE)',
    generic: true,
  },
  {
    source: 'Kamailio/OpenSIPS script xlog',
    pattern: '\\b(?:sip[ \\t]+(?:reply|response)|reply)[ _]code[ \\t]*(?:[:=][ \\t]*)?(CODE)',
    generic: true,
  },
  {
    source: 'Kamailio tm debug / FreeSWITCH variables',
    pattern: '(?<![A-Za-z0-9])(?:T_reply_code|T_code|new_code|sip_term_status)[ \\t]*[:=][ \\t]*\\[?(CODE)',
  },
  { source: 'FreeSWITCH variables', pattern: 'proto_specific_hangup_cause[ \\t]*[:=][ \\t]*\\[?sip(?::|%3A)(CODE)' },
  { source: 'FreeSWITCH sofia', pattern: 'entering state \\[[a-z_]{1,20}\\]\\[(CODE)\\]', caseSensitive: true },
  {
    source: 'FreeSWITCH sofia gateway',
    pattern: 'Failed Registration with status [^\\[\\r\\n]{0,60}\\[(CODE)\\]',
    caseSensitive: true,
  },
  {
    source: 'Asterisk res_pjsip_outbound_registration',
    pattern: "(?:Fatal|Temporal) response '(CODE)' received from",
    caseSensitive: true,
  },
  { source: 'pjsua', pattern: '\\bResponse msg (CODE)/', caseSensitive: true },
  { source: 'pjsua', pattern: '\\[reason=(CODE)(?: \\(([^)\\r\\n]{0,80})\\))?', caseSensitive: true },
  {
    source: 'pjsua',
    pattern: 'state changed to [A-Z_]{1,20} \\((CODE)(?: ([^)\\r\\n]{0,80}))?\\)',
    caseSensitive: true,
  },
  { source: 'pjsua', pattern: '\\bstatus=(CODE) \\(([^)\\r\\n]{0,80})\\)', generic: true, caseSensitive: true },
  { source: 'SIPp', pattern: "expecting '(CODE)'" },
  {
    source: 'tshark summary',
    pattern: '\\bStatus:[ \\t]+(CODE)(?:[ \\t]+([^|(,\\r\\n]{0,80}))?',
    generic: true,
    caseSensitive: true,
  },
  { source: 'tshark -V', pattern: '\\bStatus-Code:[ \\t]*(CODE)', caseSensitive: true },
  { source: 'tshark -V', pattern: 'Session Initiation Protocol \\((CODE)\\)', caseSensitive: true },
  {
    source: 'tshark -z sip,stat',
    pattern: '\\bSIP[ \\t]+(CODE)[ \\t]+((?:[^: \\t\\r\\n][^:\\r\\n]{0,99})?):[ \\t]*[0-9]+[ \\t]+Packets',
    caseSensitive: true,
  },
  {
    // `sent 486 Busy Here`, `dialog ended,404 Not Found`, `Progress: 180 ringing`: the phrase ties
    // the number to SIP. HTTP shares some phrases (`404 Not Found`), hence the HTTP guard.
    source: 'code and its registered phrase',
    pattern: `([1-6][0-9][0-9])(?![0-9])[ \\t]+(${PHRASE_ALTERNATION})(?![A-Za-z0-9_])`,
    notAfter: NOT_BEFORE_PHRASED_CODE,
    generic: true,
    ownPhrase: true,
    ownPass: true,
  },
  {
    source: 'named code (sip_status, final reply, status, code, response, reply)',
    pattern: `\\b(?:${STRONG_NAME}|${CODE_WORD})${NAME_TO_CODE}(CODE)${NAMED_CODE_END}`,
    notAfter: NOT_A_SIP_CODE,
    generic: true,
    sipContext: true,
    namesSip: /^(?:sip|final)/i,
  },
  {
    // call.c: `call: SIP Progress: %u %r (%r/%r)`, status code, phrase, content type.
    source: 'baresip call',
    pattern: '\\bSIP Progress:[ \\t]+(CODE)(?:[ \\t]+([^ \\t(\\r\\n][^(\\r\\n]{0,79}))?',
    caseSensitive: true,
  },
  {
    // reg.c: `reg: %s: %u %r (%s)`, the account's AOR, status code, phrase, registrar.
    source: 'baresip reg',
    pattern: '\\breg: [^ \\t\\r\\n]{1,200}: (CODE)(?:[ \\t]+([^ \\t(\\r\\n][^(\\r\\n]{0,79}))?',
    caseSensitive: true,
  },
  {
    // The registration status of an account: `AOR: {index/transport/af} %u %r (server) [n bindings]`.
    source: 'baresip registration status',
    pattern:
      '\\{[0-9]{1,3}/(?:UDP|TCP|TLS|WSS?)/v[46]\\}[ \\t]+(CODE)(?:[ \\t]+([^ \\t(\\[\\r\\n][^(\\[\\r\\n]{0,79}))?',
    caseSensitive: true,
  },
  {
    // nta.c: `nta: received %03d %s for %s (%u)`, and the same after `sent`/`dropped` wording.
    source: 'sofia-sip / drachtio nta',
    pattern: '\\bnta:[ \\t]+(?:(?:sent|received|forwarding|dropping)[ \\t]+)?(CODE)[ \\t]+[A-Za-z]',
    caseSensitive: true,
  },
  {
    // OPAL and other stacks list a transaction as `CSeq METHOD <code>`. It starts at the `<`, a
    // character the joined expression does not otherwise stop at: see `ownPass`.
    source: 'transaction summary (CSeq METHOD <code>)',
    pattern: '<(CODE)>',
    after: new RegExp(`(?<![0-9])[0-9]{1,10}[ \\t]{1,4}${METHOD}[ \\t]{1,4}$`),
    ownPass: true,
  },
];
