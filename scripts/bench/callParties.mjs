// Who talks to whom in the generated logs. The logging node is a PBX at 192.0.2.5; phones sit in
// 203.0.113.0/24 and carriers in 198.51.100.0/24 (documentation ranges), domains are example.com.

export const PBX_IP = '192.0.2.5';
const PBX_HOST = 'pbx.example.com';
const CARRIER_HOST = 'sip.example.com';
const PHONE_AGENTS = [
  'Linphone/5.2.0 (belle-sip/5.2.0)',
  'Zoiper rv2.10.20.2',
  'Yealink SIP-T46U 108.86.0.45',
  'MicroSIP/3.21.3',
];
const CARRIER_AGENTS = ['Sonus SBC', 'Kamailio (5.7.4 (x86_64/linux))', 'FreeSWITCH-mod_sofia/1.10.11-release~64bit'];
const PBX_AGENT = 'Asterisk PBX 20.5.0';
const NAMES = ['"Alice" ', '"Bob" ', '"Front Desk" ', '"Support" ', ''];

/** A North American number in the 555-01xx block reserved for fiction. */
export function phoneNumber(rng) {
  return `+1${rng.pick(['403', '587', '202', '312', '800'])}55501${String(rng.int(100)).padStart(2, '0')}`;
}

export function extension(rng) {
  return String(rng.between(1001, 1099));
}

function callId(rng, host) {
  return rng.chance(0.5)
    ? `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`
    : `${rng.hex(16)}@${host}`;
}

export function branch(rng) {
  return `z9hG4bK${rng.hex(rng.between(10, 24))}`;
}

export function tag(rng) {
  return rng.hex(rng.between(8, 12));
}

/**
 * A call placed by the PBX towards a carrier (the log shows requests sent, responses received)
 * or by a phone towards the PBX (requests received, responses sent).
 */
export function newCall(rng) {
  return rng.chance(0.6) ? outboundCall(rng) : inboundCall(rng);
}

function outboundCall(rng) {
  const carrierIp = `198.51.100.${rng.between(2, 30)}`;
  const callee = phoneNumber(rng);
  return {
    loggerIsUac: true,
    peer: `${carrierIp}:5060`,
    uacIp: PBX_IP,
    uacPort: 5060,
    uacAddress: `${PBX_IP}:5060`,
    callId: callId(rng, PBX_IP),
    fromDisplay: rng.pick(NAMES),
    fromUri: `sip:${phoneNumber(rng)}@${CARRIER_HOST}`,
    fromTag: tag(rng),
    toUri: `sip:${callee}@${CARRIER_HOST}`,
    requestUri: `sip:${callee}@${CARRIER_HOST}`,
    contact: `sip:asterisk@${PBX_IP}:5060`,
    peerContact: `sip:${callee}@${carrierIp}:5060`,
    userAgent: PBX_AGENT,
    serverAgent: rng.pick(CARRIER_AGENTS),
    cseq: rng.between(100, 30000),
  };
}

function inboundCall(rng) {
  const phoneIp = `203.0.113.${rng.between(2, 250)}`;
  const port = rng.pick([5060, 5062, rng.between(20000, 60000)]);
  const caller = extension(rng);
  const callee = rng.chance(0.5) ? extension(rng) : phoneNumber(rng);
  return {
    loggerIsUac: false,
    peer: `${phoneIp}:${port}`,
    uacIp: phoneIp,
    uacPort: port,
    uacAddress: `${phoneIp}:${port}`,
    callId: callId(rng, phoneIp),
    fromDisplay: rng.pick(NAMES),
    fromUri: `sip:${caller}@${PBX_HOST}`,
    fromTag: tag(rng),
    toUri: `sip:${callee}@${PBX_HOST}`,
    requestUri: `sip:${callee}@${PBX_HOST}`,
    contact: `sip:${caller}@${phoneIp}:${port};transport=udp`,
    peerContact: `sip:${callee}@${PBX_IP}:5060`,
    userAgent: rng.pick(PHONE_AGENTS),
    serverAgent: PBX_AGENT,
    cseq: rng.between(1, 200),
  };
}

/** A phone registering its extension with the PBX. */
export function newRegistration(rng) {
  const call = inboundCall(rng);
  const user = extension(rng);
  const aor = `sip:${user}@${PBX_HOST}`;
  return {
    ...call,
    user,
    fromUri: aor,
    toUri: aor,
    requestUri: `sip:${PBX_HOST}`,
    contact: `sip:${user}@${call.uacAddress};transport=udp`,
  };
}
