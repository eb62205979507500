/**
 * Where a message went, as the log line that carried it says: `a -> b` (sngrep, ngrep), `a ---> b`
 * (Homer), `IP a.port > b.port:` (tcpdump), `from UDP:a:port` / `to UDP:a:port` (Asterisk pjsip),
 * `to a:port` (chan_sip), `from udp/[a]:port` (FreeSWITCH), `to UDP a:port` (pjsua),
 * `from [UDP://a:port]` (belle-sip), or only a direction word (SIPp's `message sent`, JsSIP's
 * `sending`, `recv`, `RX`...). When the log names no address, the top Via of the message offers
 * the sender of a request and the receiver of a response (RFC 3261 §18.2.1, §18.2.2): flagged inferred.
 */

export interface Endpoint {
  /** Transport in upper case (`UDP`, `TCP`, `TLS`, `WS`...), when known. */
  readonly transport?: string;
  /** IPv4 address, host name, or IPv6 address without brackets. */
  readonly host: string;
  readonly port?: number;
}

/** `in`: the logging node received it; `out`: the node sent it. */
export type Direction = 'in' | 'out';

export interface Route {
  readonly direction?: Direction;
  readonly source?: Endpoint;
  readonly destination?: Endpoint;
  /** True when the endpoints come from the message's Via, not from the log. */
  readonly inferred: boolean;
}

/** `UDP`, `udp/`, `UDP://`, `UDP:` before an address. */
const TRANSPORTS = ['UDP', 'TCP', 'TLS', 'SCTP', 'WSS', 'WS'];

/** Host then port: `[2001:db8::1]:5060`, `203.0.113.7:5060`, `sip.example.com:5061`. */
const HOST_PORT = /^(?:\[([0-9A-Fa-f:.]{2,45})\]|([0-9A-Za-z][0-9A-Za-z.-]{0,252}))(?::(\d{1,5}))?/u;

/** An endpoint written `[transport sep] host[:port]` at the start of `token` (brackets and `[UDP://...]` too). */
export function parseEndpoint(token: string, requirePort = true): Endpoint | undefined {
  let rest = token.startsWith('[') && !/^\[[0-9A-Fa-f:.]+\]/u.test(token) ? token.slice(1) : token;
  let transport: string | undefined;
  const upper = rest.slice(0, 4).toUpperCase();
  for (const name of TRANSPORTS) {
    if (!upper.startsWith(name)) continue;
    const after = rest.slice(name.length);
    const separator = /^(?::\/\/|[:/ ])/u.exec(after);
    if (separator) {
      transport = name;
      rest = after.slice(separator[0].length);
    }
    break;
  }
  const match = HOST_PORT.exec(rest);
  if (!match) return undefined;
  const host = match[1] ?? (match[2] as string).replace(/\.$/u, '');
  const port = match[3] === undefined ? undefined : Number(match[3]);
  if (port === undefined ? requirePort : port > 65535) return undefined;
  if (match[1] === undefined && !host.includes('.')) return undefined;
  return { ...(transport !== undefined ? { transport } : {}), host, ...(port !== undefined ? { port } : {}) };
}

/** `a -> b`, `a ---> b` (sngrep, ngrep, Homer). */
const ARROW = / (-{1,3})> /u;
/** tcpdump: `IP 192.0.2.20.5060 > 198.51.100.7.5060:` (the port is the last dotted part). */
const TCPDUMP = /\bIP6? (\S{1,64})\.(\d{1,5}) > (\S{1,64})\.(\d{1,5}):/u;
/** `from X` / `to X`, X an address with a port (a transport may precede it). */
const FROM_TO = /\b(from|to) ((?:UDP|TCP|TLS|SCTP|WSS?) )?(\S{1,300})/giu;
const IN_WORDS = /(?:^|[^A-Za-z])(?:recv|received|receiving|read|RX|rcvd)(?![A-Za-z])|[\u2193\u2b07\u25bc]/iu;
const OUT_WORDS = /(?:^|[^A-Za-z])(?:send|sent|sending|transmitting|TX)(?![A-Za-z])|[\u2191\u2b06\u25b2]/iu;
/** Application JSON lines: `"dir":"out"` and `"peer":"198.51.100.7:5060"`. */
const JSON_DIRECTION = /"(?:dir|direction)"\s?:\s?"(in|out|recv|send|rx|tx)"/iu;
const JSON_PEER = /"(?:peer|remote|remote_addr)"\s?:\s?"([^"]{1,300})"/iu;

