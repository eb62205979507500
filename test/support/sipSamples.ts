/** Small SIP messages shared by the server suites. */

/** An Asterisk-logged 486 to an INVITE, as lines (join with the line ending under test). */
export const BUSY_CALL_LINES: readonly string[] = [
  '<--- Received SIP response (512 bytes) from UDP:203.0.113.7:5060 --->',
  'SIP/2.0 486 Busy Here',
  'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds',
  'From: <sip:alice@example.com>;tag=1928301774',
  'To: <sip:bob@example.com>;tag=a6c85cf',
  'Call-ID: a84b4c76e66710@192.0.2.10',
  'CSeq: 314159 INVITE',
  'Content-Length: 0',
  '',
];
