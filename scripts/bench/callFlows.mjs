// Call flows as generators of log events, so the generator can interleave several calls the way
// a busy PBX log does. Events: `sip` (a message the logging node sent or received), `note` (a
// program's own log line about the call) and `mention` (a proxy's syslog line naming a code).
import { PBX_IP, branch, newCall, newRegistration, phoneNumber, tag } from './callParties.mjs';
import { request, response, sdp } from './sipMessage.mjs';

/** Failure finals with the Q.850 cause RFC 3398 maps them to (SIP -> ISUP direction). */
const FAILURES = [
  { code: 486, phrase: 'Busy Here', reason: 'Q.850;cause=17;text="User busy"' },
  { code: 404, phrase: 'Not Found', reason: 'Q.850;cause=1;text="Unallocated (unassigned) number"' },
  { code: 480, phrase: 'Temporarily Unavailable', reason: 'Q.850;cause=18;text="No user responding"' },
  {
    code: 503,
    phrase: 'Service Unavailable',
    reason: 'Q.850;cause=41;text="Temporary failure"',
    extra: [['Retry-After', '120']],
  },
  { code: 603, phrase: 'Decline', reason: 'Q.850;cause=21;text="Call rejected"' },
  { code: 488, phrase: 'Not Acceptable Here', extra: [['Warning', '305 sip.example.com "Incompatible media format"']] },
];

const sip = (call, message, delay) => ({
  type: 'sip',
  sent: message.startLine.startsWith('SIP/2.0') !== call.loggerIsUac,
  peer: call.peer,
  message,
  delay,
});
const note = (kind, details, delay) => ({ type: 'note', kind, ...details, delay });

/** INVITE with an SDP offer from whichever side places the call. */
function invite(rng, call, b) {
  const offerIp = call.loggerIsUac ? PBX_IP : call.uacIp;
  const extra = [
    ['Allow', 'INVITE, ACK, CANCEL, BYE, OPTIONS, UPDATE, PRACK, REFER, NOTIFY'],
    ['Supported', '100rel, timer, replaces'],
  ];
  return request(call, 'INVITE', {
    cseq: call.cseq,
    branch: b,
    extra,
    body: sdp(rng, { ip: offerIp, sessionName: 'Call' }),
  });
}

const provisional = (call, code, phrase, b, toTag) =>
  response(call, code, phrase, { cseq: call.cseq, method: 'INVITE', branch: b, toTag });
const ackFor = (call, b, toTag) => request(call, 'ACK', { cseq: call.cseq, branch: b, toTag });
const number = (call) => call.requestUri.slice(4, call.requestUri.indexOf('@'));

function* ringing(rng, call, b, toTag) {
  yield sip(call, provisional(call, 100, 'Trying', b), rng.between(1, 40));
  yield note('calling', { number: number(call) }, 1);
  yield sip(call, provisional(call, 180, 'Ringing', b, toTag), rng.between(80, 2500));
  yield note('progress', { number: number(call), code: 180 }, 1);
}

export function* answeredCall(rng) {
  const call = newCall(rng);
  const b = branch(rng);
  const toTag = tag(rng);
  yield sip(call, invite(rng, call, b), 0);
  yield* ringing(rng, call, b, toTag);
  const answerIp = call.loggerIsUac ? call.peer.split(':')[0] : PBX_IP;
  const body = sdp(rng, { ip: answerIp, sessionName: 'Answer' });
  yield sip(
    call,
    response(call, 200, 'OK', { cseq: call.cseq, method: 'INVITE', branch: b, toTag, body }),
    rng.between(500, 9000),
  );
  yield sip(call, ackFor(call, branch(rng), toTag), rng.between(5, 60));
  const bye = branch(rng);
  yield sip(call, request(call, 'BYE', { cseq: call.cseq + 1, branch: bye, toTag }), rng.between(5000, 300000));
  yield sip(
    call,
    response(call, 200, 'OK', { cseq: call.cseq + 1, method: 'BYE', branch: bye, toTag }),
    rng.between(5, 80),
  );
  yield note('hangup', { number: number(call), cause: 'NORMAL_CLEARING' }, 1);
}

export function* failedCall(rng) {
  const call = newCall(rng);
  const b = branch(rng);
  const toTag = tag(rng);
  const failure = rng.pick(FAILURES);
  yield sip(call, invite(rng, call, b), 0);
  if (rng.chance(0.5)) yield* ringing(rng, call, b, toTag);
  else yield sip(call, provisional(call, 100, 'Trying', b), rng.between(1, 40));
  const extra = [...(failure.reason ? [['Reason', failure.reason]] : []), ...(failure.extra ?? [])];
  yield sip(
    call,
    response(call, failure.code, failure.phrase, { cseq: call.cseq, method: 'INVITE', branch: b, toTag, extra }),
    rng.between(20, 8000),
  );
  yield sip(call, ackFor(call, b, toTag), rng.between(1, 20));
  yield note('hangup', { number: number(call), cause: 'CALL_REJECTED' }, 1);
}

