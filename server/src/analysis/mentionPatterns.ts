/**
 * Log lines that name a SIP response code by context, without a status line. Each pattern is
 * tied to SIP by wording a real program prints (the source is named on each entry), so a bare
 * number is never taken for a code. To teach the scanner a new log line, add an entry here and
 * a fixture line with its expected position (see test/fixtures/README.md).
 *
 * Rules for entries, because all of them are joined into one regular expression:
 * - exactly one `(CODE)` placeholder, and at most one capturing group for a phrase;
 * - every other group is non-capturing;
 * - quantifiers over free text are bounded (`{0,80}`) so hostile input stays linear;
 * - two quantifiers in a row never match the same character: an optional separator between
 *   blanks is written `[ \t]*(?:[:=][ \t]*)?`, not `[ \t]*[:=]?[ \t]*`, which can split a run of
 *   blanks in as many ways as it is long and backtracks quadratically (CONTRIBUTING.md, scanner recipe);
 * - FreeSWITCH prefixes variables (`variable_sip_term_status`), so those names have no `\b`.
 */

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
}

/** A status code: three digits in 100-699 that do not continue a longer number. */
export const CODE = '(?<![0-9])([1-6][0-9][0-9])(?![0-9])';

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
];
