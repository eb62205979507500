// Builds SIP messages as plain data (start line, headers, body lines). The log formats decide
// line endings, indentation and banners; this module only decides what a message says.

/** @typedef {{ startLine: string, headers: [string, string][], body: string[] }} SipMessage */

/** The lines of `message` as they appear on the wire, without line terminators. */
export function messageLines(message) {
  const headers = message.headers.map(([name, value]) => `${name}: ${value}`);
  return [message.startLine, ...headers, '', ...message.body];
}

/** Bytes on the wire (CRLF line endings), as the banners of Asterisk and FreeSWITCH print them. */
export function wireLength(message) {
  return messageLines(message).reduce((sum, line) => sum + line.length + 2, 0);
}

function bodyLength(body) {
  return body.reduce((sum, line) => sum + line.length + 2, 0);
}

/** Headers common to every message of a transaction, in the order most stacks print them. */
function dialogHeaders(call, { cseq, method, branch, toTag, response }) {
  const via = `SIP/2.0/UDP ${call.uacAddress};${response ? `rport=${call.uacPort};received=${call.uacIp};` : 'rport;'}branch=${branch}`;
  return [
    ['Via', via],
    ['From', `${call.fromDisplay}<${call.fromUri}>;tag=${call.fromTag}`],
    ['To', `<${call.toUri}>${toTag ? `;tag=${toTag}` : ''}`],
    ['Call-ID', call.callId],
    ['CSeq', `${cseq} ${method}`],
  ];
}

/**
 * A request from the call's UAC. `extra` headers follow the dialog headers; a body gets its
 * Content-Type from `contentType` and an exact Content-Length.
 */
export function request(
  call,
  method,
  { cseq, branch, toTag, extra = [], body = [], contentType = 'application/sdp', uri = call.requestUri },
) {
  const headers = [
    ...dialogHeaders(call, { cseq, method, branch, toTag, response: false }),
    ['Max-Forwards', '70'],
    ...(method === 'INVITE' || method === 'REGISTER' ? [['Contact', `<${call.contact}>`]] : []),
    ['User-Agent', call.userAgent],
    ...extra,
  ];
  return finish(`${method} ${uri} SIP/2.0`, headers, body, contentType);
}

/** A response from the call's UAS to the request identified by `cseq`, `method` and `branch`. */
export function response(
  call,
  code,
  phrase,
  { cseq, method, branch, toTag, extra = [], body = [], contentType = 'application/sdp' },
) {
  const headers = [
    ...dialogHeaders(call, { cseq, method, branch, toTag, response: true }),
    ...(code >= 180 && code < 300 && method === 'INVITE' ? [['Contact', `<${call.peerContact}>`]] : []),
    ['Server', call.serverAgent],
    ...extra,
  ];
  return finish(`SIP/2.0 ${code}${phrase ? ` ${phrase}` : ''}`, headers, body, contentType);
}

function finish(startLine, headers, body, contentType) {
  const withBody = body.length > 0 ? [...headers, ['Content-Type', contentType]] : headers;
  return { startLine, headers: [...withBody, ['Content-Length', String(bodyLength(body))]], body };
}

/** An SDP offer or answer: the numbers in it (ports, payload types) are traps for a scanner. */
export function sdp(rng, { ip, sessionName }) {
  const sessionId = rng.between(1_700_000_000, 1_799_999_999);
  const codecs = rng.pick([
    [0, 8, 101],
    [8, 0, 101],
    [9, 0, 8, 101],
    [0, 101],
  ]);
  const names = { 0: 'PCMU/8000', 8: 'PCMA/8000', 9: 'G722/8000', 101: 'telephone-event/8000' };
  return [
    'v=0',
    `o=- ${sessionId} ${sessionId + rng.int(3)} IN IP4 ${ip}`,
    `s=${sessionName}`,
    `c=IN IP4 ${ip}`,
    't=0 0',
    `m=audio ${2 * rng.between(5000, 15000)} RTP/AVP ${codecs.join(' ')}`,
    ...codecs.map((pt) => `a=rtpmap:${pt} ${names[pt]}`),
    'a=fmtp:101 0-16',
    'a=ptime:20',
    'a=sendrecv',
  ];
}
