import type { PairNote } from '../../types';

/**
 * Curated notes on pairs of codes that engineers confuse. Used by hovers and the compare view.
 * Each note says who sends which, what it means for retrying, and which one to expect when.
 */
export const PAIRS: readonly PairNote[] = [
  // Callee busy, unavailable or refusing
  {
    a: 480,
    b: 486,
    note: "486 means the callee's device was reached and is busy; 480 means the callee could not be reached right now (not registered, DND, no answer). Both are 4xx, so a forking proxy keeps trying other contacts; gateways map Q.850 cause 17 to 486 and causes 19, 20 and 31 to 480 (RFC 3398).",
  },
  {
    a: 480,
    b: 600,
    note: "480 is temporary and about this attempt: other branches and later retries may succeed. 600 is a global failure from the callee's end system saying the user is busy and no other endpoint (not even voicemail) will take the call, so forking stops.",
  },
  {
    a: 480,
    b: 603,
    note: "480 says the callee is unavailable and leaves other branches running; 603 says the user (or a device on the user's behalf) declined, and as a 6xx it ends the whole fork. RFC 3398 maps 480 to Q.850 cause 18 and 603 to cause 21 (call rejected).",
  },
  {
    a: 486,
    b: 600,
    note: 'Both mean busy and both map to Q.850 cause 17. 486 is busy at this device, so other contacts may still be tried; 600 asserts the user is busy everywhere, which a UAS should only send when it knows no other endpoint will answer.',
  },
  {
    a: 486,
    b: 603,
    note: '486 is "cannot take another call" at this device; 603 is "does not want this call", and as a 6xx it cancels every other branch. A phone\'s reject button sends one or the other depending on the vendor, so check the Reason header before reading intent into it.',
  },
  {
    a: 600,
    b: 603,
    note: 'Both are global failures that stop forking. 600 gives a reason (busy, maybe with Retry-After); RFC 3261 says a callee that does not want to reveal why uses 603 instead.',
  },
  {
    a: 408,
    b: 480,
    note: "408 means no final response came back in time (dead contact, lost NAT binding, or a proxy timer expired while ringing); 480 is an explicit answer that the callee is unavailable. A ring-no-answer shows up as 408 when a proxy's no-answer timer gives up first (Kamailio and OpenSIPS do this; RFC 3261 §16.8 would cancel the branch, giving 487) and as 480 when the PBX or phone does.",
  },
  // Authentication and refusal
  {
    a: 401,
    b: 407,
    note: '401 comes from the UAS or registrar with WWW-Authenticate and is answered with an Authorization header; 407 comes from a proxy with Proxy-Authenticate and is answered with Proxy-Authorization. One challenge per request is normal; the same challenge again after credentials means wrong username, password or realm.',
  },
  {
    a: 401,
    b: 403,
    note: '401 is a challenge: resend with credentials. 403 is a refusal that credentials will not fix (RFC 3261 §21.4.4) - the user is known but not allowed (ACL, source IP, call barring), though some servers also answer a wrong password with 403.',
  },
  {
    a: 403,
    b: 407,
    note: '407 asks the caller to authenticate to the proxy and retry; 403 from the same proxy refuses outright, for example a trunk that only accepts calls from listed IP addresses or a caller not allowed that destination.',
  },
  // Not found and moved
  {
    a: 404,
    b: 604,
    note: '404 says this server does not know the user, so other domains or branches may still succeed; 604 claims authoritatively that the user exists nowhere and stops all further attempts. 604 is rare; registrars and proxies answer unknown users with 404.',
  },
  {
    a: 404,
    b: 410,
    note: '410 says the user used to exist here and is gone for good with no forwarding address; 404 makes no claim about the past. RFC 3398 maps Q.850 cause 1 (unallocated number) to 404 and causes 22/23 (number changed, redirected) to 410.',
  },
  {
    a: 404,
    b: 480,
    note: '404 means the domain does not know the user; 480 means the user is known but has no reachable contact right now. In practice many proxies answer 404 whenever the location lookup finds no contact, so a 404 for a real user usually means "not registered".',
  },
  {
    a: 404,
    b: 484,
    note: '484 says the number is incomplete and more digits would match (overlap dialling, Q.850 cause 28); 404 says the complete number does not exist (Q.850 cause 1). Seeing 484 points at the dial plan or digit map, 404 at the number itself.',
  },
  {
    a: 301,
    b: 302,
    note: 'Both carry the new address in Contact and the UAC (or a recursing proxy) retries there. 301 is permanent, so the caller may update stored addresses; 302 is temporary: without an expiry it is valid for this call only, and with Expires (or a Contact expires parameter) it may be cached until then, after which the original address is used again (RFC 3261 §21.3.3).',
  },
  // Call teardown and timing
  {
    a: 481,
    b: 487,
    note: 'After a CANCEL the expected pair is 200 OK to the CANCEL and 487 to the INVITE. 481 means a request matched nothing: a CANCEL at a hop that never saw the INVITE, or one sent after the INVITE transaction ended (a CANCEL just after a 2xx still matches, since RFC 6026 keeps the transaction for 64*T1, and gets 200 with no effect), or a BYE or re-INVITE for a dialog that is already gone.',
  },
  {
    a: 408,
    b: 481,
    note: 'Both end a dialog when they answer a mid-dialog request (RFC 3261 §12.2.1.2). 408 means the far end never answered in time; 481 is a prompt answer that the dialog no longer exists there.',
  },
  {
    a: 408,
    b: 504,
    note: '408 means the server could not produce a final response in time, often a proxy timer firing while the callee never answered; 504 means a gateway or proxy got no timely answer from an external server it relied on. RFC 3398 maps Q.850 cause 102 (timer expiry) to 504.',
  },
  {
    a: 491,
    b: 500,
    note: '491 answers glare: both sides sent re-INVITEs at once, retry after 2.1-4 s if you own the Call-ID or 0-2 s if not (RFC 3261 §14.1). 500 with Retry-After answers a second INVITE from the same side while the first is still in progress (RFC 3261 §14.2).',
  },
  // Server failures
  {
    a: 500,
    b: 503,
    note: '503 is temporary overload or maintenance, may carry Retry-After, and sends clients and proxies to the next server (RFC 3263); a proxy should not relay a 503 upstream unless it is itself out of service. 500 is an unexpected error processing this request.',
  },
  {
    a: 502,
    b: 503,
    note: '502 means the gateway or proxy got an invalid answer from the next hop (Q.850 cause 27, destination out of order); 503 means the service itself is unavailable or out of capacity (Q.850 causes 34, 38, 41, 42, 47). 503 invites failover and retry; 502 points at the downstream element.',
  },
  {
    a: 501,
    b: 405,
    note: '405 means the method is understood but not allowed for this Request-URI, and the response must list the allowed ones in Allow; 501 means the server does not implement the method at all. Either way, do not resend the same method to that target.',
  },
  // Unwanted calls and STIR/SHAKEN
  {
    a: 100,
    b: 607,
    note: "They sit at opposite ends of a call attempt. 100 Trying is provisional and hop-by-hop: the next hop got the request and is working on it, which stops INVITE retransmissions but says nothing about the callee (RFC 3261 §21.1.1). 607 Unwanted is final and comes from the called user's UA: the user rejected the call or message as unwanted, no other location is tried, and later attempts will likely get the same answer (RFC 8197). A 100 followed by a 607 is the ordinary sequence of a request that reached the callee and was refused.",
  },
  {
    a: 603,
    b: 607,
    note: "Both come from the called user's side. 603 is a plain decline with no judgement; 607 Unwanted (RFC 8197) says the called user marks the call as unwanted, which the service provider may use when handling later calls from that caller, in global filters only if the caller's identity was authenticated (RFC 8197 §6).",
  },
  {
    a: 603,
    b: 608,
    note: '603 is the callee declining; 608 Rejected (RFC 8688) is an intermediary, typically a call-analytics engine, rejecting the call before it reached the user. A 608 MUST carry a Call-Info jCard so a wrongly blocked caller can ask for redress, unless there are signs the caller would misuse it (RFC 8688 §3.1).',
  },
  {
    a: 607,
    b: 608,
    note: '607 is the called user saying the call is unwanted; 608 is a network element blocking it on analytics. A legitimate caller receiving 608 should use the contact in its Call-Info; a 607 means the person called does not want it.',
  },
  {
    a: 436,
    b: 437,
    note: "436 means the verifier could not get or use the certificate at the Identity info/x5u URL (fetch failed, bad URL); 437 means it got the certificate but does not accept it (untrusted CA, expired, unsupported). Fix 436 at the certificate hosting, 437 at the certificate or the verifier's trust list.",
  },
  {
    a: 437,
    b: 438,
    note: '437 rejects the credential itself; 438 means the credential is usable but the PASSporT signature does not verify, most often because a number was rewritten after signing.',
  },
  {
    a: 428,
    b: 438,
    note: '428 means there was no Identity header and local policy requires one: fix it at the originating authentication service or trunk. 438 means an Identity header was present but invalid: fix the signing or the elements that changed the request after signing.',
  },
  // Media and session description
  {
    a: 488,
    b: 606,
    note: '488 says the session description is not acceptable at this location and other branches may succeed; 606 says it is acceptable nowhere and stops forking. A Warning header naming the problem is a SHOULD for 488 and a MAY for 606.',
  },
  {
    a: 415,
    b: 488,
    note: '415 means the body type or encoding is not supported at all (the Accept header lists what is); 488 means the SDP was understood but its codecs, transport or addresses are not acceptable.',
  },
  {
    a: 180,
    b: 183,
    note: '180 says the callee is being alerted; without SDP the caller plays local ringback. 183 Session Progress usually carries SDP for early media (ringback or announcements from the far end), so the caller should play that media instead of its own tone.',
  },
  {
    a: 100,
    b: 180,
    note: "100 Trying is hop-by-hop from the next element: it stops INVITE retransmissions but says nothing about the callee, and a stateful proxy never forwards it upstream (RFC 3261 §21.1.1). 180 comes end to end from the callee's UA and means it is alerting.",
  },
  // Routing limits
  {
    a: 482,
    b: 483,
    note: '482 is a loop caught at once: a proxy found its own Via with the same request. 483 means Max-Forwards reached 0, which is how loops through B2BUAs (new Via stack per leg) usually end, after up to 70 hops.',
  },
  {
    a: 482,
    b: 440,
    note: '482 means a single path came back to the same proxy; 440 means the request forked to more parallel branches than Max-Breadth allows. A loop through forking proxies can produce either.',
  },
  // Timers and intervals
  {
    a: 422,
    b: 423,
    note: "422 (RFC 4028) says Session-Expires is below the server's minimum: retry with a value at least the Min-SE in the response. 423 says Expires on REGISTER, SUBSCRIBE or PUBLISH is too short: retry with at least the Min-Expires in the response.",
  },
  {
    a: 200,
    b: 202,
    note: '202 Accepted once meant "accepted, not yet authorized" for SUBSCRIBE and REFER; RFC 6665 §8.3.1 deprecates it for SUBSCRIBE and RFC 7647 §5 for REFER, where a recipient MUST answer 200 instead. It is the only deprecated code in the registry. Handle a received 202 exactly like 200; older REFER recipients still send it.',
  },
  // Outbound and anonymity
  {
    a: 430,
    b: 439,
    note: '439 comes from a registrar refusing to set up an outbound flow because the first hop lacks SIP Outbound support; 430 comes from an edge proxy when an established flow to the UA has died. 439 is fixed in configuration, 430 by keep-alives and re-registration.',
  },
  {
    a: 403,
    b: 433,
    note: '433 says the request was refused because it was anonymous, so retrying with caller ID shown can succeed; 403 is a refusal that a retry will not fix.',
  },
];
