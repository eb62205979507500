import type { CodeProse } from '../../types';

/** English prose for 400-416, written from RFC 3261 §21.4. */
export const CLIENT_FAILURE_400_416: Readonly<Record<number, CodeProse>> = {
  400: {
    description:
      'The request could not be understood because its syntax is malformed (RFC 3261 §21.4.1). The reason phrase should say what is wrong, for example "400 Missing Call-ID"; the fault lies in the request, not in the server.',
    whenItAppears:
      'Sent by whichever element fails to parse the request: a proxy, SBC, registrar, B2BUA or the UAS itself, for any method. Usual causes: a missing mandatory header (To, From, Call-ID, CSeq, Via, Max-Forwards), a CSeq method that differs from the request method, a Content-Length that does not match the body (often a truncated UDP datagram), or a router SIP ALG that rewrote the message on the way.',
    howToFix: [
      'Read the reason phrase and any Warning header of the 400: most stacks name the offending header or value there.',
      "Capture the request where it was sent and where it was received (sngrep or tcpdump on both ends); if the two differ, an ALG, SBC or NAT device rewrote it, so disable the router's SIP ALG.",
      'Compare Content-Length with the real body size; a request larger than about 1300 bytes over UDP risks fragmentation, so move that path to TCP (RFC 3261 §18.1.1).',
      'Check the basics by eye: CSeq method equal to the request method, a Via branch starting with z9hG4bK, a From tag, and angle brackets around any URI that carries parameters.',
    ],
    shortFix: 'malformed request: read the reason phrase/Warning for the bad header, compare sent vs received',
    retry:
      'Do not resend the same request: a 4xx means it must be changed first (RFC 3261 §21.4). Fix the syntax and send a new request.',
    related: {
      403: '403 means the request was understood and refused; 400 means it could not be understood at all.',
      415: '415 means the message parsed but its body type or encoding is unsupported; 400 is a syntax error.',
      500: '500 is the server failing on a valid request; 400 puts the blame on the request.',
    },
    sentBy: ['proxy', 'registrar', 'UAS', 'B2BUA'],
    typicalMethods: [],
  },
  401: {
    description:
      'The request needs user authentication (RFC 3261 §21.4.2). The response carries a WWW-Authenticate header with a digest challenge (realm, nonce, optional qop and algorithm); the client answers by repeating the request with an Authorization header (RFC 3261 §22).',
    whenItAppears:
      'Sent by a registrar or a UAS (a PBX, a softswitch, a phone with authentication on), most often to the first REGISTER and to INVITE, SUBSCRIBE or MESSAGE from an endpoint. One 401 followed by the same request with Authorization and then a 200 is the normal digest handshake, not a fault; it is a fault only when the authenticated retry is challenged again or never sent.',
    howToFix: [
      'Find the retry: the same Call-ID with CSeq incremented and an Authorization header. If there is none, the UA has no credentials for this realm (for an Asterisk trunk or registration, check its `outbound_auth`).',
      'If the retry is challenged again, compare the Authorization username and realm with the account on the server; the realm must be the one from this WWW-Authenticate, not a locally configured guess.',
      'If the new challenge says stale=true, the password was right and only the nonce expired: the UA should recompute with the new nonce without asking the user.',
      'Check the digest fields: the uri parameter should name the Request-URI the server received (a server may reject a mismatch; RFC 2617 §3.2.2.5), qop=auth needs nc and cnonce, and the algorithm (MD5 or SHA-256, RFC 8760) must be one both sides support.',
    ],
    shortFix: 'digest challenge: resend with Authorization for this realm; a second 401 means bad credentials',
    retry:
      'Retry once with an Authorization header computed for the challenged realm and nonce. If that is challenged again without stale=true, the credentials are wrong: stop rather than loop.',
    related: {
      407: '407 comes from a proxy with Proxy-Authenticate and is answered with Proxy-Authorization; 401 comes from the UAS or registrar with WWW-Authenticate and is answered with Authorization.',
      403: '403 is a refusal that no credentials will change; 401 asks for credentials.',
    },
    sentBy: ['UAS', 'registrar'],
    typicalMethods: ['REGISTER', 'INVITE', 'SUBSCRIBE', 'MESSAGE'],
  },
  402: {
    description:
      'Reserved for future use (RFC 3261 §21.4.3): SIP defines no meaning for it. Some carriers and billing-linked softswitches send it anyway to say the account has no credit or is suspended for non-payment.',
    whenItAppears:
      "Seen on outbound INVITEs to a prepaid or billing-integrated provider, sent by the carrier's softswitch or B2BUA when the rating engine refuses the call. Because its use is non-standard, the reason phrase is the best clue to what the provider means.",
    howToFix: [
      'Read the reason phrase and any Warning or Reason header: providers that send 402 usually say "insufficient balance", "account suspended" or similar.',
      "Check the account balance and status in the provider's portal, and whether a per-destination or per-day spending cap was reached.",
      'Check which billing account the call was rated against: a wrong tech prefix, trunk credential or caller ID can select a different, empty account.',
      'If the provider uses 402 for something else, ask them for its meaning; it has no defined SIP semantics to fall back on.',
    ],
    shortFix: 'provider refused on billing grounds: check account balance, spending caps and the billed account',
    retry: 'Do not retry until the billing problem is fixed; a failover route through another provider is reasonable.',
    related: {
      403: '403 is the general policy refusal; 402, where used, is specifically about payment or credit.',
      603: "603 is the called user declining; 402 is the caller's own provider refusing to bill the call.",
    },
    sentBy: ['proxy', 'B2BUA'],
    typicalMethods: ['INVITE'],
  },
  403: {
    description:
      'The server understood the request and refuses to fulfil it; authorization will not help, and the request should not be repeated (RFC 3261 §21.4.4). STIR verification services also answer 403, with the reason phrase "Stale Date", when the request\'s Date header is older than their freshness policy allows (RFC 8224 §6.2.2, checked in step 4 of §6.2, which recommends 60 s); a full-form PASSporT whose iat is that old may get the same answer.',
    whenItAppears:
      "Sent by a registrar, proxy, SBC or UAS for any method when policy says no: REGISTER from a disallowed source or after a wrong digest response (many servers answer a bad password with 403 instead of a fresh 401), INVITE from an IP not on the trunk's allow-list, calls to barred destinations (international, premium rate), or a caller ID the carrier did not assign. Gateways map Q.850 causes 21, 55, 57 and 87 to 403, and 403 back to cause 21 (call rejected).",
    howToFix: [
      'Read the reason phrase: it often names the policy, such as "IP not allowed", "Wrong password" or "Stale Date".',
      'If the refused request carried Authorization or Proxy-Authorization, the credentials themselves were rejected: check the username, password and that the account is enabled.',
      "If no challenge came first, look at source-address policy: Asterisk pjsip `type=acl` sections (`permit`/`deny`), Kamailio `allow_source_address()` (permissions module) or the FreeSWITCH profile's `apply-inbound-acl`.",
      'For carrier rejections of outbound calls, check the destination against your allowed call classes and that From/P-Asserted-Identity carries a number the carrier assigned to you.',
      'For "403 Stale Date", compare the Date header of the refused request with the time the verifier received it: the element that wrote Date (the calling UA, or a B2BUA that re-originated the call) needs a correct clock (NTP), and a B2BUA that copies the Date of a call that has already waited (in an IVR or a queue) onto a new leg sends a stale one. With a full-form PASSporT, check its iat the same way, and that it was signed at send time.',
    ],
    shortFix: 'refused by policy, not by credentials: read the phrase, then check ACLs, account and caller ID',
    retry:
      'Do not retry: re-authenticating will not help (RFC 3261 §21.4.4). Change the request (account, destination, caller ID) or the server\'s policy first; for "Stale Date", send a new request with a current Date header and a freshly signed PASSporT.',
    related: {
      401: '401 is a challenge that credentials will satisfy; 403 is a refusal that credentials will not change.',
      407: '407 is a proxy asking for credentials; 403 is a refusal after, or regardless of, authentication.',
      603: '603 is the called user declining; 403 is a server or network policy refusing the request.',
      404: '404 says the user does not exist in the domain; 403 says the request is not allowed, whether or not the user exists.',
    },
    sentBy: ['registrar', 'proxy', 'UAS', 'B2BUA', 'STIR verifier'],
    typicalMethods: [],
  },
  404: {
    description:
      'The server has definitive information that the user does not exist in the domain of the Request-URI, or the domain itself is not one the server handles (RFC 3261 §21.4.5).',
    whenItAppears:
      'Sent by a proxy or registrar with no record for the AOR, by a PBX whose dial plan has no matching extension, and by PSTN gateways when the network reports an unassigned number (Q.850 causes 1, 2, 3 and 26 map to 404; 404 maps back to cause 1). Typical for INVITE, MESSAGE and SUBSCRIBE.',
    howToFix: [
      'Check the user part of the Request-URI as it arrived: number format (+E.164, national, leading 0 or 1, tech prefix) must match what the destination expects.',
      'Check the host part: it must be a domain the server treats as local (Kamailio `is_myself()` or the domain module), not an IP or alias it does not know.',
      "On a PBX, confirm the context the call lands in has an extension for that number (in Asterisk, the endpoint's `context` and `dialplan show`).",
      'If a Reason: Q.850;cause=1 header is present, the PSTN says the number is unassigned: verify the number, not your routing.',
    ],
    shortFix: 'user unknown in that domain: check number format and Request-URI domain against the dial plan',
    retry:
      'Do not resend the same Request-URI; correct the number or domain. Unlike 604, another server might still know the user.',
    related: {
      604: '604 says the user does not exist anywhere; 404 only speaks for this domain.',
      480: '480 means the user exists but cannot be reached now; 404 means the user is unknown.',
      410: '410 says the user existed and is permanently gone; 404 makes no claim about the past.',
      484: '484 means the number is incomplete and more digits are needed; 404 means the full address matches no one.',
    },
    sentBy: ['proxy', 'registrar', 'UAS', 'gateway'],
    typicalMethods: ['INVITE', 'MESSAGE', 'SUBSCRIBE'],
  },
  405: {
    description:
      'The method is understood but not allowed for the address in the Request-URI (RFC 3261 §21.4.6). The response must carry an Allow header listing the methods that are allowed.',
    whenItAppears:
      'Sent by a UAS, PBX or registrar that knows the method but does not accept it there: SUBSCRIBE for presence to a device without presence, MESSAGE or REFER to a trunk or SBC that leaves them out of its allowed methods, PUBLISH to a server that is not an event state compositor. Gateways map it to Q.850 cause 63 (service or option not available).',
    howToFix: [
      'Read the Allow header of the 405 and compare it with the method that was refused.',
      'What produces a 405 is the method missing from the methods the server allows for that address, the list it must send back in Allow (RFC 3261 §21.4.6). If the peer should accept the method, add it to that list on the peer (for example the allowed-methods setting of an SBC or B2BUA that filters methods). Feature switches that refuse a request by policy answer with other codes, so do not look for them behind a 405: Asterisk pjsip, for example, answers 603 when `allow_subscribe` or `allow_transfer` is off.',
      'If the method is optional, stop sending it to that peer, for example use CRLF keepalives instead of OPTIONS to a device that refuses OPTIONS.',
      'Check the Request-URI: a method allowed for a user AOR may be refused when it is sent to a service or conference URI.',
    ],
    shortFix: "method not allowed for this URI: use one that Allow lists, or add it to the peer's allowed set",
    retry: 'Do not repeat the same method to that URI; use one the Allow header lists.',
    related: {
      501: '501 means the server does not implement the method at all; 405 means it knows the method but refuses it for this URI.',
      489: '489 answers a SUBSCRIBE whose event package is unknown; 405 refuses the method itself.',
    },
    sentBy: ['UAS', 'registrar', 'B2BUA'],
    typicalMethods: ['SUBSCRIBE', 'MESSAGE', 'PUBLISH', 'REFER', 'OPTIONS'],
  },
  406: {
    description:
      'The resource can only produce response bodies whose content type is not acceptable according to the Accept header of the request (RFC 3261 §21.4.7).',
    whenItAppears:
      'Rare in practice. Sent by a UAS or presence server when the Accept header of a SUBSCRIBE or OPTIONS lists only formats it cannot produce, for example a watcher accepting only application/pidf+xml from a server that produces another presence format. Gateways map it to Q.850 cause 79.',
    howToFix: [
      "Compare the request's Accept header with the body types the server can produce (its documentation, or the Accept it sends in its own requests).",
      "Add a format the server produces to the client's Accept list.",
      'For SUBSCRIBE, check Event and Accept belong together: presence with application/pidf+xml, dialog with application/dialog-info+xml, message-summary with application/simple-message-summary.',
      'If the problem is an SDP codec mismatch, look at 488 instead: 406 is only about Accept.',
    ],
    shortFix: 'server cannot produce any type in your Accept header: widen Accept or match it to the Event',
    retry: 'Retry only with an Accept header that includes a format the server can produce.',
    related: {
      488: '488 rejects the SDP offer (codecs, media); 406 is about the Accept header for response bodies.',
      415: "415 rejects the request's own body type; 406 rejects the response types the client will accept.",
      606: '606 says the session description is unacceptable at every endpoint; 406 is this server and the Accept header.',
    },
    sentBy: ['UAS', 'presence server'],
    typicalMethods: ['SUBSCRIBE', 'OPTIONS'],
  },
  407: {
    description:
      'Like 401, but the client must first authenticate with a proxy (RFC 3261 §21.4.8). The proxy sends a Proxy-Authenticate header with its digest challenge; the client repeats the request with a Proxy-Authorization header (RFC 3261 §22.3).',
    whenItAppears:
      'Sent by a proxy or a B2BUA acting as one, typically to every new out-of-dialog INVITE, and to SUBSCRIBE, MESSAGE or REFER: carrier edge proxies, Kamailio/OpenSIPS with `proxy_challenge()`, FreeSWITCH challenging calls from its registered users. One 407 then an authenticated INVITE is the normal flow.',
    howToFix: [
      'Check the retry uses Proxy-Authorization, not Authorization: a UA that answers a 407 with the wrong header is challenged forever.',
      'Check the ACK for the 407 was sent and the retried INVITE keeps the Call-ID and From tag with CSeq incremented.',
      'With more than one proxy in the path, each may challenge with its own realm: the retry needs one Proxy-Authorization per challenged realm.',
      'For trunks, set the outbound credentials (Asterisk pjsip endpoint `outbound_auth`, FreeSWITCH gateway `username`/`password`); if the carrier authenticates by IP instead, a steady 407 means your source address is not on its list.',
    ],
    shortFix: 'proxy challenge: resend with Proxy-Authorization for the realm in Proxy-Authenticate',
    retry:
      'Retry once with Proxy-Authorization for each challenged realm. A second 407 without stale=true means wrong credentials: stop.',
    related: {
      401: '401 comes from the UAS or registrar with WWW-Authenticate and is answered with Authorization; 407 comes from a proxy and is answered with Proxy-Authorization.',
      403: '403 will not accept any credentials; 407 is waiting for them.',
    },
    sentBy: ['proxy', 'B2BUA'],
    typicalMethods: ['INVITE', 'SUBSCRIBE', 'MESSAGE', 'REFER'],
  },
  408: {
    description:
      'The server could not produce a final response within a suitable time, for example because it could not locate the user in time (RFC 3261 §21.4.9). It is a timer expiring on the server side, not a network timeout observed by the client.',
    whenItAppears:
      'Sent by a proxy when its INVITE timer runs out: the callee rang with no answer until a configured no-answer timer fired (Kamailio tm `fr_inv_timer`; RFC 3261 §16.8 would instead CANCEL a branch that sent a provisional response), or the next hop never answered at all (Kamailio tm `fr_timer`; §16.8 treats such a branch as if it had received a 408). Registrars send it when a back end is too slow. Many UAs also log a "408" they made up themselves when their own transaction timed out (Timer B or F, 32 s); that one was never on the wire. Q.850 cause 18 maps to 408, and 408 maps to cause 102.',
    howToFix: [
      "Decide who produced it: a 408 received as a message (with a To tag, and often a Server header, from whoever generated it) comes from a downstream timer; a 408 only in the UA's own log, with nothing received, means no response reached the UA at all.",
      "If 180 Ringing came first, the callee rang out: raise the proxy's no-answer timer or add a no-answer forward to voicemail.",
      'If nothing provisional came back, the next hop is unreachable: check the stale Contact in the location table, NAT keepalives for registered phones, and DNS SRV targets.',
      'For a locally generated 408, capture on the wire: did the request leave, and did responses go to the wrong port (check rport and the Via sent-by)?',
    ],
    shortFix: 'no final answer in time: check whether a downstream timer or your own transaction timed out',
    retry:
      'The client may repeat the request later without changes (RFC 3261 §21.4.9); for INVITE prefer another contact or route first, and do not retry in a tight loop.',
    related: {
      504: '504 means a server it consulted (DNS, location service, next server) did not answer in time; 408 means no final response for the request itself.',
      480: '480 says the callee is known but unavailable; 408 says nothing decisive came back in time.',
      487: '487 follows a CANCEL, when the caller gave up first; 408 is a server timer expiring with no CANCEL.',
    },
    sentBy: ['proxy', 'registrar', 'B2BUA'],
    typicalMethods: ['INVITE', 'REGISTER'],
  },
  410: {
    description:
      'The user existed but is no longer available at this server, no forwarding address is known, and the condition is expected to be permanent (RFC 3261 §21.4.10). A server that cannot tell whether it is permanent should send 404 instead.',
    whenItAppears:
      'Sent by a proxy, registrar or PSTN gateway for a deprovisioned account or disconnected number. Gateways map Q.850 causes 22 (number changed) and 23 (redirection to new destination) to 410, and 410 back to cause 22. Typical for INVITE and MESSAGE.',
    howToFix: [
      'Treat it as a directory problem: remove or update the number in contacts, speed dials and routing tables.',
      'If Reason: Q.850;cause=22 is present, the number changed: ask for the new number (the network may announce it in early media).',
      "If the number should be live (recently ported), check the number-portability lookup and the carrier's route: stale porting data sends calls to the old carrier, which answers 410.",
      'On your own PBX, check that the DID or extension was not deleted while still published.',
    ],
    shortFix: 'number or user permanently gone: update the directory entry or check porting data',
    retry: 'Do not retry: the condition is permanent. Update the address instead.',
    related: {
      404: '404 says the user is unknown here; 410 says the user existed and is gone for good.',
      301: '301 gives the new permanent address in Contact; 410 knows no forwarding address.',
      604: '604 says the user does not exist anywhere; 410 speaks only for this server.',
    },
    sentBy: ['proxy', 'registrar', 'gateway', 'UAS'],
    typicalMethods: ['INVITE', 'MESSAGE'],
  },
  412: {
    description:
      "A conditional request failed (RFC 3903 §11.2.1): the entity tag in the PUBLISH request's SIP-If-Match header does not match any publication the event state compositor holds, because it is unknown or has expired.",
    whenItAppears:
      "Sent by an event state compositor (a presence server such as Kamailio's presence module, or an IMS presence server) to a PUBLISH that refreshes, modifies or removes earlier state: the publication expired before the refresh, the server restarted and lost its state, a cluster sent the refresh to a node without that state, or the client reused an old entity tag.",
    howToFix: [
      'Compare SIP-If-Match with the SIP-ETag of the latest 200 OK to PUBLISH: every successful PUBLISH returns a new entity tag, and the next request must use that one.',
      'Check refresh timing against the Expires in the 200 OK (the server may shorten the requested value); the refresh must arrive before it runs out.',
      'In a cluster, check presence state is shared between nodes (one database) or that PUBLISH refreshes stick to one node.',
      'Recover by sending an initial PUBLISH with no SIP-If-Match and the full state in the body.',
    ],
    shortFix: 'unknown or expired PUBLISH entity tag: send an initial PUBLISH without SIP-If-Match',
    retry:
      'Do not repeat the conditional PUBLISH. Send a new initial PUBLISH without SIP-If-Match and with the full state body (RFC 3903).',
    related: {
      481: '481 is for dialogs and transactions that do not exist; a PUBLISH with an unknown entity tag gets 412, not 481.',
      489: '489 means the event package in the Event header is not supported; 412 means the package is fine but the entity tag is unknown.',
    },
    sentBy: ['presence server', 'ESC'],
    typicalMethods: ['PUBLISH'],
  },
  413: {
    description:
      'The server refuses the request because its body is larger than it is willing or able to process (RFC 3261 §21.4.11). It may close the connection; if the condition is temporary it should include Retry-After.',
    whenItAppears:
      'Sent by a UAS, proxy or B2BUA with a body-size limit: large SDP offers (many codecs, many ICE candidates, several video streams), multipart bodies carrying SDP plus ISUP or PIDF-LO, big MESSAGE payloads, and NOTIFYs with large resource lists. Gateways map it to Q.850 cause 127.',
    howToFix: [
      'Compare the Content-Length of the refused request with the limit the server documents or enforces.',
      'Trim the body: offer fewer codecs, drop unused video m-lines and redundant ICE candidates, strip multipart parts the peer does not need (such as an ISUP body).',
      'Keep MESSAGE requests small: outside a media session RFC 3428 §8 limits the whole request, headers included, to 1300 bytes unless the sender knows every hop is congestion controlled; send larger content another way (MSRP, or a link).',
      'If the 413 carries Retry-After, the limit is temporary: wait that long before resending.',
    ],
    shortFix: 'request body too large for the server: trim SDP/multipart parts or shrink the payload',
    retry:
      'Do not resend the same body; make it smaller. With Retry-After, the same request may be retried after that interval.',
    related: {
      513: '513 says the whole message is too large for the server; 413 is about the request body.',
      414: '414 is about the Request-URI length; 413 is about the body.',
    },
    sentBy: ['UAS', 'proxy', 'B2BUA'],
    typicalMethods: ['INVITE', 'MESSAGE', 'NOTIFY', 'PUBLISH'],
  },
  414: {
    description: 'The Request-URI is longer than the server is willing to interpret (RFC 3261 §21.4.12).',
    whenItAppears:
      'Sent by a proxy, registrar or UAS when the Request-URI has grown: long URI parameters or escaped headers (?Replaces=...) copied from a Contact or Refer-To, application data packed into the user part, or a routing loop in which each hop adds a prefix or parameter. Gateways map it to Q.850 cause 127.',
    howToFix: [
      'Measure the Request-URI and find which part grew: the user part, the uri-parameters or the ?headers part.',
      'Compare the Request-URI hop by hop: a prefix or parameter added again at every hop points to a routing loop.',
      'Move bulky data out of the URI into a header or the body.',
      'Strip embedded ?header=value parts from Contact or Refer-To URIs before they are copied into a Request-URI.',
    ],
    shortFix: 'the Request-URI is too long: find the part that grows (loop, parameters, headers) and trim it',
    retry: 'Retry only with a shorter Request-URI.',
    related: {
      413: '413 is about the body size; 414 is only the Request-URI.',
      416: '416 rejects the URI scheme; 414 rejects the URI length.',
    },
    sentBy: ['proxy', 'registrar', 'UAS'],
    typicalMethods: [],
  },
  415: {
    description:
      'The server refuses the request because the body is in a format it does not support for this method (RFC 3261 §21.4.13). The response must list what it does accept with an Accept, Accept-Encoding or Accept-Language header, depending on which part failed.',
    whenItAppears:
      'Sent by a UAS, B2BUA or gateway: an INVITE with a multipart SDP+ISUP body to a device that expects only application/sdp, a compressed body (Content-Encoding: gzip), INFO with a DTMF body type the peer does not know, MESSAGE or NOTIFY with an unsupported type. Gateways map it to Q.850 cause 79.',
    howToFix: [
      'Read which header the 415 carries (Accept, Accept-Encoding or Accept-Language) to see whether the type, the encoding or the language failed.',
      "Compare it with the request's Content-Type, Content-Encoding and Content-Language.",
      'Make the sender produce an accepted body: strip ISUP bodies toward plain SIP peers, turn off body compression, or send DTMF as RFC 4733 events instead of SIP INFO.',
      'For multipart bodies, check the receiver lists multipart/mixed in its Accept header.',
    ],
    shortFix: 'body type or encoding not supported: send one listed in the Accept header of the 415',
    retry: 'Retry with a body in a format the Accept, Accept-Encoding or Accept-Language header of the 415 allows.',
    related: {
      488: '488 means the SDP was read but its media or codecs are unacceptable; 415 means the body type itself is not supported.',
      406: "406 is about the types allowed in responses; 415 is about the request's own body.",
    },
    sentBy: ['UAS', 'B2BUA', 'gateway'],
    typicalMethods: ['INVITE', 'MESSAGE', 'INFO', 'NOTIFY', 'PUBLISH'],
  },
  416: {
    description:
      'The server cannot process the request because the scheme of the Request-URI is unknown to it (RFC 3261 §21.4.14).',
    whenItAppears:
      'Sent by a proxy, registrar or UAS that receives a tel: URI while it handles only sip:, a sips: URI without TLS support, urn:service URIs on a server that does no emergency routing, or a garbled scheme such as "sip:sip:". Gateways map it to Q.850 cause 127.',
    howToFix: [
      'Read the scheme of the Request-URI as received and check the next hop supports it.',
      "Convert tel: numbers to sip:+number@domain;user=phone in the sender's dial plan, or enable tel: handling on the server.",
      'For sips:, set up TLS on every hop, or use a sip: URI if end-to-end TLS is not required.',
      "Trace where the URI came from (Contact, Refer-To, a 3xx Contact): a malformed value copied into the Request-URI is the sender's bug.",
    ],
    shortFix: 'the Request-URI scheme (tel:, sips:, urn:) is not supported here: convert it or enable it',
    retry: 'Retry with a Request-URI in a scheme the server supports.',
    related: {
      400: '400 is a malformed request; 416 is a well-formed URI whose scheme the server does not handle.',
      414: '414 rejects the URI for its length; 416 for its scheme.',
    },
    sentBy: ['proxy', 'registrar', 'UAS'],
    typicalMethods: [],
  },
};
