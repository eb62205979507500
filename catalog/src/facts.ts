import type { CodeFacts } from './types';

/**
 * Locale-independent facts for every code the catalog knows: the 75 codes of the IANA
 * "Response Codes" registry, then unregistered codes that real stacks send.
 * Phrases and RFC numbers follow the registry; sections point at the definition itself.
 */
const f = (
  code: number,
  reasonPhrase: string,
  rfc: number,
  section: string,
  related: number[],
  extra: Partial<CodeFacts> = {},
): CodeFacts => ({ code, reasonPhrase, rfc, section, related, aliases: [], registered: true, ...extra });

export const FACTS: readonly CodeFacts[] = [
  // 1xx Provisional
  // Kamailio's tm module sends this phrase with every 100 by default; it is not a mismatch worth reporting.
  f(100, 'Trying', 3261, '21.1.1', [180, 183, 408], { aliases: ['trying -- your call is important to us'] }),
  f(180, 'Ringing', 3261, '21.1.2', [183, 100, 181]),
  f(181, 'Call Is Being Forwarded', 3261, '21.1.3', [180, 302]),
  f(182, 'Queued', 3261, '21.1.4', [180, 486]),
  f(183, 'Session Progress', 3261, '21.1.5', [180, 199]),
  f(199, 'Early Dialog Terminated', 6228, '1', [183, 487]),
  // 2xx Success
  f(200, 'OK', 3261, '21.2.1', [202, 204]),
  f(202, 'Accepted', 6665, '8.3.1', [200, 204], { deprecated: true }),
  f(204, 'No Notification', 5839, '7.1', [200, 202, 412]),
  // 3xx Redirection
  f(300, 'Multiple Choices', 3261, '21.3.1', [302, 380, 485]),
  f(301, 'Moved Permanently', 3261, '21.3.2', [302, 410], {
    fromQ850When: [{ cause: 22, when: 'new-number-in-diagnostic' }],
  }),
  f(302, 'Moved Temporarily', 3261, '21.3.3', [301, 181, 305]),
  f(305, 'Use Proxy', 3261, '21.3.4', [302, 380]),
  f(380, 'Alternative Service', 3261, '21.3.5', [302, 300]),
  // 4xx Client Failure
  f(400, 'Bad Request', 3261, '21.4.1', [403, 415, 500], { toQ850: 41 }),
  f(401, 'Unauthorized', 3261, '21.4.2', [407, 403], { toQ850: 21 }),
  f(402, 'Payment Required', 3261, '21.4.3', [403, 603], { toQ850: 21 }),
  f(403, 'Forbidden', 3261, '21.4.4', [401, 407, 603, 404], { fromQ850: [21, 55, 57, 87], toQ850: 21 }),
  f(404, 'Not Found', 3261, '21.4.5', [604, 480, 410, 484], { fromQ850: [1, 2, 3, 26], toQ850: 1 }),
  f(405, 'Method Not Allowed', 3261, '21.4.6', [501, 489], { toQ850: 63 }),
  f(406, 'Not Acceptable', 3261, '21.4.7', [488, 415, 606], { toQ850: 79 }),
  f(407, 'Proxy Authentication Required', 3261, '21.4.8', [401, 403], { toQ850: 21 }),
  f(408, 'Request Timeout', 3261, '21.4.9', [504, 480, 487], { fromQ850: [18], toQ850: 102 }),
  f(410, 'Gone', 3261, '21.4.10', [404, 301, 604], { fromQ850: [22, 23], toQ850: 22 }),
  f(412, 'Conditional Request Failed', 3903, '11.2.1', [481, 489]),
  f(413, 'Request Entity Too Large', 3261, '21.4.11', [513, 414], { toQ850: 127 }),
  f(414, 'Request-URI Too Long', 3261, '21.4.12', [413, 416], { toQ850: 127 }),
  f(415, 'Unsupported Media Type', 3261, '21.4.13', [488, 406], { toQ850: 79 }),
  f(416, 'Unsupported URI Scheme', 3261, '21.4.14', [400, 414], { toQ850: 127 }),
  f(417, 'Unknown Resource-Priority', 4412, '4.6.2', [420, 403]),
  f(420, 'Bad Extension', 3261, '21.4.15', [421, 417], { toQ850: 127 }),
  f(421, 'Extension Required', 3261, '21.4.16', [420, 494], { toQ850: 127 }),
  f(422, 'Session Interval Too Small', 4028, '6', [423]),
  f(423, 'Interval Too Brief', 3261, '21.4.17', [422], { toQ850: 127 }),
  f(424, 'Bad Location Information', 6442, '4.3', [400]),
  f(425, 'Bad Alert Message', 8876, '5.1', [400, 488]),
  f(428, 'Use Identity Header', 8224, '6.2.2', [436, 438, 608], { stirShaken: true }),
  f(429, 'Provide Referrer Identity', 3892, '5', [403]),
  f(430, 'Flow Failed', 5626, '11.5', [439, 480]),
  f(433, 'Anonymity Disallowed', 5079, '5', [403, 603]),
  f(436, 'Bad Identity Info', 8224, '6.2.2', [437, 438, 428], { aliases: ['Bad Identity-Info'], stirShaken: true }),
  f(437, 'Unsupported Credential', 8224, '6.2.2', [436, 438], {
    aliases: ['Unsupported Certificate'],
    stirShaken: true,
  }),
  f(438, 'Invalid Identity Header', 8224, '6.2.2', [436, 437, 428, 403], { stirShaken: true }),
  f(439, 'First Hop Lacks Outbound Support', 5626, '11.6', [430, 421]),
  f(440, 'Max-Breadth Exceeded', 5393, '5.3.3', [483, 482]),
  f(469, 'Bad Info Package', 6086, '4.2.2', [489, 415]),
  f(470, 'Consent Needed', 5360, '5.9.2', [403]),
  f(480, 'Temporarily Unavailable', 3261, '21.4.18', [486, 404, 408, 600, 603], { fromQ850: [19, 20, 31], toQ850: 18 }),
  f(481, 'Call/Transaction Does Not Exist', 3261, '21.4.19', [487, 408], { toQ850: 41 }),
  f(482, 'Loop Detected', 3261, '21.4.20', [483, 440], { toQ850: 25 }),
  f(483, 'Too Many Hops', 3261, '21.4.21', [482, 440], { toQ850: 25 }),
  f(484, 'Address Incomplete', 3261, '21.4.22', [404, 485], { fromQ850: [28], toQ850: 28 }),
  f(485, 'Ambiguous', 3261, '21.4.23', [300, 484], { toQ850: 1 }),
  f(486, 'Busy Here', 3261, '21.4.24', [600, 480, 603, 182], { fromQ850: [17], toQ850: 17 }),
  f(487, 'Request Terminated', 3261, '21.4.25', [481, 408, 199], { toQ850Rule: 'no-cause' }),
  f(488, 'Not Acceptable Here', 3261, '21.4.26', [606, 415, 406, 580], {
    fromQ850: [65, 70],
    toQ850Rule: 'by-warning',
  }),
  f(489, 'Bad Event', 6665, '8.3.2', [405, 469]),
  f(491, 'Request Pending', 3261, '21.4.27', [500, 488]),
  f(493, 'Undecipherable', 3261, '21.4.28', [400, 494]),
  f(494, 'Security Agreement Required', 3329, '2.3.1', [421, 493]),
  // 5xx Server Failure
  f(500, 'Server Internal Error', 3261, '21.5.1', [503, 400, 491], { fromQ850: [111, 127], toQ850: 41 }),
  f(501, 'Not Implemented', 3261, '21.5.2', [405, 420], { fromQ850: [29, 79], toQ850: 79 }),
  f(502, 'Bad Gateway', 3261, '21.5.3', [503, 504], { fromQ850: [27], toQ850: 38 }),
  f(503, 'Service Unavailable', 3261, '21.5.4', [500, 502, 480], {
    fromQ850: [34, 38, 41, 42, 47, 58, 88],
    toQ850: 41,
  }),
  f(504, 'Server Time-out', 3261, '21.5.5', [408, 502], { fromQ850: [102], toQ850: 102 }),
  // RFC 3398 §8.2.6.1 prints this row as "504 Version Not Supported"; the phrase shows it means 505.
  f(505, 'Version Not Supported', 3261, '21.5.6', [400], { toQ850: 127 }),
  f(513, 'Message Too Large', 3261, '21.5.7', [413], { toQ850: 127 }),
  f(555, 'Push Notification Service Not Supported', 8599, '8.1', [480, 501]),
  f(580, 'Precondition Failure', 3312, '8', [488, 420]),
  // 6xx Global Failure
  f(600, 'Busy Everywhere', 3261, '21.6.1', [486, 603, 480], { toQ850: 17 }),
  f(603, 'Decline', 3261, '21.6.2', [607, 608, 486, 600, 403, 480], {
    toQ850: 21,
    fromQ850When: [{ cause: 21, when: 'location-user' }],
  }),
  f(604, 'Does Not Exist Anywhere', 3261, '21.6.3', [404, 410], { toQ850: 1 }),
  f(606, 'Not Acceptable', 3261, '21.6.4', [488, 406], { toQ850Rule: 'by-warning' }),
  // RFC 8197 is a SIPCORE document, not part of STIR: its only link is that global filters need an
  // authenticated caller (§6), which STIR can provide. So 607 carries no STIR/SHAKEN role.
  f(607, 'Unwanted', 8197, '4', [603, 608]),
  f(608, 'Rejected', 8688, '3.1', [607, 603, 428], { stirShaken: true }),
  // Unregistered codes seen in real logs
  f(409, 'Conflict', 2543, '7.4.10', [412, 491], { registered: false }),
  f(411, 'Length Required', 2543, '7.4.12', [400, 413], { registered: false }),
  f(478, 'Unresolvable destination', 3261, '8.1.3.2', [404, 503], { registered: false }),
  f(490, 'Request Updated', 3261, '8.1.3.2', [491, 487], { registered: false }),
  f(499, 'Error', 3261, '8.1.3.2', [487, 408], { registered: false }),
];