export function* cancelledCall(rng) {
  const call = newCall(rng);
  const b = branch(rng);
  const toTag = tag(rng);
  yield sip(call, invite(rng, call, b), 0);
  yield* ringing(rng, call, b, toTag);
  yield sip(
    call,
    request(call, 'CANCEL', {
      cseq: call.cseq,
      branch: b,
      extra: [['Reason', 'Q.850;cause=16;text="Normal call clearing"']],
    }),
    rng.between(2000, 20000),
  );
  yield sip(
    call,
    response(call, 200, 'OK', { cseq: call.cseq, method: 'CANCEL', branch: b, toTag }),
    rng.between(1, 40),
  );
  yield sip(
    call,
    response(call, 487, 'Request Terminated', { cseq: call.cseq, method: 'INVITE', branch: b, toTag }),
    rng.between(1, 40),
  );
  yield sip(call, ackFor(call, b, toTag), rng.between(1, 20));
  yield note('hangup', { number: number(call), cause: 'ORIGINATOR_CANCEL' }, 1);
}

/** An INVITE that never gets a final response: retransmitted into silence, or left at 100. */
export function* stuckInvite(rng) {
  const call = newCall(rng);
  const b = branch(rng);
  const message = invite(rng, call, b);
  yield sip(call, message, 0);
  if (rng.chance(0.5)) {
    yield sip(call, provisional(call, 100, 'Trying', b), rng.between(1, 40));
    return;
  }
  for (const delay of [500, 1000, 2000]) yield sip(call, message, delay);
}

/** A final response with a code no registry lists, as some carriers send. */
export function* unregisteredCode(rng) {
  const call = newCall(rng);
  const b = branch(rng);
  const toTag = tag(rng);
  yield sip(call, invite(rng, call, b), 0);
  yield sip(call, provisional(call, 100, 'Trying', b), rng.between(1, 40));
  yield sip(
    call,
    response(call, 499, 'Policy Rejection', { cseq: call.cseq, method: 'INVITE', branch: b, toTag }),
    rng.between(20, 500),
  );
  yield sip(call, ackFor(call, b, toTag), rng.between(1, 20));
}

export function* registration(rng) {
  const call = newRegistration(rng);
  const nonce = `${rng.between(1_700_000_000, 1_799_999_999)}/${rng.hex(12)}`;
  const first = branch(rng);
  const expires = ['Expires', rng.pick(['600', '3600'])];
  yield sip(call, request(call, 'REGISTER', { cseq: call.cseq, branch: first, extra: [expires] }), 0);
  const challenge = `Digest realm="asterisk",nonce="${nonce}",opaque="${rng.hex(16)}",algorithm=md5,qop="auth"`;
  yield sip(
    call,
    response(call, 401, 'Unauthorized', {
      cseq: call.cseq,
      method: 'REGISTER',
      branch: first,
      toTag: tag(rng),
      extra: [['WWW-Authenticate', challenge]],
    }),
    1,
  );
  const second = branch(rng);
  const credentials = `Digest username="${call.user}", realm="asterisk", nonce="${nonce}", uri="${call.requestUri}", response="${rng.hex(32)}", algorithm=MD5, cnonce="${rng.hex(8)}", qop=auth, nc=00000001`;
  yield sip(
    call,
    request(call, 'REGISTER', {
      cseq: call.cseq + 1,
      branch: second,
      extra: [expires, ['Authorization', credentials]],
    }),
    rng.between(20, 90),
  );
  const accepted = !rng.chance(0.08);
  const final = accepted
    ? response(call, 200, 'OK', {
        cseq: call.cseq + 1,
        method: 'REGISTER',
        branch: second,
        toTag: tag(rng),
        extra: [['Contact', `<${call.contact}>;expires=${expires[1]}`]],
      })
    : response(call, 403, 'Forbidden', { cseq: call.cseq + 1, method: 'REGISTER', branch: second, toTag: tag(rng) });
  yield sip(call, final, 1);
}

export function* keepalive(rng) {
  const call = newCall(rng);
  const b = branch(rng);
  yield sip(
    call,
    request(call, 'OPTIONS', {
      cseq: call.cseq,
      branch: b,
      uri: 'sip:sip.example.com',
      extra: [['Accept', 'application/sdp']],
    }),
    0,
  );
  yield sip(
    call,
    response(call, 200, 'OK', { cseq: call.cseq, method: 'OPTIONS', branch: b, toTag: tag(rng) }),
    rng.between(2, 60),
  );
}

/** A SIP proxy's syslog lines that name a code without a status line. */
export function* proxyMentions(rng) {
  const code = rng.pick([408, 486, 404, 480, 503, 200]);
  yield {
    type: 'mention',
    text: `ERROR: <script>: request to sip:${phoneNumber(rng)}@example.com completed with code: ${code}`,
    delay: 0,
  };
  if (rng.chance(0.3)) {
    const failed = rng.pick([408, 403, 503]);
    yield {
      type: 'mention',
      text: `ERROR: uac [uac_reg.c:1025]: uac_reg_tm_callback(): got sip response ${failed} while registering [carrier${rng.between(1, 4)}]`,
      delay: rng.between(1, 900),
    };
  }
}

/** Relative frequency of each flow in the generated logs. */
export const FLOW_WEIGHTS = {
  answeredCall: 30,
  failedCall: 18,
  cancelledCall: 6,
  stuckInvite: 3,
  unregisteredCode: 1.5,
  registration: 18,
  keepalive: 14,
  proxyMentions: 9.5,
};

export const FLOWS = {
  answeredCall,
  failedCall,
  cancelledCall,
  stuckInvite,
  unregisteredCode,
  registration,
  keepalive,
  proxyMentions,
};
