/**
 * Masking for exports: what should not leave the building. Always: the values of Authorization and
 * Proxy-Authorization (RFC 3261 §20.7, §20.28) and the digest parameters that identify a challenge
 * or prove a password (nonce, cnonce, response, opaque: RFC 7616 §3.3–3.4). On request: the user
 * parts of SIP, SIPS and tel URIs and the From/To users, and IP addresses and host names.
 *
 * Masks are consistent within one masker (one export): the first user seen becomes `user-1`, the
 * next `user-2`; IP addresses become `ip-1`, `ip-2` (IPv6 too, bracketed where it was); host names
 * `host-1`; nonces `nonce-1`. The same value gets the same mask everywhere, so a masked ladder still
 * shows that two legs used the same address or that a retry reused a nonce. Ports stay: they say
 * which service, not who. Times and methods are never masked.
 */
import type { FlowDiagram, FlowEndpoint, FlowLegSuggestion } from './model';

export interface MaskOptions {
  /** Mask the user parts of URIs and the From/To users. */
  readonly users?: boolean;
  /** Mask IP addresses and host names. */
  readonly addresses?: boolean;
}

const CREDENTIALS = /\b((?:Proxy-)?Authorization)([ \t]{0,8}:)[^\r\n]{0,4096}/giu;
const DIGEST_SECRETS = /\b(c?nonce|response|opaque)([ \t]{0,8}=[ \t]{0,8})("[^"\r\n]{0,1024}"|[^\s,;"]{1,1024})/giu;
const URI_USER = /\b(sips?:|tel:)([^@;>\s:,"]{1,256})(@?)/giu;
const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/gu;
const IPV6 = /(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])/gu;
/** The host of a SIP URI (after the user's `@`, or right after the scheme). */
const URI_HOST = /\b(sips?:(?:[^@\s;>,"]{1,256}@)?)([A-Za-z][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,8})/giu;
const HOST_NAME = /^[A-Za-z][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/u;
export const MASKED = '***';

class Tokens {
  private readonly map = new Map<string, string>();

  constructor(private readonly prefix: string) {}

  /** Every value given a token so far, longest first (so `1001` is not found inside `10011`'s mask). */
  seen(): Array<[string, string]> {
    return [...this.originals].sort((a, b) => b[0].length - a[0].length);
  }

  private readonly originals = new Map<string, string>();

  of(value: string): string {
    const key = value.toLowerCase();
    let token = this.map.get(key);
    if (token === undefined) {
      token = `${this.prefix}-${this.map.size + 1}`;
      this.map.set(key, token);
    }
    this.originals.set(value, token);
    return token;
  }
}

export class FlowMasker {
  private readonly users = new Tokens('user');
  private readonly ips = new Tokens('ip');
  private readonly hosts = new Tokens('host');
  private readonly nonces = new Tokens('nonce');

  constructor(readonly options: MaskOptions = {}) {}

  /** Free text: credentials and digest secrets always, then users and addresses when asked. */
  text(value: string): string {
    let out = value.replace(CREDENTIALS, (_, name: string, colon: string) => `${name}${colon} ${MASKED}`);
    out = out.replace(DIGEST_SECRETS, (_, name: string, equals: string, secret: string) => {
      const masked = name.toLowerCase() === 'nonce' ? this.nonces.of(secret.replace(/"/gu, '')) : MASKED;
      return `${name}${equals}${secret.startsWith('"') ? `"${masked}"` : masked}`;
    });
    if (this.options.users) {
      out = out.replace(URI_USER, (whole, scheme: string, user: string, at: string) =>
        at === '' && scheme.toLowerCase() !== 'tel:' ? whole : `${scheme}${this.users.of(user)}${at}`,
      );
    }
    if (this.options.addresses) out = this.addressesIn(out);
    return out;
  }

  /** A From/To user. */
  user(value: string): string {
    return this.options.users ? this.users.of(value) : this.text(value);
  }

  private addressesIn(text: string): string {
    let out = text.replace(IPV4, (ip) => this.ips.of(ip));
    out = out.replace(IPV6, (ip) => (ip.includes('::') || ip.split(':').length === 8 ? this.ips.of(ip) : ip));
    return out.replace(URI_HOST, (_, prefix: string, host: string) => `${prefix}${this.hosts.of(host)}`);
  }

  /** A bare host (an endpoint's, a Call-ID's part after `@`): an IP address or a host name. */
  private host(host: string): string {
    if (!this.options.addresses) return host;
    if (HOST_NAME.test(host)) return this.hosts.of(host);
    return this.addressesIn(host);
  }

  /** An endpoint: `UDP 203.0.113.7:5060`, `[2001:db8::1]:5060`, `sip.example.com`. */
  private endpoint(endpoint: FlowEndpoint): FlowEndpoint {
    const address = this.options.addresses ? this.address(endpoint.address) : endpoint.address;
    const key = this.options.addresses ? this.address(endpoint.key) : endpoint.key;
    return {
      ...endpoint,
      key,
      address,
      ...(endpoint.agent !== undefined ? { agent: this.text(endpoint.agent) } : {}),
    };
  }

  private address(address: string): string {
    const match = /^((?:[A-Z]{2,4} )?)(\[[^\]]{1,45}\]|[^:\s]{1,253})(:\d{1,5})?$/u.exec(address);
    if (!match) return this.addressesIn(address);
    const host = match[2] as string;
    const masked = host.startsWith('[') ? `[${this.ips.of(host.slice(1, -1))}]` : this.host(host);
    return `${match[1] ?? ''}${masked}${match[3] ?? ''}`;
  }

  /** A Call-ID: its host part (after `@`) as an address, the whole as free text. */
  callId(value: string): string {
    const at = value.lastIndexOf('@');
    if (at < 0 || !this.options.addresses) return this.text(value);
    return `${this.text(value.slice(0, at))}@${this.host(value.slice(at + 1))}`;
  }

  /** The columns are masked first, so their tokens number left to right (`ip-1` is the first column). */
  diagram(diagram: FlowDiagram): FlowDiagram {
    const { header } = diagram;
    const endpoints = diagram.endpoints.map((endpoint) => this.endpoint(endpoint));
    return {
      ...diagram,
      header: {
        ...header,
        ...(header.from !== undefined ? { from: this.user(header.from) } : {}),
        ...(header.to !== undefined ? { to: this.user(header.to) } : {}),
        ...(header.requestUri !== undefined ? { requestUri: this.text(header.requestUri) } : {}),
        ...(header.finalPhrase !== undefined ? { finalPhrase: this.text(header.finalPhrase) } : {}),
      },
      legs: diagram.legs.map((leg) => ({
        ...leg,
        callId: this.callId(leg.callId),
        ...(leg.linkReason !== undefined
          ? {
              linkReason: this.reason(
                leg.linkReason,
                diagram.legs.map((other) => other.callId),
              ),
            }
          : {}),
      })),
      endpoints,
      arrows: diagram.arrows.map((arrow) => ({
        ...arrow,
        label: this.text(arrow.label),
        ...(arrow.media !== undefined ? { media: arrow.media.map((line) => this.text(line)) } : {}),
        findings: arrow.findings.map((finding) => ({
          ...finding,
          message: this.text(finding.message),
          ...(finding.shortFix !== undefined ? { shortFix: this.text(finding.shortFix) } : {}),
        })),
      })),
    };
  }

  /**
   * A link reason quotes Call-IDs, an address, a called number: the Call-IDs given are masked as
   * Call-IDs, users already masked elsewhere in this export (the header's From and To) by their
   * token, and the rest as free text.
   */
  private reason(reason: string, callIds: readonly string[]): string {
    let out = reason;
    for (const id of callIds) if (out.includes(id)) out = out.split(id).join(this.callId(id));
    if (this.options.users) for (const [user, token] of this.users.seen()) out = out.split(user).join(token);
    return this.text(out);
  }

  /** Suggested legs, masked like `diagram` (the unmasked diagram they were suggested for; mask it first). */
  suggestions(suggestions: readonly FlowLegSuggestion[], diagram: FlowDiagram): FlowLegSuggestion[] {
    const ids = diagram.legs.map((leg) => leg.callId);
    return suggestions.map((suggestion) => ({
      callId: this.callId(suggestion.callId),
      reason: this.reason(suggestion.reason, [suggestion.callId, ...ids]),
    }));
  }
}

/** A masked copy of `diagram` (one masker: consistent within it). */
export function maskDiagram(diagram: FlowDiagram, options: MaskOptions = {}): FlowDiagram {
  return new FlowMasker(options).diagram(diagram);
}
