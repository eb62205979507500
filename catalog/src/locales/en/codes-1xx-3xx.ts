import type { CodeProse } from '../../types';

/** English prose for 100-380. Written from the RFCs. */
export const PROVISIONAL_SUCCESS_REDIRECT: Readonly<Record<number, CodeProse>> = {
  100: {
    description:
      'The next hop received the request and is working on it; nothing more is known yet (RFC 3261 §21.1.1). Like every provisional response it stops INVITE retransmissions, but it is hop-by-hop: a stateful proxy never forwards a 100 upstream, so it only proves that the first hop has the request.',
    whenItAppears:
      "Sent by a stateful proxy, B2BUA, PBX or UAS in answer to an INVITE, normally within 200 ms of receiving it, before routing, database or DNS look-ups finish. Non-INVITE transactions rarely carry it: over UDP, RFC 4320 §4.1 forbids a 100 to a non-INVITE request until the client's Timer E would have reached T2.",
    howToFix: [
      'Check that the 100 answers your INVITE: its top Via branch and sent-by must match what you sent. If the INVITE is still retransmitted after the 100, the response is not matching the transaction (NAT rewriting, wrong rport/received).',
      "Follow the INVITE onward: find the next hop's copy (same Call-ID, new Via branch) and see whether the proxy forwarded it at all and whether anything came back on that leg.",
      "Remember the timers: once a 1xx arrives the UAC leaves the Calling state, so Timer B (64*T1, 32 s) no longer ends the wait. A proxy's no-answer timer (Kamailio tm `fr_inv_timer`) usually decides when the caller gets 408; by RFC 3261 §16.8 an expiring Timer C (more than 3 minutes) cancels a branch that has sent a provisional response instead.",
      'In Kamailio, the tm parameter `auto_inv_100` controls whether tm sends the 100 itself. tm sends it when the transaction is created, so a 100 from Kamailio does not prove the request was forwarded: check that `t_relay()` succeeded.',
    ],
    shortFix: 'the next hop got the INVITE, nothing more is known: if nothing follows, trace it on the onward leg',
    retry:
      "Nothing to retry: stop retransmitting the INVITE and wait for a further provisional or a final response. If none comes, the proxy's Timer C or your own no-answer timer ends the attempt, and that final outcome decides what to do next.",
    related: {
      180: '180 comes from the far-end UA and says the callee is being alerted; 100 only says the next hop is working on it.',
      183: '183 is end-to-end progress, often with early-media SDP; 100 never carries SDP and never crosses a stateful proxy.',
      408: "408 is the final answer a caller gets when, after the 100, no final response arrived before the proxy's timer fired.",
    },
    sentBy: ['proxy', 'B2BUA', 'UAS'],
    typicalMethods: ['INVITE'],
  },
  180: {
    description:
      'The UAS has the INVITE and is alerting the user (RFC 3261 §21.1.2). The caller may play local ringback. With a To tag it creates an early dialog; it can carry SDP for early media and can be sent reliably with 100rel (RFC 3262).',
    whenItAppears:
      'Sent by the called phone, softphone or PBX extension, or by a PSTN gateway when the far end signals alerting (RFC 3398 maps an ISUP ACM that says "subscriber free" to 180). A forking proxy passes one 180 per ringing branch, each with its own To tag.',
    howToFix: [
      'No ringback heard: a 180 without SDP means the caller must generate ringback locally; a 180 with SDP means the caller expects early media from the far end, so check that RTP actually arrives from the c=/m= address.',
      'Count the To tags: several 180s with different tags are forked branches, each an early dialog. The UAC must keep them apart and tear down extra ones if more than one branch answers.',
      "Ringing that never stops is ended by the caller's no-answer timer (Asterisk Dial timeout argument, FreeSWITCH `call_timeout`), which leads to CANCEL and 487; check those values if calls give up too early or too late.",
      'Expected 180 but saw 183 from Asterisk? The pjsip endpoint option `inband_progress=yes` makes Asterisk signal ringing as 183 with in-band tones instead of 180.',
    ],
    shortFix: 'callee is being alerted: no SDP means play local ringback, SDP means expect early media',
    retry:
      'Nothing to retry: the callee is ringing. Wait for the final response; if the caller stops waiting, send CANCEL and expect 487 for the INVITE.',
    related: {
      183: '183 reports progress other than ringing and usually carries early-media SDP; 180 specifically means the user is being alerted.',
      100: '100 is hop-by-hop and says only that the next hop is working; 180 comes from the UAS that is actually ringing.',
      181: '181 says a server is forwarding the call elsewhere; 180 says this target itself is ringing.',
    },
    sentBy: ['UAS', 'B2BUA', 'gateway'],
    typicalMethods: ['INVITE'],
  },
  181: {
    description:
      'A server is forwarding the call to another set of destinations (RFC 3261 §21.1.3). It is informational: the call continues, and the final response will come from wherever it was forwarded.',
    whenItAppears:
      'Sent by a PBX, feature server or B2BUA that applies call forwarding (unconditional, on busy, on no answer) on behalf of the callee. It often arrives together with, or just before, a new leg that carries Diversion (RFC 5806) or History-Info (RFC 7044) headers.',
    howToFix: [
      'Read the Diversion or History-Info header on the forwarded leg to learn who forwarded the call, to whom, and why (for example `reason=user-busy`, `no-answer` or `unconditional`).',
      "If the call should not have been forwarded, check the callee's forwarding settings on the PBX or feature server (call-forward unconditional, busy and no-answer rules).",
      'If the caller sees 181 and then a failure, the forward target failed: find the new INVITE leg and diagnose its final response instead.',
      'Caller display or billing shows the wrong party after a forward? In Asterisk check the endpoint option `send_diversion`, which controls whether forwarded calls carry a Diversion header.',
    ],
    shortFix: 'callee forwards calls: see Diversion/History-Info for the forward target and reason',
    retry:
      'Nothing to retry: the forwarding server places the new call itself. Wait for the final response from the forwarded destination.',
    related: {
      180: '180 means this destination is ringing; 181 means the server moved the call on to other destinations.',
      302: '302 hands the new address back to the caller, who must send a new INVITE; with 181 the server forwards the call itself.',
    },
    sentBy: ['proxy', 'B2BUA', 'PBX'],
    typicalMethods: ['INVITE'],
  },
  182: {
    description:
      'The callee is temporarily unavailable, but the server has put the call in a queue instead of rejecting it (RFC 3261 §21.1.4). The reason phrase may give details such as the queue position or expected wait, and further 182s may update them.',
    whenItAppears:
      'Sent by an ACD, call-centre queue, attendant or PBX that holds the call until an agent or the callee is free. Many PBX queues answer with 200 and play music instead, so a 182 means the queue state is being signalled in SIP.',
    howToFix: [
      'Read the reason phrase of each 182: servers may report the queue position or expected waiting time there, and repeated 182s show whether the queue is moving.',
      "If calls drop while still queued, the caller side timed out: a queue can legitimately hold a call for minutes, so extend the no-answer timer for these calls (Kamailio `t_set_fr()` per transaction, the caller's Dial or originate timeout).",
      'If the caller hears nothing while queued, note that 182 carries no media by itself: the queue needs a 183 with SDP, or an answered call, to play music or announcements.',
    ],
    shortFix: 'call is queued at the far end: read the phrase for position, allow a longer no-answer timeout',
    retry:
      'Nothing to retry: keep waiting. A final response arrives when the callee or an agent becomes free, or the queue gives up; CANCEL if the caller abandons.',
    related: {
      180: '180 means the callee is being alerted now; 182 means the call is waiting in line first.',
      486: '486 is a final "busy, no"; 182 is a provisional "busy, please wait".',
    },
    sentBy: ['UAS', 'PBX', 'B2BUA'],
    typicalMethods: ['INVITE'],
  },
  183: {
    description:
      "Progress information about the call that no other provisional code covers (RFC 3261 §21.1.5); the reason phrase, headers or body may give details. In practice it mostly carries SDP so the caller can hear early media such as announcements or the network's in-band ringback.",
    whenItAppears:
      'Sent by PSTN gateways and SBCs (RFC 3398 maps an ISUP ACM or CPG without alerting to 183), by PBXs playing announcements before answer, and in IMS by UAs exchanging QoS preconditions (RFC 3312). It is often sent reliably with `Require: 100rel` and an RSeq header.',
    howToFix: [
      'Check for a body: without `Content-Type: application/sdp` a 183 offers no media and many UACs ignore it. Asterisk pjsip can drop such 183s with `ignore_183_without_sdp`; FreeSWITCH with the channel variable `sip_ignore_183nosdp`.',
      'With SDP but silence: confirm RTP arrives from the c=/m= address before the 200, and that the caller side does not discard early media (FreeSWITCH `ignore_early_media`).',
      'If the 183 carries `Require: 100rel` and RSeq, the UAC must answer with PRACK; otherwise the UAS keeps retransmitting it and fails the call after 64*T1 (RFC 3262). Check Asterisk `100rel` on the endpoint or FreeSWITCH profile `enable-100rel`.',
      'In IMS flows, read the a=curr and a=des lines: a 183 carrying preconditions is waiting for QoS to be reserved before the callee is alerted.',
    ],
    shortFix: 'early progress: check for SDP and RTP before answer; PRACK it if it carries Require: 100rel',
    retry:
      'Nothing to retry: the call is still being set up. Acknowledge it with PRACK if it was sent reliably, and wait for the final response.',
    related: {
      180: '180 says the callee is being alerted; 183 reports other progress, usually with early-media SDP.',
      199: '199 reports that one early dialog (perhaps one that sent a 183) has ended, while the call attempt goes on.',
    },
    sentBy: ['gateway', 'UAS', 'B2BUA'],
    typicalMethods: ['INVITE'],
  },
  199: {
    description:
      'One early dialog of this INVITE has been terminated before the final response (RFC 6228). It tells upstream elements, and the caller, to stop using that early dialog, for example its early media, while other branches may still succeed.',
    whenItAppears:
      'Mostly sent by a forking proxy when one branch returns a non-2xx final response while others are still pending (RFC 6228 §6); a proxy MUST NOT generate it when the INVITE has `Require: 100rel`, because it cannot send 199 reliably. A UAS SHOULD NOT send 199 before its own non-2xx final response, except when configured to (for example because proxies on the path lack 199 support) or required by its environment (§5). Either way it is sent only when the INVITE carried `Supported: 199`, and it carries the To tag of the early dialog that ended.',
    howToFix: [
      'Match the To tag of the 199 to an earlier 18x with the same tag: that early dialog is gone, so stop rendering its early media.',
      "Read the Reason header of the 199 (RFC 6228 requires one) for the branch's own outcome (for example `Reason: SIP;cause=486`).",
      'Early dialogs linger with no 199 in sight? Check that the INVITE carried `Supported: 199` (nobody sends 199 otherwise) and no `Require: 100rel`, which stops forking proxies from generating it (RFC 6228 §6).',
      'A 199 is not final: if the caller tears the call down on receiving it, the UAC stack is treating a provisional response as final and needs fixing.',
    ],
    shortFix: 'one forked branch ended: match its To tag, drop that early media, keep waiting for a final answer',
    retry:
      'Nothing to retry: the INVITE transaction is still running. Discard the terminated early dialog and wait for the final response from the remaining branches.',
    related: {
      183: '183 creates or updates an early dialog, often with early media; 199 announces that such an early dialog has ended.',
      487: '487 is the final response that ends the whole INVITE after CANCEL; 199 ends one early dialog while the INVITE continues.',
    },
    sentBy: ['proxy', 'UAS'],
    typicalMethods: ['INVITE'],
  },
  200: {
    description:
      'The request succeeded (RFC 3261 §21.2.1); what the response carries depends on the method. A 200 to INVITE establishes the dialog and must be acknowledged with ACK; a 200 to REGISTER lists the bindings the registrar now holds.',
    whenItAppears:
      'Sent by a UAS when a call is answered, by a registrar accepting a REGISTER, by a notifier accepting a SUBSCRIBE, and by any UA accepting BYE, CANCEL, OPTIONS, INFO, UPDATE or MESSAGE. Proxies forward it; B2BUAs generate their own on each leg.',
    howToFix: [
      'The same 200 to INVITE keeps coming back, at growing intervals? The ACK is not reaching the UAS: check the Contact of the 200 and the Record-Route set that the ACK must follow. After 64*T1 (32 s) the UAS gives up and sends BYE, the classic "call drops after 32 seconds".',
      'One-way or no audio after answer: look at the c= and m= lines of the SDP in the 200. A private address there needs NAT handling (Asterisk transport `external_media_address`, FreeSWITCH `ext-rtp-ip`).',
      'For REGISTER, compare the expires the registrar granted (per Contact or Expires header) with what was asked, and check that the listed Contact is reachable from outside (Asterisk `rewrite_contact`, `force_rport`).',
      'A 200 to CANCEL only means the CANCEL was received; the INVITE still ends with its own final response (normally 487, or a 200 if answering won the race, which must then be ACKed and ended with BYE).',
    ],
    shortFix: 'success: if it keeps repeating, the ACK is not reaching the UAS; check Contact and Record-Route',
    retry:
      'Nothing to retry. For INVITE, send the ACK at once, and resend it for each retransmitted 200; for REGISTER or SUBSCRIBE, refresh before the granted expiry.',
    related: {
      202: '202 is the deprecated "accepted, not yet done" success (RFC 6665 for SUBSCRIBE/NOTIFY, RFC 7647 for REFER) that a receiver must treat exactly like 200.',
      204: '204 is a success to a conditional SUBSCRIBE that also says the NOTIFY is suppressed while the state is unchanged; 200 to SUBSCRIBE is followed by a NOTIFY.',
    },
    sentBy: ['UAS', 'registrar', 'B2BUA'],
    typicalMethods: [],
  },
  202: {
    description:
      'The request was accepted for processing that has not finished yet, a meaning SIP took from HTTP; RFC 3265 used it for subscriptions awaiting authorization and RFC 3515 for accepted REFERs. It is deprecated (RFC 6665 §8.3.1, and for REFER RFC 7647 §5): a receiver must handle a 202 exactly like a 200.',
    whenItAppears:
      'Sent by REFER recipients built on RFC 3515, which asked for 202 until RFC 7647 (2015) replaced it with 200 (many stacks still send it), by older notifiers answering SUBSCRIBE as RFC 3265 allowed, and by some MESSAGE relays that store and forward.',
    howToFix: [
      'If a subscriber waits, or gives up, after a 202 instead of behaving as for 200, fix the subscriber: the subscription state arrives in the first NOTIFY (`Subscription-State: pending` or `active`), not in the 202.',
      'For REFER, the 202 says nothing about the transfer result: follow the NOTIFYs with `Event: refer` and their `message/sipfrag` bodies (for example `SIP/2.0 200 OK`) to see how the transferred call went.',
      'A notifier that still answers SUBSCRIBE with 202 predates RFC 6665, and a REFER recipient that answers 202 predates RFC 7647; update it or configure it to send 200 so that strict peers interoperate.',
    ],
    shortFix: 'accepted, result comes later: treat like 200 and watch the NOTIFYs (sipfrag for REFER)',
    retry:
      'Nothing to retry: treat it as a 200. The outcome arrives in later requests, NOTIFY for SUBSCRIBE and REFER.',
    related: {
      200: '200 is the normal success; RFC 6665 requires a 202 to be handled identically.',
      204: '204 confirms a conditional SUBSCRIBE and suppresses the NOTIFY while the state is unchanged; a 202 is still followed by NOTIFYs.',
    },
    sentBy: ['notifier', 'UAS'],
    typicalMethods: ['REFER', 'SUBSCRIBE', 'NOTIFY'],
    deprecation:
      'RFC 6665 §8.3.1 deprecates 202 for SUBSCRIBE and NOTIFY, and RFC 7647 §5 does the same for REFER: new implementations must answer 200 instead, and a receiver must treat a 202 exactly like a 200. It is the only response code the IANA registry marks deprecated, yet REFER recipients built before 2015 still send it.',
  },
  204: {
    description:
      'The request succeeded, but the notification it would normally trigger will not be sent (RFC 5839 §7.1). It is the answer to a conditional subscription refresh whose entity-tag still matches the resource state, so there is nothing new to notify.',
    whenItAppears:
      'Sent by a notifier (presence server, dialog or message-summary notifier) to an in-dialog SUBSCRIBE refresh that carries `Suppress-If-Match` with the entity-tag taken from the SIP-ETag of the last NOTIFY, when that state has not changed.',
    howToFix: [
      'Expected behaviour when the refresh SUBSCRIBE carried `Suppress-If-Match` and the state is unchanged: the subscriber keeps the state from its last NOTIFY.',
      "If the subscriber's view looks stale after a 204, check the entity-tag it sent: it must be the SIP-ETag of the most recent NOTIFY, not an older one.",
      'A 204 to an initial, out-of-dialog SUBSCRIBE is a notifier bug: RFC 5839 allows it only for a SUBSCRIBE inside an existing subscription dialog.',
    ],
    shortFix: 'state unchanged since the entity-tag sent: keep the last NOTIFY state until a NOTIFY says otherwise',
    retry:
      'Nothing to retry: the subscription is refreshed. Keep the last known state and refresh again before it expires.',
    related: {
      200: '200 to a SUBSCRIBE is followed by a NOTIFY; 204 says the NOTIFY is deliberately suppressed.',
      202: '202 is the deprecated SUBSCRIBE success still followed by NOTIFYs; 204 suppresses the NOTIFY while nothing changes.',
      412: '412 is a failure: a conditional PUBLISH named an entity-tag the server no longer holds; 204 is a success because the tag still matches.',
    },
    sentBy: ['notifier'],
    typicalMethods: ['SUBSCRIBE'],
  },
  300: {
    description:
      'The address resolved to several possible locations and the caller (user or UA) may choose among them (RFC 3261 §21.3.1). The choices are listed in Contact header fields, possibly with q-values, or in the body.',
    whenItAppears:
      'Sent by a redirect server or a registrar acting as one when an AOR has several registered bindings, or by a directory or location service offering alternative endpoints. Typically answers INVITE; a proxy that recurses on 3xx may consume it without the caller ever seeing it.',
    howToFix: [
      'List the Contact header fields with their q and expires parameters: a UAC that follows the redirect commonly tries them in decreasing q order (the RFC allows any order), each URI at most once (RFC 3261 §8.1.3.4).',
      'If the caller stops at the 300 instead of trying the choices, it does not follow redirects: in Kamailio, call `get_redirects()` (uac_redirect module) in the failure_route to turn the Contacts into new branches.',
      'If the server should have chosen for you, check why it answers with a redirect instead of proxying: redirect mode on a location server, or several bindings for one AOR after a device was replaced.',
    ],
    shortFix: 'several possible targets: try the Contact URIs in q-value order, or enable redirect handling',
    retry:
      'Send a new request to one or more of the Contact URIs, highest q first, never to the same URI twice; present the choices to the user if the UA cannot decide.',
    related: {
      302: '302 gives the one place to try now; 300 offers several, leaving the choice to the caller.',
      380: '380 says the call failed but other kinds of service are possible, described in the body; 300 offers other locations for the same service.',
      485: '485 is a failure for an ambiguous Request-URI and may suggest unambiguous addresses; 300 means each listed location is valid.',
    },
    sentBy: ['redirect server', 'registrar'],
    typicalMethods: ['INVITE'],
  },
  301: {
    description:
      'The user can no longer be found at the Request-URI; the new address is in the Contact header field (RFC 3261 §21.3.2). Because the move is permanent, the caller should also update stored addresses, such as address books, dial plans and location caches.',
    whenItAppears:
      'Sent by a redirect server or UAS after a user or domain has moved for good: a migrated domain, a renumbered user, a retired trunk address. Typically answers INVITE, but any out-of-dialog request can receive it.',
    howToFix: [
      'Read the Contact of the 301 and update the stored address wherever it came from: address book, speed dial, dial-plan entry or trunk host.',
      "If a trunk or peer answers 301 to every call, the provider has moved the service: change the trunk's host or outbound proxy to the new address rather than relying on each call being redirected.",
      'Check for loops: a Contact that points back to the original URI or to an address already tried must not be retried (RFC 3261 §8.1.3.4).',
    ],
    shortFix: 'user moved for good: retry at the Contact URI and update the stored address or trunk host',
    retry:
      'Retry the request at the Contact URI and send future requests there directly; do not keep using the old Request-URI.',
    related: {
      302: '302 is a temporary move valid for this call or the Expires time; 301 says update your records.',
      410: '410 says the user is gone and no new address is known; 301 gives the new address.',
    },
    sentBy: ['redirect server', 'UAS'],
    typicalMethods: ['INVITE'],
  },
  302: {
    description:
      'The callee is temporarily reachable elsewhere; the caller should retry at the address in the Contact header field (RFC 3261 §21.3.3). An Expires header or a Contact expires parameter says how long the new address may be cached; without one it is valid for this request only.',
    whenItAppears:
      'Sent by redirect servers, by PBXs and phones that implement call forwarding as a redirect, and by routing engines (least-cost routing, number portability) that answer an INVITE with the route to use. Proxies that recurse on 3xx follow it without passing it upstream.',
    howToFix: [
      'Check whether the caller follows redirects: Asterisk chan_pjsip passes the Contact to Dial as a call forward, shaped by the endpoint option `redirect_method` (Dial option `i` ignores forwards); FreeSWITCH follows it unless the profile sets `manual-redirect`.',
      'If the redirected call fails, diagnose the new target separately: its own INVITE has a new Request-URI taken from the Contact.',
      'Redirect loops, where A sends the caller to B and B back to A, are stopped only by the UAC refusing to retry a URI twice; look for repeated Contact values in successive 302s.',
      'When a routing engine answers 302, check the Contact for routing data that the outbound route must keep, such as a number-portability routing number (`rn=` parameter, RFC 4694).',
    ],
    shortFix: 'temporary redirect: resend to the Contact URI, or enable redirect following in the caller',
    retry:
      'Send a new request to the Contact URI; cache it only for the Expires time given, and never retry a URI already tried for this call.',
    related: {
      301: '301 is permanent and says to update stored addresses; 302 is valid only for now.',
      181: '181 means the server forwards the call itself; with 302 the caller must send the new INVITE.',
      305: '305 names a proxy to send the same request through; 302 names a new target for the request.',
    },
    sentBy: ['redirect server', 'UAS', 'PBX'],
    typicalMethods: ['INVITE'],
  },
  305: {
    description:
      "The resource must be reached through the proxy named in the Contact header field, and the caller should resend this single request via that proxy (RFC 3261 §21.3.4). Only a UAS may send it. Unlike HTTP's 305, it is not deprecated in SIP.",
    whenItAppears:
      'Sent by a UAS that accepts requests only through a particular proxy, for example a device behind a mandatory border proxy. It is rare in practice and many UAs do not implement it.',
    howToFix: [
      'Read the Contact: it names the proxy to use, not the user. The same request should be resent with that proxy as the next hop.',
      'If the caller simply fails on 305, configure the proxy statically instead: Asterisk endpoint `outbound_proxy`, FreeSWITCH gateway `outbound-proxy`, or `$du` in a Kamailio route.',
      'Honour a 305 only from a trusted UAS (ideally over TLS): it steers your signalling through another host, which an attacker could abuse.',
      'If a proxy rather than the UAS sent the 305, the sender breaks RFC 3261 §21.3.4; report it to its vendor.',
    ],
    shortFix: 'must go through the proxy in Contact: resend via that proxy or configure it as outbound proxy',
    retry:
      'Resend this one request through the proxy named in the Contact; do not make that proxy permanent unless you trust the sender.',
    related: {
      302: '302 gives a new target for the request; 305 keeps the target and names the proxy to reach it through.',
      380: '380 proposes other services described in the body; 305 requires a particular proxy for the same service.',
    },
    sentBy: ['UAS'],
    typicalMethods: ['INVITE'],
  },
  380: {
    description:
      'The call did not succeed, but alternative services are possible and are described in the response body (RFC 3261 §21.3.5). RFC 3261 does not define the body format; other specifications do.',
    whenItAppears:
      'Most often seen in IMS/VoLTE: a P-CSCF answers 380 with an `application/3gpp-ims+xml` body whose alternative-service type is "emergency" when a UE dials an emergency number without using the emergency procedures (3GPP TS 24.229). Elsewhere it is rare.',
    howToFix: [
      'Read the Content-Type and the body: without it the 380 says nothing useful. In IMS, look for the alternative-service element and its type and reason.',
      'For an emergency type in IMS, the UE must retry as an emergency call (emergency registration if needed and an emergency service URN such as urn:service:sos).',
      "If a non-IMS device sends 380, look up the sender's documentation for its body format, since RFC 3261 leaves it open.",
    ],
    shortFix: 'alternative service offered: read the body (IMS emergency: retry as an emergency call)',
    retry:
      'Do not resend the same request; use the alternative the body describes, for example an emergency call setup in IMS.',
    related: {
      302: '302 points to another address for the same service; 380 points to a different kind of service.',
      300: '300 offers several locations for the same call; 380 says this call failed and other services may help.',
    },
    sentBy: ['proxy', 'P-CSCF', 'UAS'],
    typicalMethods: ['INVITE'],
  },
};