/** What one log line (a banner or the prefix before a message) says of the message's route; undefined when nothing. */
export function routeIn(line: string): Route | undefined {
  return arrowRoute(line) ?? tcpdumpRoute(line) ?? fromToRoute(line) ?? jsonRoute(line) ?? directionOnly(line);
}

function arrowRoute(line: string): Route | undefined {
  const arrow = ARROW.exec(line);
  if (!arrow) return undefined;
  const before = line.slice(0, arrow.index);
  const source = parseEndpoint(before.slice(before.lastIndexOf(' ') + 1));
  const destination = parseEndpoint(line.slice(arrow.index + arrow[0].length));
  if (!source || !destination) return undefined;
  return { source, destination, inferred: false };
}

function tcpdumpRoute(line: string): Route | undefined {
  const match = TCPDUMP.exec(line);
  if (!match) return undefined;
  const source = parseEndpoint(`${match[1]}:${match[2]}`);
  const destination = parseEndpoint(`${match[3]}:${match[4]}`);
  return source && destination ? { source, destination, inferred: false } : undefined;
}

function fromToRoute(line: string): Route | undefined {
  FROM_TO.lastIndex = 0;
  for (let match = FROM_TO.exec(line); match; match = FROM_TO.exec(line)) {
    const endpoint = parseEndpoint(`${match[2] ?? ''}${match[3] as string}`);
    if (!endpoint) continue;
    return (match[1] as string).toLowerCase() === 'from'
      ? { direction: 'in', source: endpoint, inferred: false }
      : { direction: 'out', destination: endpoint, inferred: false };
  }
  return undefined;
}

function jsonRoute(line: string): Route | undefined {
  const direction = JSON_DIRECTION.exec(line);
  if (!direction) return undefined;
  const inbound = /^(?:in|recv|rx)$/iu.test(direction[1] as string);
  const peerText = JSON_PEER.exec(line)?.[1];
  const peer = peerText === undefined ? undefined : parseEndpoint(peerText);
  if (!peer) return { direction: inbound ? 'in' : 'out', inferred: false };
  return inbound
    ? { direction: 'in', source: peer, inferred: false }
    : { direction: 'out', destination: peer, inferred: false };
}

function directionOnly(line: string): Route | undefined {
  const inbound = IN_WORDS.exec(line);
  const outbound = OUT_WORDS.exec(line);
  if (!inbound && !outbound) return undefined;
  // Both words on one line: the first one written describes the message (`sent ... received` is rare).
  const isIn = inbound !== null && (outbound === null || inbound.index < outbound.index);
  return { direction: isIn ? 'in' : 'out', inferred: false };
}

/**
 * The sender named by a top Via value (`SIP/2.0/UDP 192.0.2.20:5060;rport=5062;received=203.0.113.9`):
 * `received` and a numeric `rport` (RFC 3581) beat the sent-by a NAT may have hidden.
 */
export function viaSender(via: string): Endpoint | undefined {
  const protocol = /^\s*SIP\s*\/\s*2\.0\s*\/\s*([A-Za-z]{2,5})\s+/iu.exec(via);
  if (!protocol) return undefined;
  const rest = via.slice(protocol[0].length);
  const sentBy = parseEndpoint(rest, false);
  const params = rest.slice(rest.indexOf(';') < 0 ? rest.length : rest.indexOf(';'));
  const received = /;\s*received=([0-9A-Fa-f:.[\]]{2,47})/iu.exec(params)?.[1]?.replace(/^\[|\]$/gu, '');
  const rport = /;\s*rport=(\d{1,5})/iu.exec(params)?.[1];
  const host = received ?? sentBy?.host;
  if (host === undefined) return undefined;
  const port = rport !== undefined ? Number(rport) : sentBy?.port;
  return { transport: (protocol[1] as string).toUpperCase(), host, ...(port !== undefined ? { port } : {}) };
}

/** `UDP 203.0.113.9:5060`, `[2001:db8::1]:5060`: an endpoint for display. */
export function endpointText(endpoint: Endpoint): string {
  const host = endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host;
  const address = endpoint.port === undefined ? host : `${host}:${endpoint.port}`;
  return endpoint.transport === undefined ? address : `${endpoint.transport} ${address}`;
}
