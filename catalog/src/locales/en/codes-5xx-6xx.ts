import type { CodeProse } from '../../types';

/** English prose for 500-608. Written from the RFCs. */
export const SERVER_GLOBAL_FAILURE: Readonly<Record<number, CodeProse>> = {
  500: {
    description:
      'The server hit an unexpected condition and could not fulfil the request (RFC 3261 §21.5.1). The fault is on the server side; it may add Retry-After when the condition is temporary. Vendors often put the real cause in the reason phrase.',
    whenItAppears:
      'Sent by any UAS, proxy or B2BUA after an internal failure: a script or database error, a crash in a module, a licence or channel limit (for example "500 Trunk concurrent call limit exceeded"). A UAS must also answer 500 with Retry-After of 0-10 s to a second INVITE that arrives on a dialog while it has not yet answered an earlier one (RFC 3261 §14.2). A proxy whose best response is a 503 normally sends 500 upstream instead (RFC 3261 §16.7).',
    howToFix: [
      'Read the reason phrase and any Warning header first: many servers state the real cause there (channel limit, database down, licence).',
      'If the 500 answers a re-INVITE and carries Retry-After between 0 and 10 s, two INVITE transactions overlapped on the dialog (RFC 3261 §14.2); if it answers an UPDATE, the UPDATE carried an offer while another offer was still unanswered (RFC 3311 §5.2). Serialise the offers and resend after the delay.',
      'If a proxy sent it, look at its downstream leg: a 503 from the next hop is turned into 500 on the way up (RFC 3261 §16.7), so the real failure is further down.',
      "Match the timestamp in the sender's own log (Asterisk full log, Kamailio ERROR lines in syslog, fs_cli console) to find the script or module error behind it.",
    ],
    shortFix: "server-side failure: read the phrase/Warning, then the sender's log at that timestamp",
    retry:
      'A client may retry after a few seconds, or after Retry-After when present; a proxy may try another server. Do not retry at once in a tight loop.',
    related: {
      503: '503 means overloaded or in maintenance and invites failover; 500 is an unexpected internal fault (and is what a proxy sends up in place of a downstream 503).',
      400: "400 blames the request's syntax; 500 blames the server.",
      491: '491 is glare, where both sides sent a re-INVITE; 500 with Retry-After is for a second INVITE arriving while the first is still unanswered.',
    },
    sentBy: ['UAS', 'proxy', 'B2BUA'],
    typicalMethods: [],
  },
  501: {
    description:
      'The server does not support the functionality the request needs, typically because it does not implement the method at all (RFC 3261 §21.5.2). Proxies forward any method, so a 501 normally comes from the UAS itself.',
    whenItAppears:
      'Sent by a UAS, phone, gateway or B2BUA receiving a method it does not implement: UPDATE, PRACK, INFO, MESSAGE, SUBSCRIBE, PUBLISH or REFER sent to a simple device. PSTN gateways also map Q.850 causes 29 and 79 to 501 (RFC 3398).',
    howToFix: [
      'Check the method in the CSeq of the 501 and compare it with the Allow header the peer sent earlier (in its 200 to INVITE or to OPTIONS): a method missing from Allow should not be sent.',
      'Adjust your side to methods the peer supports: send DTMF as RFC 4733 events (Asterisk `dtmf_mode=rfc4733`) instead of INFO, and refresh sessions with re-INVITE if UPDATE is not allowed.',
      'If the peer should support the method, enable it there (for example MESSAGE or SUBSCRIBE handling on a PBX endpoint) and confirm with an OPTIONS request that Allow now lists it.',
    ],
    shortFix: 'peer does not implement this method: check its Allow header and avoid or enable the method',
    retry:
      'Do not resend the same method to that UAS; use an alternative the peer supports, as listed in its Allow header.',
    related: {
      405: '405 means the server knows the method but does not allow it for this resource and lists allowed ones in Allow; 501 means it does not implement the method at all.',
      420: '420 rejects an extension named in Require or Proxy-Require; 501 rejects the method itself.',
    },
    sentBy: ['UAS', 'gateway', 'B2BUA'],
    typicalMethods: [],
  },
  502: {
    description:
      'The server, acting as a gateway or proxy, got an invalid response from the downstream server it used to fulfil the request (RFC 3261 §21.5.3). The problem lies beyond the sender, on its next hop.',
    whenItAppears:
      'Sent by SBCs, B2BUAs and PSTN gateways when the far side answered with something unusable (unparsable message, broken SDP, protocol error), and by gateways mapping Q.850 cause 27 "destination out of order" (RFC 3398).',
    howToFix: [
      'Capture the downstream leg of the sender (its next hop, not your side) and look at what came back there: malformed headers, an SDP the SBC could not parse, or a transport error.',
      'For PSTN calls, read the Reason header: `Reason: Q.850;cause=27` means the destination line or trunk is out of order, which only the terminating carrier can fix.',
      'Check the SBC or gateway log for parse or normalisation errors at that time; header manipulation rules that produce invalid messages are a common cause.',
    ],
    shortFix: "the sender's next hop answered badly: trace that leg (Q.850 27 = destination out of order)",
    retry:
      'A client or proxy may try another route or gateway; retrying the same path usually fails the same way until the downstream fault is fixed.',
    related: {
      503: '503 says the sender itself is unavailable; 502 says the sender was fine but its downstream server answered invalidly.',
      504: '504 says the downstream server did not answer in time; 502 says it answered with something invalid.',
    },
    sentBy: ['gateway', 'proxy', 'B2BUA'],
    typicalMethods: [],
  },
  503: {
    description:
      'The server is temporarily unable to handle the request because of overload or maintenance (RFC 3261 §21.5.4). It may say when to retry in Retry-After; without it the client must act as for 500. A client should send the request to an alternate server instead.',
    whenItAppears:
      'Sent by overloaded or draining proxies, PBXs and SBCs, by trunks out of channels, and by gateways mapping Q.850 causes 34, 38, 41, 42 and 47 (RFC 3398). FreeSWITCH answers "503 Maximum Calls In Progress" (with Retry-After: 300) when `max-sessions` or `sessions-per-second` is exceeded. pjsip-based UAs, Asterisk included, also report local transport failures as 503 without any 503 on the wire.',
    howToFix: [
      'Check whether the 503 crossed the wire: find a `SIP/2.0 503` from the peer in the capture. If there is none, your own stack generated it for a transport failure (TCP connect refused, no route, DNS failure).',
      "Honour Retry-After and look at the sender's capacity limits: FreeSWITCH `max-sessions` and `sessions-per-second` in switch.conf.xml, a provider's channel limit named in the reason phrase.",
      'Make failover work: publish several DNS SRV targets, or in Kamailio use dispatcher `ds_next_dst()` in the failure_route on 503 and `ds_mark_dst()` to take the failing node out.',
      'If the peer is known to be down, confirm with its OPTIONS keep-alive state (Asterisk `pjsip show aors` with `qualify_frequency`, FreeSWITCH `sofia status gateway <name>`).',
    ],
    shortFix: 'server overloaded or down: honour Retry-After and fail over to another server',
    retry:
      'Try an alternate server as RFC 3263 DNS SRV ordering allows, and send nothing to this server for the Retry-After period. Without Retry-After, handle it as 500. A proxy should not pass 503 upstream unless later requests would get it too; when a 503 is the only response it received, it should send 500 (RFC 3261 §16.7).',
    related: {
      500: '500 is an unexpected internal fault; 503 is a known, temporary overload or maintenance state that invites failover.',
      502: "502 blames an invalid answer from the sender's downstream server; 503 says the sender itself cannot serve now.",
      480: '480 is about the callee, who is not reachable now; 503 is about the server, which cannot process requests now.',
    },
    sentBy: ['proxy', 'UAS', 'gateway', 'B2BUA'],
    typicalMethods: [],
  },
  504: {
    description:
      'The server did not get a timely answer from an external server it needed to process the request (RFC 3261 §21.5.5). That external server can be another SIP hop or a back end such as a location service, database or policy server.',
    whenItAppears:
      'Sent by proxies, application servers and B2BUAs whose back-end query (HSS/Diameter, database, HTTP routing API, next SIP hop) timed out; by gateways mapping Q.850 cause 102 "recovery on timer expiry" (RFC 3398). The PRACK timeout is a different failure: a UAS whose reliable 18x goes unacknowledged for 64*T1 rejects the INVITE with a 5xx, and RFC 3262 §3 does not say which, so the stack picks the code; nothing makes it a 504.',
    howToFix: [
      "Find which external server timed out: read the Warning or Reason header and the sender's log for the back end it was waiting on (database, Diameter peer, HTTP API, next hop).",
      'A 5xx about 32 s (64*T1) after a reliable 18x, of whatever code, may be the PRACK timeout of RFC 3262 §3 rather than a back end: check that the PRACK reached the UAS (its Request-URI is the 18x Contact, its Route set is built from the 18x Record-Route).',
      'Keep back-end timeouts shorter than the SIP transaction timers, for example Kamailio `http_client` or database timeouts well under `fr_timer`, so the proxy can still fail over in time.',
    ],
    shortFix: "an external server the sender relied on timed out: find which one in the sender's log",
    retry: 'A client may retry later or try another server; retrying immediately hits the same slow back end.',
    related: {
      408: "408 means no final response came in time for this request; 504 means the server's own external look-up timed out.",
      502: '502 means the downstream server answered invalidly; 504 means it did not answer in time.',
    },
    sentBy: ['proxy', 'B2BUA', 'gateway', 'UAS'],
    typicalMethods: [],
  },
  505: {
    description:
      'The server does not support, or refuses, the SIP version in the request (RFC 3261 §21.5.6). Only SIP/2.0 exists in practice, so a 505 almost always means the request line is not what it should be.',
    whenItAppears:
      "Sent when the Request-Line or Via carries something other than `SIP/2.0`: a hand-written or fuzzed message, a broken ALG rewriting the first line, or a scanner. Kamailio's sanity module (`sanity_check()`) answers 505 when the version check fails.",
    howToFix: [
      'Look at the exact Request-Line and Via sent-protocol bytes: they must read `SIP/2.0` and `SIP/2.0/UDP` (or TCP, TLS); check case and stray characters.',
      'Capture on both sides of any NAT or firewall with a SIP ALG: if the message left the client correct and arrived mangled, disable the ALG.',
      'If the requests come from unknown sources probing port 5060, treat them as scanning: rate-limit or block them (Kamailio `pike`, fail2ban) rather than fixing anything.',
    ],
    shortFix: 'request line is not SIP/2.0: check for a mangling ALG, a broken client or a scanner',
    retry: 'Do not resend unchanged; fix the request line. There is no other SIP version to fall back to.',
    related: {
      400: '400 covers any malformed request; 505 singles out the version in the request line.',
    },
    sentBy: ['UAS', 'proxy'],
    typicalMethods: [],
  },
  513: {
    description:
      'The server could not process the request because the message is longer than it can handle (RFC 3261 §21.5.7). It concerns the whole message, headers and body together.',
    whenItAppears:
      'Seen when large messages travel over UDP: INVITEs with many codecs, ICE candidates or multipart bodies, or requests that have collected many Via, Record-Route and vendor headers through B2BUAs. RFC 3261 §18.1.1 says a request larger than 1300 bytes, when the path MTU is unknown, must go over a congestion-controlled transport such as TCP.',
    howToFix: [
      'Check the message size, for example the byte count in the capture or logger banner: above about 1300 bytes the sender should have switched to TCP (RFC 3261 §18.1.1).',
      'Move that peer to TCP or TLS: Asterisk endpoint `transport` pointing to a TCP transport, FreeSWITCH gateway `register-transport=tcp` (or `;transport=tcp` on its proxy), Kamailio `udp_mtu` with `udp_mtu_try_proto=TCP`.',
      'Trim the message: remove unused codecs (Asterisk `allow`/`disallow`), unneeded ICE candidates and vendor headers that B2BUAs copy across legs.',
    ],
    shortFix: 'message too big for the receiver: move the peer to TCP/TLS or trim codecs and headers',
    retry: 'Do not resend the same message over the same transport; resend over TCP or TLS, or shorten it first.',
    related: {
      413: '413 complains about the body (entity) size; 513 about the whole message.',
    },
    sentBy: ['UAS', 'proxy'],
    typicalMethods: [],
  },
  555: {
    description:
      'The server does not support the push notification service named in the `pn-provider` URI parameter of the request (RFC 8599). Repeating the request with the same provider fails the same way.',
    whenItAppears:
      'Sent by a SIP proxy to a REGISTER from a mobile UA whose Contact URI carries `pn-provider`, `pn-prid` and possibly `pn-param`, asking the network to wake the app by push, when the named service (for example apns, fcm or webpush) is not one it supports and it knows from its configuration that no proxy further on supports it either; otherwise it forwards the REGISTER (RFC 8599 §5.6.1).',
    howToFix: [
      'Read the Contact URI parameters of the REGISTER: note the `pn-provider` value and compare it with the push services the proxy is configured for.',
      'Check a successful registration from another client: the 2xx carries `Feature-Caps` with `+sip.pns` naming the push service the proxy does support.',
      'Either configure the app to use a supported provider, or register without the `pn-*` parameters and keep the UA reachable by other means (a persistent flow with keep-alives, RFC 5626 outbound).',
    ],
    shortFix: 'proxy cannot use the pn-provider named in Contact: pick a supported provider or drop pn-*',
    retry:
      'Do not repeat the REGISTER with the same `pn-provider`; change the provider or register without push parameters.',
    related: {
      480: '480 means the user cannot be reached now, for example a woken app that did not register in time; 555 means the push service itself is unsupported.',
      501: '501 means a method is not implemented; 555 means the method is fine but the named push service is not available.',
    },
    sentBy: ['proxy'],
    typicalMethods: ['REGISTER'],
  },
  580: {
    description:
      'The UAS cannot or will not meet the preconditions required by the session offer, typically QoS resource reservation (RFC 3312 §8). The response should carry an SDP describing which preconditions failed.',
    whenItAppears:
      'Seen mostly in IMS and VoLTE/VoNR: a UE or network element answers an INVITE (or UPDATE) with 580 when the dedicated bearer for voice could not be set up, or when mandatory preconditions in the offer cannot be satisfied.',
    howToFix: [
      'Read the SDP in the 580: a=des lines with strength "failure" say which precondition (qos e2e, local or remote; send or recv) failed.',
      'In IMS, check bearer setup at the time of the call: the Rx exchange between P-CSCF and PCRF (AAR/AAA) and whether the dedicated voice bearer was created.',
      'Compare a=curr with a=des through the 183/PRACK/UPDATE exchange to see which direction never reached the desired status.',
      'If the offer used `Require: precondition` towards peers that do not need QoS, make the preconditions optional (the `a=des` strength-tags and `Supported: precondition` instead of Require, RFC 3312 §11) so they can proceed without it.',
    ],
    shortFix: 'required preconditions (usually QoS) failed: read a=des "failure" lines; check bearer setup',
    retry:
      'Do not resend the same offer at once; retry only once resources are available, or offer the session without mandatory preconditions.',
    related: {
      488: '488 rejects the session description itself; 580 accepts the media but cannot meet the preconditions attached to it.',
      420: '420 rejects the precondition extension when it is listed in Require and unsupported; 580 means preconditions were understood but could not be met.',
    },
    sentBy: ['UAS', 'UE', 'B2BUA'],
    typicalMethods: ['INVITE', 'UPDATE'],
  },
  600: {
    description:
      'The callee was reached but is busy and does not want to take the call now, and the server knows no other device or voicemail will answer (RFC 3261 §21.6.1). Retry-After may suggest a better time. As a 6xx it ends the search for the callee.',
    whenItAppears:
      "Sent by a home server or PBX that knows all of the callee's devices and that none can take the call, or by a phone configured to answer busy globally. Forking proxies cancel their other branches when it arrives.",
    howToFix: [
      'See who sent it (Via, Server or User-Agent): a single phone answering 600 instead of 486 stops forking and voicemail for the whole user, which is usually a device misconfiguration.',
      'Check Retry-After for when the callee expects to be free.',
      'If busy calls should reach voicemail, the callee side must send 486 so the proxy can route on, or route busy calls to voicemail before answering 600.',
      'Explains why other devices stopped ringing: a forking proxy that receives a 6xx cancels all pending branches (RFC 3261 §16.7).',
    ],
    shortFix: 'busy on every device: do not try elsewhere; use 486 on the callee side if voicemail should answer',
    retry:
      'Do not try other locations or routes: a 6xx ends the search (RFC 3261 §16.7, §21.6). Retry later, after Retry-After if given.',
    related: {
      486: '486 is busy at this device only, so other devices or voicemail may still answer; 600 is busy everywhere.',
      603: '603 is an explicit decline without giving busy as the reason; 600 says the callee is busy.',
      480: '480 says the callee is not reachable right now; 600 says the callee was reached and is busy.',
    },
    sentBy: ['UAS', 'PBX'],
    typicalMethods: ['INVITE'],
  },
  603: {
    description:
      "The callee's device was reached and the user explicitly does not want to, or cannot, take part in the call; no other device will accept it either (RFC 3261 §21.6.2). Retry-After may suggest a better time. It carries no judgement about the caller.",
    whenItAppears:
      'Sent by a phone when the user presses reject or decline (some phones send 486 instead), by PBXs enforcing do-not-disturb or call barring, and by B2BUAs mapping Q.850 cause 21 "call rejected": FreeSWITCH sends 603 for CALL_REJECTED, while RFC 3398 §7.2.4.1 maps cause 21 to 403 and says a 603 could be given instead when the cause location is the user. Reason phrases vary ("603 Nothing listening").',
    howToFix: [
      'Establish whether a user acted: decline button, DND set to reject, or a barring rule on the PBX. Phones differ, so a decline may appear as 603 on one model and 486 on another.',
      "Read the Reason header (often `Q.850;cause=21`) and the sender's Server or User-Agent to see whether a person or a rule declined.",
      'Because it is a 6xx, forking stops and no voicemail fallback happens unless the failure handling catches it: FreeSWITCH `continue_on_fail`, Kamailio `t_check_status("603")` in the failure_route.',
      'If a carrier answers 603 to your outbound calls, check whether it is really spam blocking: those should come as 607 or 608, and a 603 gives no redress path.',
    ],
    shortFix: "callee declined: do not try elsewhere; check the user's reject/DND or barring rules",
    retry:
      'Do not try other devices or routes (RFC 3261 §16.7, §21.6); call again later, after Retry-After if present.',
    related: {
      607: '607 says the called user marked this call unwanted, which the network may weigh when handling future calls from that caller (for global filters only if the caller was authenticated, RFC 8197 §6); 603 declines without saying why.',
      608: '608 is a rejection by an intermediary such as an analytics engine, with a jCard for redress; 603 comes from the callee side.',
      486: '486 is "busy at this device", so others may still answer; 603 is a decline that ends the search.',
      600: '600 gives busy as the reason; 603 hides the reason.',
      403: "403 is a policy refusal by the server, for this request; 603 is the user's decision, valid for every device.",
      480: '480 says the callee was not reachable; 603 says the callee was reached and said no.',
    },
    sentBy: ['UAS', 'PBX', 'B2BUA'],
    typicalMethods: ['INVITE'],
  },
  604: {
    description:
      'The server has authoritative information that the user in the Request-URI does not exist anywhere (RFC 3261 §21.6.3). Unlike 404, it speaks for every location of that user.',
    whenItAppears:
      'Sent by a home server or carrier that owns the number or domain, for example for unallocated or ported-out numbers. Gateways map it to Q.850 cause 1 "unallocated number".',
    howToFix: [
      'Check the number format in the Request-URI and To: E.164 with a leading +, or the national format the carrier expects; a wrong prefix turns a valid number into one that "does not exist".',
      "Ask the carrier whether the number is deactivated or ported; a 604 from the number's owner is authoritative.",
      'Do not fail over to another carrier with the same digits: if the number format was wrong, fix the normalisation in the dial plan instead.',
    ],
    shortFix: 'number or user does not exist anywhere: check the dialled format, do not try other routes',
    retry: 'Do not retry the same URI anywhere (RFC 3261 §21.6); correct the address first.',
    related: {
      404: '404 says the user is not known here, so other servers may know them; 604 says they exist nowhere.',
      410: '410 says the user existed once at this address; 604 says there is no such user at all.',
    },
    sentBy: ['UAS', 'proxy', 'gateway'],
    typicalMethods: ['INVITE'],
  },
  606: {
    description:
      'The callee was reached and wants to communicate, but cannot support the session as described, such as its media, bandwidth or addressing (RFC 3261 §21.6.4). A Warning header may list the reasons. As a 6xx it says no other device will do better.',
    whenItAppears:
      "Sent by a UAS or the callee's home server when no device of the user can accept the offered SDP: only video offered to audio-only endpoints, SRTP required where none is supported, no common codec.",
    howToFix: [
      'Read the Warning header codes: 304 media type not available, 305 incompatible media format, 370 insufficient bandwidth point at what to change.',
      "Compare the offer's m= lines and codecs with what the callee supports, and include a common codec such as G.711; do not insist on RTP/SAVP unless the peer supports SRTP.",
      "If some of the user's devices could accept the session, the callee side should send 488, not 606, so forking can continue.",
    ],
    shortFix: 'no device of the callee can accept this SDP: read Warning codes and offer common media',
    retry:
      'Do not try other locations with the same offer (RFC 3261 §21.6); send a new INVITE with a session description the callee can support.',
    related: {
      488: '488 says this device cannot accept the session, so others might; 606 says none can.',
      406: '406 is about the Accept header of the request; 606 is about the session description.',
    },
    sentBy: ['UAS'],
    typicalMethods: ['INVITE'],
  },
  607: {
    description:
      "The called party does not want this call or message from this caller, and later attempts from the same caller are likely to be rejected too (RFC 8197). The called user's UA sends it, on the user's input or by its own logic such as a device block list. The service provider may use it as input for filtering future calls, but RFC 8197 §6 says it SHOULD NOT feed global call filters unless the caller's identity was authenticated as belonging to the caller (RFC 8224), because a spoofed number would get its legitimate owner blocked.",
    whenItAppears:
      'Sent by the called user\'s phone, softphone or app when the user rejects an incoming request as unwanted (a "spam" button), in answer to an INVITE, MESSAGE, SUBSCRIBE or other out-of-dialog request (RFC 8197 §4). Proxies forward it like any 6xx; a forking proxy may carry it as `Reason: SIP;cause=607` in the CANCEL it sends to the other branches, and a UA that hangs up an answered call as unwanted may put it in the Reason of its BYE. A registrar that will act on 607 can say so with `Feature-Caps: *;+sip.607` in its REGISTER response.',
    howToFix: [
      'As caller: stop automatic retries to that number; the called user has marked you unwanted and further calls will probably be blocked.',
      'Check the identity you present (From, P-Asserted-Identity): a number you are not entitled to, or one a spoofer also uses, collects unwanted marks; signing your calls (an Identity header, RFC 8224) lets networks tell your calls from spoofed ones.',
      "As the terminating network or SBC: pass 607 upstream unchanged. Mapping it to 603 or 486 hides the user's judgement from the originating network.",
      'As a service provider collecting 607s: count them toward a global filter only for callers whose identity was authenticated, for example with a verified Identity header (RFC 8197 §6); a personal block list for the user who sent it needs no such check.',
    ],
    shortFix: 'called user marked this call unwanted: stop retrying and check the caller identity you present',
    retry:
      'Do not retry the call or try other routes (RFC 3261 §21.6); further attempts from the same caller are likely to be refused.',
    related: {
      603: '603 is a plain decline with no judgement about the caller; 607 records that the user found the call unwanted.',
      608: "608 is the rejection by an intermediary (analytics engine), with redress contact; 607 is the called user's own verdict.",
    },
    sentBy: ['UAS'],
    typicalMethods: ['INVITE', 'MESSAGE', 'SUBSCRIBE'],
  },
  608: {
    description:
      'An intermediary, such as a call-analytics engine, rejected the call; it will not be delivered (RFC 8688). A machine made the decision, not the callee, and the same caller calling again will likely be rejected the same way.',
    whenItAppears:
      'Sent by a carrier network element, SBC or analytics service that blocks suspected robocalls or fraud, usually on INVITE but also on MESSAGE, SUBSCRIBE or other out-of-dialog requests (RFC 8688 §3.1). It MUST carry a `Call-Info` header with `purpose=jwscard` referring to a signed (JWS) jCard that tells the caller whom to contact to dispute the block, unless there are signs the caller would misuse that contact (RFC 8688 §3.1).',
    howToFix: [
      'Read the `Call-Info` header with `purpose=jwscard`: its jCard names the entity that blocked the call and how to reach it to dispute the block.',
      'Check your outbound STIR/SHAKEN signing: calls without an Identity header or with C-level attestation are more likely to be blocked by analytics.',
      'Review calling patterns that trigger analytics (many short or unanswered calls, bursts from one number) and register the numbers with the analytics providers your carriers use.',
      "If you are the rejecting intermediary, you MUST include the jwscard Call-Info unless there are signs the caller would misuse it (RFC 8688 §3.1), and follow RFC 8688's legacy interworking (an announcement) for callers that did not declare `Feature-Caps: *;+sip.608`.",
    ],
    shortFix: 'blocked by a network analytics service: read Call-Info jwscard to dispute, check STIR signing',
    retry:
      'Do not retry or reroute the same call (RFC 3261 §21.6); contact the blocking entity named in the jCard, fix the cause, then call again.',
    related: {
      607: '607 is the called user\'s own "unwanted" verdict; 608 is a machine\'s decision in the network.',
      603: '603 is a decline from the callee side; 608 comes from an intermediary and offers redress.',
      428: '428 rejects a call for lacking an Identity header; 608 is an analytics judgement that may come even for signed calls.',
    },
    sentBy: ['proxy', 'B2BUA', 'analytics engine'],
    typicalMethods: ['INVITE', 'MESSAGE', 'SUBSCRIBE'],
    stirShaken:
      '608 is how call-analytics engines in STIR/SHAKEN networks block calls. The jCard in `Call-Info; purpose=jwscard` is signed, so a legitimate caller can check who blocked the call and use the contact in it for redress.',
  },
};
