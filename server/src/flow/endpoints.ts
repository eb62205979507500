/**
 * The ladder's columns: where each message went from and to. The log's own words come first (a
 * banner's `a -> b`, `from`/`to`, tcpdump, a JSON peer: analysis/route.ts); else the top Via's sender
 * (with `received`/`rport`, RFC 3581), marked inferred. A message whose log names only one side
 * gets the other side placed as follows, each guess marked inferred:
 *   - a log line with a direction (`send … to X`, `recv … from X`) was written by the node itself:
 *     the missing side is that node, one column whose address is the top Via sent-by of a request it
 *     sent (RFC 3261 §18.1.1 puts the sender there), or of a response it received;
 *   - a response with no sender came from where its request went (RFC 3261 §18.2.2: responses go
 *     back the way the request came), and one with no receiver goes to the request's sender;
 *   - a request with no receiver goes to the host and port of its Request-URI (RFC 3263's target
 *     before any DNS: the best the text offers).
 */
import { endpointText, parseEndpoint, type Endpoint, type Route } from '../analysis/route';
import type { SipMessage } from '../analysis/types';
import type { Language } from '../../../catalog/src/language';
import type { FlowEndpoint } from '../../../catalog/src/flow/model';
import { FLOW_ENDPOINT_STRINGS } from './flow-strings';

/** The route of one message as the flow reads it: a side may be missing. */
export interface PlacedSide {
  readonly endpoint?: Endpoint;
  readonly inferred: boolean;
}

export interface MessageRoute {
  readonly message: SipMessage;
  readonly route: Route;
  readonly userAgent?: string;
  /** The top Via's sender (analysis/route.ts viaSender), whatever the log says. */
  readonly via?: Endpoint;
}

const LOGGING_NODE = '\u0000local';
const UNKNOWN = '\u0000unknown';

/** Default ports by transport (RFC 3261 §18.2.2, §19.1.2): `10.0.0.1` and `10.0.0.1:5060` are one column. */
function endpointKey(endpoint: Endpoint): string {
  const secure = endpoint.transport === 'TLS' || endpoint.transport === 'WSS';
  const port = endpoint.port ?? (secure ? 5061 : 5060);
  return `${endpoint.host.toLowerCase()}:${port}`;
}

/** Builds the columns in order of first appearance and says, for each message, its two columns. */
export class EndpointColumns {
  readonly endpoints: FlowEndpoint[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly agents: Array<string | undefined> = [];
  private localAddress: Endpoint | undefined;

  constructor(
    routes: readonly MessageRoute[],
    private readonly language: Language,
  ) {
    this.localAddress = loggingNodeAddress(routes);
  }

  /** The columns of one message; `request` is where a response's request was placed, when it is drawn. */
  place(entry: MessageRoute, request: { from: number; to: number } | undefined): { from: number; to: number } {
    const { route, message } = entry;
    // The sender first, so the columns come in the order a reader meets them: who sent, then who got it.
    const logged = !route.inferred && route.direction !== undefined;
    const response = message.kind === 'response' ? request : undefined;
    let from = this.side(route.source, route.inferred);
    if (from === undefined && logged && route.direction === 'out') from = this.local();
    from ??= response?.to;
    let to = this.side(route.destination, route.inferred);
    if (to === undefined && logged && route.direction === 'in') to = this.local();
    to ??= response?.from;
    if (to === undefined && message.kind === 'request') to = this.side(requestUriTarget(message.requestUri), true);
    from ??= this.column(UNKNOWN, FLOW_ENDPOINT_STRINGS[this.language].unknown, true);
    to ??= this.column(UNKNOWN, FLOW_ENDPOINT_STRINGS[this.language].unknown, true);
    if (entry.userAgent !== undefined && this.agents[from] === undefined) this.agents[from] = entry.userAgent;
    return { from, to };
  }

  /** The columns with the agent each one's own messages named. */
  finish(): FlowEndpoint[] {
    return this.endpoints.map((endpoint, i) => {
      const agent = this.agents[i];
      return agent === undefined ? endpoint : { ...endpoint, agent };
    });
  }

  private side(endpoint: Endpoint | undefined, inferred: boolean): number | undefined {
    if (endpoint === undefined) return undefined;
    return this.column(endpointKey(endpoint), endpointText(endpoint), inferred);
  }

  private local(): number {
    if (this.localAddress !== undefined) return this.side(this.localAddress, true) as number;
    return this.column(LOGGING_NODE, FLOW_ENDPOINT_STRINGS[this.language].loggingNode, true);
  }

  private column(key: string, address: string, inferred: boolean): number {
    const known = this.byKey.get(key);
    if (known !== undefined) {
      // A column the log itself named somewhere is not inferred, whatever placed it first.
      const endpoint = this.endpoints[known] as FlowEndpoint;
      if (endpoint.inferred && !inferred) this.endpoints[known] = { ...endpoint, address, inferred: false };
      return known;
    }
    this.byKey.set(key, this.endpoints.length);
    this.endpoints.push({ key: key.startsWith('\u0000') ? key.slice(1) : key, address, inferred });
    return this.endpoints.length - 1;
  }
}

/**
 * The address of the node that wrote a log with directions: the top Via sender of a request it sent,
 * or of a response it received (its own Via comes back on top). Undefined when the log says neither.
 */
function loggingNodeAddress(routes: readonly MessageRoute[]): Endpoint | undefined {
  for (const { route, message, via } of routes) {
    const ownVia =
      (route.direction === 'out' && message.kind === 'request') ||
      (route.direction === 'in' && message.kind === 'response');
    if (ownVia && via !== undefined) return via;
  }
  return undefined;
}

/** `sip:bob@203.0.113.5:5070;transport=tcp` → 203.0.113.5:5070. */
export function requestUriTarget(uri: string | undefined): Endpoint | undefined {
  if (uri === undefined) return undefined;
  const match = /^sips?:(?:[^@;>\s]{1,256}@)?(\[[0-9A-Fa-f:.]{2,45}\]|[0-9A-Za-z.-]{1,253})(:\d{1,5})?/iu.exec(uri);
  if (!match) return undefined;
  return parseEndpoint(`${match[1] as string}${match[2] ?? ''}`, false);
}
