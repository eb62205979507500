// Renders call-flow events the way each program logs them. Shapes follow the fixtures in
// test/fixtures/ (Asterisk pjsip logger, FreeSWITCH siptrace, sngrep export, Kamailio syslog).
import { PBX_IP } from './callParties.mjs';
import { messageLines, wireLength } from './sipMessage.mjs';

const RULE = `   ${'-'.repeat(72)}`;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (value, width = 2) => String(value).padStart(width, '0');

/** Calendar parts of a UTC time given in microseconds since the epoch. */
function clockParts(micros) {
  const date = new Date(Math.floor(micros / 1000));
  return {
    date: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`,
    time: `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`,
    millis: pad(date.getUTCMilliseconds(), 3),
    micros: pad(Math.floor(micros % 1_000_000), 6),
    month: MONTHS[date.getUTCMonth()],
    day: String(date.getUTCDate()).padStart(2, ' '),
  };
}

const isResponse = (message) => message.startLine.startsWith('SIP/2.0 ');

function asteriskSip(event, at, stream) {
  const t = clockParts(at);
  const what = `${event.sent ? 'Transmitting' : 'Received'} SIP ${isResponse(event.message) ? 'response' : 'request'}`;
  const banner = `[${t.date} ${t.time}.${t.millis}] VERBOSE[${stream.thread}] res_pjsip_logger.c: <--- ${what} (${wireLength(event.message)} bytes) ${event.sent ? 'to' : 'from'} UDP:${event.peer} --->`;
  return [banner, ...messageLines(event.message), ''].join('\n') + '\n';
}

function asteriskNote(event, at, stream) {
  const t = clockParts(at);
  const prefix = `[${t.date} ${t.time}.${t.millis}] VERBOSE[${stream.thread}][C-${stream.channel}]`;
  if (event.kind === 'calling') return `${prefix} app_dial.c: Called PJSIP/${event.number}@trunk\n`;
  if (event.kind === 'progress') return `${prefix} app_dial.c: PJSIP/trunk-${stream.channel} is ringing\n`;
  return `${prefix} pbx.c: Spawn extension (from-internal, ${event.number}, 1) exited non-zero on 'PJSIP/trunk-${stream.channel}'\n`;
}

function freeswitchSip(event, at, stream) {
  const t = clockParts(at);
  const [ip, port] = event.peer.split(':');
  const banner = `${event.sent ? 'send' : 'recv'} ${wireLength(event.message)} bytes ${event.sent ? 'to' : 'from'} udp/[${ip}]:${port} at ${t.time}.${t.micros}:`;
  const lines = messageLines(event.message).map((line) => (line === '' ? '' : `   ${line}`));
  // FreeSWITCH colours the status lines it receives when the console has colour on.
  if (stream.colour && !event.sent && isResponse(event.message)) lines[0] = `\x1b[36m${lines[0]}\x1b[0m`;
  return [banner, RULE, ...lines, RULE].join('\n') + '\n';
}

function freeswitchNote(event, at, stream) {
  const t = clockParts(at);
  const prefix = `${t.date} ${t.time}.${t.micros} ${stream.idle}%`;
  const channel = `sofia/external/${event.number}@sip.example.com`;
  if (event.kind === 'calling')
    return `\x1b[33m${prefix} [DEBUG] sofia.c:7493 Channel ${channel} entering state [calling][0]\x1b[0m\n`;
  if (event.kind === 'progress')
    return `\x1b[33m${prefix} [DEBUG] sofia.c:7493 Channel ${channel} entering state [proceeding][${event.code}]\x1b[0m\n`;
  return `\x1b[32m${prefix} [NOTICE] sofia.c:1075 Hangup ${channel} [CS_EXECUTE] [${event.cause}]\x1b[0m\n`;
}

/** sngrep writes the captured payload as it was, CRLF included, under an LF-ended banner. */
function sngrepSip(event, at) {
  const t = clockParts(at);
  const local = `${PBX_IP}:5060`;
  const [from, to] = event.sent ? [local, event.peer] : [event.peer, local];
  const banner = `${t.date.replaceAll('-', '/')} ${t.time}.${t.micros} ${from} -> ${to}`;
  return `${banner}\n${messageLines(event.message).join('\r\n')}\r\n\n`;
}

function kamailioMention(event, at, stream) {
  const t = clockParts(at);
  return `${t.month} ${t.day} ${t.time} proxy1 kamailio[${stream.thread}]: ${event.text}\n`;
}

const RENDERERS = {
  asterisk: { sip: asteriskSip, note: asteriskNote },
  freeswitch: { sip: freeswitchSip, note: freeswitchNote },
  sngrep: { sip: sngrepSip, note: () => '' },
  kamailio: { mention: kamailioMention },
};

export const CALL_FORMATS = { asterisk: 45, freeswitch: 30, sngrep: 25 };

/** A call's rendering state: which program logs it, and the ids that program prints. */
export function newStream(rng, format) {
  return {
    format,
    thread: rng.between(2000, 9000),
    channel: rng.hex(8),
    colour: rng.chance(0.5),
    idle: (90 + rng.next() * 9.99).toFixed(2),
  };
}

/** The text of one event at time `at` (microseconds since the epoch), or '' if not logged. */
export function renderEvent(event, at, stream) {
  const render = RENDERERS[stream.format][event.type];
  return render ? render(event, at, stream) : '';
}
