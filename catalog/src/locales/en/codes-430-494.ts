import type { CodeProse } from '../../types';

/** English prose for 430-494. Written from the RFCs; cite sections in the text where it helps. */
export const CLIENT_FAILURE_430_494: Readonly<Record<number, CodeProse>> = {
  430: {
    description:
      'SIP Outbound (RFC 5626 §11.5): the request had to go to a user agent over one particular flow (a TCP/TLS connection or UDP keep-alive binding the UA opened when it registered), and that flow no longer exists. The edge-proxy rule that produces it is in RFC 5626 §5.3.',
    whenItAppears:
      'Sent by an edge proxy or SBC to the authoritative (home) proxy when a request routed with a flow token, for example an INVITE, MESSAGE or a mid-dialog request to a registered phone, cannot be written to the connection the phone registered over. Typical after a NAT binding expired, the phone moved networks or slept, or the edge proxy restarted.',
    howToFix: [
      'Identify the edge proxy from the Via/Server header of the 430 and the flow token in the Route or Request-URI of the request it could not forward.',
      'Check that flow on the edge proxy: was the TCP/TLS connection from the phone closed before the request arrived (connection log, NAT idle timeout, TLS reset)?',
      'Check keep-alives: the Flow-Timer value in the REGISTER 2xx, and whether the phone sends CRLF pings (TCP/TLS) or STUN binding requests (UDP) more often than the NAT drops idle bindings.',
      'On the home proxy, make sure a 430 makes it try another flow of the same +sip.instance (another reg-id) and drop the dead binding instead of failing the call (RFC 5626 §7).',
      'If the phone has a single flow, make it re-register as soon as it notices the flow failed, so a fresh flow exists for the next call.',
    ],
    shortFix: 'flow to the registered UA is gone: check keep-alives/NAT timeout; the UA must re-register',
    retry:
      'The home proxy should retry over another registered flow of the same instance; the UA that owned the dead flow must register again. A UAC that does not implement RFC 5626 treats 430 as 400 (RFC 3261 §8.1.3.2).',
    related: {
      439: '439 refuses an outbound registration because the first hop cannot do outbound; 430 says an established outbound flow has died.',
      480: 'A proxy that runs out of flows usually turns 430 into 480 for the caller; 480 is what the calling party should see, 430 stays between proxies.',
    },
    sentBy: ['edge proxy'],
    typicalMethods: ['INVITE', 'MESSAGE', 'SUBSCRIBE', 'NOTIFY'],
  },
  433: {
    description:
      'The server refuses the request because it is anonymous (RFC 5079 §5): the callee, or a service acting for the callee, does not accept calls that hide the caller identity. Unlike 403 it tells the caller that revealing identity would help.',
    whenItAppears:
      'Sent by the callee UA or by a proxy or application server running an anonymous-call-rejection service, in answer to an INVITE (or MESSAGE) whose From is anonymous (sip:anonymous@anonymous.invalid) or that carries Privacy: id or Privacy: header, so that no usable identity reaches the callee.',
    howToFix: [
      'Read the rejected request: From URI, the Privacy header (id, header, user) and whether a P-Asserted-Identity was present before the trust boundary.',
      'If the caller did not mean to hide its number, find who added the privacy: a CLIR/hide-caller-ID setting on the phone or PBX trunk, or a carrier profile that sets Privacy: id by default.',
      'If anonymity was intended, the callee has anonymous-call rejection on; the caller has to present its identity or the callee has to allow anonymous calls.',
      'On interconnects, confirm that the asserted identity survives where it should (P-Asserted-Identity kept inside the trust domain) so callers are not made anonymous by accident.',
    ],
    shortFix: 'callee rejects anonymous calls: send the call with caller ID (check Privacy/From headers)',
    retry:
      'The caller may retry with its identity revealed, but only if the user agrees to drop anonymity (RFC 5079 §4). Retrying anonymously will get the same answer.',
    related: {
      403: '403 is a refusal that a retry will not fix; 433 names the reason (anonymity) and a retry with identity can succeed.',
      603: '603 is the user declining this call for any reason and stops all forking; 433 is a policy on anonymous calls only.',
    },
    sentBy: ['UAS', 'proxy', 'application server'],
    typicalMethods: ['INVITE', 'MESSAGE'],
  },
  436: {
    description:
      'The verification service could not use the URI in the Identity header\'s info parameter (RFC 8224 §6.2.2): the certificate it points to could not be fetched, or what came back was not a usable credential. RFC 4474 called this code "Bad Identity-Info"; stacks still send that phrase.',
    whenItAppears:
      'Sent by a STIR verification service (terminating carrier SBC or STI-VS) in answer to a signed INVITE when fetching the certificate URL fails: DNS or TLS error, HTTP 404/403, timeout, a non-HTTPS URL, or content that is not a certificate chain.',
    howToFix: [
      'Take the info= URL from the Identity header (and the x5u in the PASSporT header; in SHAKEN they should name the same certificate).',
      'Fetch that URL from the verifier\'s network: check DNS, the HTTPS certificate of the repository, the HTTP status, redirects and response time.',
      'Check what the URL serves: a PEM certificate chain for the signing key, not an HTML page, an expired link or a login wall.',
      'If failures are intermittent, look at the certificate repository\'s availability and the verifier\'s fetch timeout and cache.',
    ],
    shortFix: 'verifier could not fetch the cert at Identity info/x5u: check the URL is reachable over HTTPS',
    retry:
      'Do not resend unchanged. Fix the certificate URL or its hosting at the signing side, then new calls will verify; the caller may also retry without the broken Identity header if policy allows unsigned calls.',
    related: {
      437: '437 means the certificate was obtained but is not acceptable (untrusted, expired, unsupported); 436 means it could not be obtained or used at all.',
      438: '438 means the signature or header failed to verify; 436 fails one step earlier, at getting the certificate.',
      428: '428 means there was no Identity header; 436 means there was one but its certificate URL failed.',
    },
    sentBy: ['verification service', 'SBC', 'proxy'],
    typicalMethods: ['INVITE'],
    stirShaken:
      'Verifier result "certificate URL could not be dereferenced". Under RFC 9410 a verifier that lets the call continue reports it as Reason: STIR;cause=436 instead of failing the call.',
  },
  437: {
    description:
      'The verification service obtained the credential named by the Identity header but does not accept it (RFC 8224 §6.2.2): it does not chain to a trust anchor the verifier accepts, it has expired or been revoked, or it uses a type or algorithm the verifier does not support. RFC 4474 called this code "Unsupported Certificate".',
    whenItAppears:
      'Sent by a STIR/SHAKEN verification service in answer to a signed INVITE after the certificate was fetched: typical causes are a certificate from a CA the verifier does not trust (not on the SHAKEN trust list), an expired or not-yet-valid certificate, a revoked one, or an unsupported key type.',
    howToFix: [
      'Fetch the certificate from the info/x5u URL and read it: issuer chain, notBefore/notAfter dates and key algorithm (SHAKEN uses ES256).',
      'Check that the chain ends at a CA the verifier trusts (for SHAKEN, a CA approved by the policy administrator) and that intermediates are served with it.',
      'Check revocation (CRL) and renew the certificate if it is expired or close to expiry.',
      'If the verifier is yours, update its trust list and CRL cache; a stale trust store rejects good certificates.',
    ],
    shortFix: 'signing cert is untrusted, expired or unsupported: renew it or fix the verifier trust list',
    retry:
      'Do not resend unchanged. The signer must use a certificate the verifier trusts; calls succeed again once the certificate or trust list is fixed.',
    related: {
      436: '436 is "could not get or use the certificate at the URL"; 437 is "got it, but do not trust or support it".',
      438: '438 means the certificate is fine but the signature over the request does not verify; 437 means the certificate itself is rejected.',
    },
    sentBy: ['verification service', 'SBC', 'proxy'],
    typicalMethods: ['INVITE'],
    stirShaken:
      'Verifier result "credential not trusted, expired or unsupported". Under RFC 9410 it can be reported as Reason: STIR;cause=437 while the call continues.',
  },
  438: {
    description:
      'The Identity header is invalid (RFC 8224 §6.2.2): the PASSporT signature did not verify with the signer\'s certificate, or the header could not be parsed. It says the request as received does not match what was signed.',
    whenItAppears:
      'Sent by a STIR/SHAKEN verification service in answer to a signed INVITE when the signature check fails. Common causes: an intermediary changed the calling or called number after signing (number normalisation, adding or removing +1), a truncated or re-encoded Identity header, or a certificate that does not belong to the signing key.',
    howToFix: [
      'Decode the PASSporT in the Identity header and compare its orig and dest numbers with the From/P-Asserted-Identity and To/Request-URI the verifier received.',
      'If they differ, find the element that rewrote the numbers after the authentication service signed, and sign after normalisation or stop the rewrite.',
      'Check the header survived intact: no line folding, truncation or re-quoting by an SBC, and the ppt and alg parameters match the PASSporT.',
      'Confirm the certificate at info/x5u holds the public key for the private key the authentication service signs with.',
    ],
    shortFix: 'signature in the PASSporT did not verify: check numbers were not rewritten after signing',
    retry:
      'Do not resend the same Identity header. Fix the signing or the header rewriting; a call resent unsigned may be accepted or rejected depending on the terminating policy.',
    related: {
      436: '436 fails before the signature check, because the certificate could not be fetched; 438 has the certificate and the check fails.',
      437: '437 rejects the certificate itself; 438 rejects the signature made with it.',
      428: '428 means no Identity header at all; 438 means one is present but invalid.',
      403: 'A stale PASSporT (iat outside the freshness window) is answered with 403 "Stale Date", not 438; other 403s are general policy refusals.',
    },
    sentBy: ['verification service', 'SBC', 'proxy'],
    typicalMethods: ['INVITE'],
    stirShaken:
      'Verifier result "signature did not verify". Under RFC 9410 it can be carried as Reason: STIR;cause=438 so the originating network learns of it without the call failing.',
  },
  439: {
    description:
      'The registrar refuses an outbound (RFC 5626) registration because the first hop the REGISTER passed through does not support SIP Outbound (RFC 5626 §11.6; UA behaviour in §4.2.1). Without outbound at the edge, the registrar cannot keep requests on the flow the UA opened.',
    whenItAppears:
      'Sent by a registrar in answer to a REGISTER whose Contact carries reg-id and +sip.instance (the UA asked for outbound) when the edge proxy in front did not mark its Path entry with the ob parameter, so outbound cannot work on that path.',
    howToFix: [
      'Check the REGISTER: Contact with reg-id and +sip.instance, Supported: outbound, and the Path header(s) the registrar received.',
      'If an edge proxy or SBC is in front, enable outbound on it so it adds a Path URI with ;ob (for Kamailio, the path and outbound modules).',
      'If you do not need outbound, turn it off on the UA (pjsua: the account setting use_rfc5626) so it registers without reg-id.',
      'Or point the UA at an outbound proxy that supports RFC 5626.',
    ],
    shortFix: 'edge proxy lacks SIP Outbound: enable ;ob Path support there or disable outbound on the UA',
    retry:
      'The UA may register again without outbound, or through another outbound proxy that supports it (RFC 5626 §4.2.1). Repeating the same REGISTER gets 439 again.',
    related: {
      430: '430 reports that an existing outbound flow has failed; 439 refuses to set one up in the first place.',
      421: '421 asks the client to add an extension it did not use; 439 says the path, not the client, lacks the outbound extension.',
    },
    sentBy: ['registrar'],
    typicalMethods: ['REGISTER'],
  },
  440: {
    description:
      'A forking proxy could not forward the request because the Max-Breadth budget had run out (RFC 5393 §5): Max-Breadth limits how many branches a request may have in parallel across all proxies, and nothing was left for this branch.',
    whenItAppears:
      'Sent by a proxy that forks in parallel (to several registered contacts, a hunt group, or another forking proxy) when the Max-Breadth value it received is too small to give each new branch at least 1. Typical with nested forking: group calls that fork to groups, or a loop through forking proxies.',
    howToFix: [
      'Read the Max-Breadth header on the request at each proxy hop and see where it reached a value that could not be split over the branches.',
      'Look for nested or recursive forking (a group containing groups, contacts that point back to a forking proxy) and flatten it.',
      'Check for a forwarding loop that keeps re-forking the same call; 482 or 483 elsewhere in the log points to it.',
      'If wide parallel forking is intended, fork sequentially where possible or raise the Max-Breadth the first proxy inserts.',
    ],
    shortFix: 'parallel fork budget (Max-Breadth) exhausted: flatten nested forking or fork sequentially',
    retry:
      'Retrying the same request at once hits the same limit. A proxy that forks sequentially can reuse breadth released by finished branches (RFC 5393).',
    related: {
      483: '483 means the request went through too many hops in a line (Max-Forwards 0); 440 means it fanned out to too many branches at once.',
      482: '482 is a loop caught by Via inspection; 440 is a breadth limit, which loops through forking proxies can also exhaust.',
    },
    sentBy: ['proxy'],
    typicalMethods: ['INVITE', 'MESSAGE', 'SUBSCRIBE'],
  },
  469: {
    description:
      'The UA received an INFO request for an Info Package it never said it would accept (RFC 6086 §4.2.2). The 469 lists the packages it does accept in a Recv-Info header.',
    whenItAppears:
      'Sent by the UAS of an INVITE dialog in answer to INFO carrying an Info-Package header whose package is not in the Recv-Info the UAS sent in its INVITE, 2xx, re-INVITE or UPDATE. Seen when a B2BUA drops Recv-Info between legs, or a sender assumes a package without negotiating it.',
    howToFix: [
      'Compare the Info-Package of the failing INFO with the Recv-Info headers the receiver sent earlier in the dialog, and with the Recv-Info in the 469.',
      'Send only packages the peer listed, or enable the package on the receiver so it advertises it in Recv-Info.',
      'Check B2BUAs and SBCs between the UAs: they must pass Recv-Info and Info-Package on, or negotiate packages per leg.',
      'For old-style INFO (for example DTMF as application/dtmf-relay), leave out Info-Package: legacy INFO usage is not package-checked.',
    ],
    shortFix: 'peer did not advertise this Info-Package: use one from its Recv-Info or negotiate it',
    retry:
      'Do not resend the same INFO. Use a package from the Recv-Info of the 469, or renegotiate with a re-INVITE or UPDATE carrying Recv-Info. The dialog itself is not affected.',
    related: {
      489: '489 rejects an unknown event package in SUBSCRIBE/NOTIFY/PUBLISH; 469 rejects an unknown Info Package in INFO.',
      415: '415 rejects a body type the UA cannot read; 469 rejects the package, whatever the body.',
    },
    sentBy: ['UAS'],
    typicalMethods: ['INFO'],
  },
  470: {
    description:
      'A relay was asked to send a request to a list of URIs and does not have consent from at least one recipient (RFC 5360 §5.9.2). The response should name the missing ones in a Permission-Missing header.',
    whenItAppears:
      'Sent by a URI-list server or other relay (message exploder, conference focus, list server) in answer to a MESSAGE, INVITE or SUBSCRIBE with a request-contained URI list, when some recipients have not granted the relay permission to send them traffic.',
    howToFix: [
      'Read the Permission-Missing header of the 470 to see which recipients have not given consent.',
      'Have the relay ask those recipients for permission through the RFC 5360 consent framework and wait until they grant it.',
      'Meanwhile resend with the unconsented URIs removed from the list, if the service allows partial delivery.',
    ],
    shortFix: 'some list recipients have not consented: see Permission-Missing, get consent or drop them',
    retry:
      'Retry after the recipients in Permission-Missing have granted consent, or without them. An immediate identical retry gets 470 again.',
    related: {
      403: '403 is a refusal that retrying will not fix; 470 names the missing consent and succeeds once it is granted.',
    },
    sentBy: ['relay', 'URI-list server'],
    typicalMethods: ['MESSAGE', 'INVITE', 'SUBSCRIBE'],
  },
  480: {
    description:
      'The callee was found but is not available right now (RFC 3261 §21.4.18): not registered, logged in with do-not-disturb, or did not answer. Also used by a proxy or redirect server that knows the user but has no current contact for it. The reason phrase should say more, and Retry-After may say when to try again.',
    whenItAppears:
      'Sent by a registrar or proxy when the AOR exists but has no registered contact, by a UAS or PBX when DND is on or a ring-no-answer timer expires, and by gateways mapping Q.850 causes 19, 20 and 31 (RFC 3398). Mostly in answer to INVITE, also MESSAGE and SUBSCRIBE.',
    howToFix: [
      'Check whether the callee was registered at the time of the call (kamctl ul show, Asterisk pjsip show contacts, FreeSWITCH sofia status profile <name> reg).',
      'If it was registered, find out whether the INVITE reached the device and who produced the 480: the device (DND), the PBX (no-answer timeout) or the proxy (no usable contact).',
      'Read the Reason header if present: Q.850 cause 18, 19, 20 or 31 tells no answer from the far network, subscriber absent, or normal unspecified.',
      'For registered-but-unreachable phones, check NAT keep-alives and registration expiry; for no-answer, check the ring timeout and add a voicemail or forward rule on 480.',
    ],
    shortFix: 'callee not reachable now (not registered, DND or no answer): check registration and timers',
    retry:
      'Retry later, not at once: honour Retry-After when present. Forking proxies keep trying other branches, and the user may be reachable at another contact.',
    related: {
      486: '486 means the callee was reached and is busy; 480 means the callee was not reachable or did not answer.',
      404: '404 means this domain does not know the user at all; 480 means the user is known but has no reachable contact now.',
      408: '408 means no final response arrived in time; 480 means a server answered that the callee is unavailable.',
      600: '600 is a definitive busy at every location; 480 is temporary and specific to this attempt.',
      603: '603 is an explicit decline that stops all forking; 480 is unavailability and other branches may still succeed.',
    },
    sentBy: ['UAS', 'proxy', 'registrar', 'gateway'],
    typicalMethods: ['INVITE', 'MESSAGE', 'SUBSCRIBE'],
  },
  481: {
    description:
      'The UAS received a request that matches no dialog or transaction it knows (RFC 3261 §21.4.19): the Call-ID and tags point to a dialog that never existed there or has already ended, or a CANCEL matches no pending INVITE.',
    whenItAppears:
      'Sent by a UAS or B2BUA in answer to BYE, re-INVITE, UPDATE, INFO, NOTIFY or REFER inside a dialog the UAS has already torn down, to a CANCEL that arrives after the INVITE got its final response (or at a hop that never saw the INVITE), and to SUBSCRIBE refreshes or NOTIFYs for an expired subscription.',
    howToFix: [
      'Compare Call-ID, From tag and To tag of the rejected request with the INVITE and 2xx that created the dialog; a mismatch usually means an SBC or B2BUA rewrote one of them on one leg only.',
      'Look earlier in the call for a BYE, a session-timer expiry or an RTP-timeout hangup on the UAS side: the dialog may already be gone.',
      'For a CANCEL answered 481, check whether the INVITE already had a final response and whether the CANCEL went to the same next hop with the same Via branch as the INVITE.',
      'For SUBSCRIBE/NOTIFY, compare the subscription Expires with the refresh timing and refresh well before it runs out.',
    ],
    shortFix: 'request matches no dialog at the UAS: check Call-ID/tags rewrites or an already-ended dialog',
    retry:
      'Do not retry the request. A 481 to a mid-dialog request means the dialog is gone: the UAC should end it locally (RFC 3261 §12.2.1.2). For subscriptions, create a new one.',
    related: {
      487: '487 answers the INVITE that a CANCEL stopped; 481 answers a request (often the CANCEL or BYE) that matched nothing.',
      408: '408 means no response arrived in time; 481 is a prompt answer that the dialog does not exist. Both end a dialog when they answer a mid-dialog request.',
    },
    sentBy: ['UAS', 'B2BUA'],
    typicalMethods: ['BYE', 'CANCEL', 'INVITE', 'UPDATE', 'NOTIFY', 'SUBSCRIBE'],
  },
  482: {
    description:
      'A proxy found that the request has looped back to it (RFC 3261 §21.4.20): the loop check of RFC 3261 §16.3, tightened by RFC 5393, found its own address in a Via with a branch showing this is the same request, not a legal spiral.',
    whenItAppears:
      'Sent by a stateful proxy when routing sends a request back through itself unchanged: two proxies or a proxy and a PBX routing the same Request-URI to each other, DNS/SRV records that point back at the sender, or a forward rule that points at the trunk the call came from.',
    howToFix: [
      'Read the Via headers of the looped request: the repeated host shows which elements form the loop.',
      'Follow the routing decision at each of those hops for this Request-URI (dialplan, dispatcher or LCR rule, DNS SRV) and find the one that sends it back.',
      'Fix the rule so the request reaches a different destination, or answer it locally (404/480) when no route exists.',
      'If the Request-URI is meant to change between passes (a spiral, for example after number translation), make sure it really does change.',
    ],
    shortFix: 'routing loop: trace the Via hosts and fix the rule that sends the request back',
    retry:
      'Do not retry until the routing is fixed; the same request will loop again.',
    related: {
      483: '483 means Max-Forwards reached 0, the usual end of loops that 482 cannot see (for example through B2BUAs); 482 is caught from the Via stack.',
      440: '440 means the parallel forking budget ran out; 482 means a single path came back to itself.',
    },
    sentBy: ['proxy'],
    typicalMethods: [],
  },
  483: {
    description:
      'The request arrived with Max-Forwards 0, so the server may not forward it (RFC 3261 §21.4.21). Each proxy decrements Max-Forwards (UACs normally start at 70), so 483 means a very long path or, almost always, a loop.',
    whenItAppears:
      'Sent by a proxy or B2BUA on receiving a request with Max-Forwards: 0 (RFC 3261 §16.3 step 3). Loops through B2BUAs end this way: each B2BUA starts a new Via stack, so 482 never triggers, but a B2BUA that copies and decrements Max-Forwards lets the loop run out.',
    howToFix: [
      'Compare the Max-Forwards value along the path: a drop of one per hop with the same Request-URI repeating is a loop.',
      'Find the elements in the loop from the log timestamps and Call-IDs (each B2BUA leg has its own Call-ID) and fix the routing rule that sends the call back.',
      'Check that no element sets Max-Forwards too low, and that B2BUAs copy and decrement it rather than resetting it (RFC 7332), so loops stay detectable.',
    ],
    shortFix: 'hop limit hit (Max-Forwards 0): a routing loop, often via B2BUAs; trace hops, fix the route',
    retry:
      'Do not retry until the loop or the over-long path is fixed.',
    related: {
      482: '482 is a loop caught at once from the Via headers; 483 is the hop limit, reached by loops 482 cannot see.',
      440: '440 limits how wide a request forks; 483 limits how long its path is.',
    },
    sentBy: ['proxy', 'B2BUA'],
    typicalMethods: [],
  },
  484: {
    description:
      'The Request-URI is incomplete (RFC 3261 §21.4.22): the digits received so far match the start of a dialling pattern but not a full number. The reason phrase should say more; it is the SIP answer for overlap dialling (RFC 3578) and for Q.850 cause 28.',
    whenItAppears:
      'Sent by a PBX, proxy or PSTN gateway in answer to an INVITE whose user part is too short for the dialplan: the phone sent before the user finished dialling (digit map or inter-digit timeout), a prefix or country code is missing, or the PSTN returned cause 28 (invalid number format).',
    howToFix: [
      'Compare the user part of the Request-URI with the dialplan pattern it should match (length, prefix, country code).',
      'If the phone dials too early, fix its digit map or inter-digit timeout, or dial with a send/# key.',
      'If a normalisation step dropped digits (prefix stripping, E.164 conversion), fix that translation.',
      'On Asterisk, the pjsip endpoint option allow_overlap decides whether a partial match is answered 484.',
    ],
    shortFix: 'number incomplete: check dialled digits against the dialplan, digit map and prefix rules',
    retry:
      'Resend with the complete number: with overlap dialling, a new INVITE carrying more digits (RFC 3578). The same Request-URI gets 484 again.',
    related: {
      404: '404 means the full address does not exist; 484 means more digits would make it valid.',
      485: '485 means the address matches several users; 484 means it is too short to match any.',
    },
    sentBy: ['proxy', 'PBX', 'gateway'],
    typicalMethods: ['INVITE'],
  },
  485: {
    description:
      'The Request-URI matches more than one user (RFC 3261 §21.4.23). The response may list unambiguous addresses in Contact headers, but RFC 3261 warns that revealing them can leak who else is on the system, so many servers do not.',
    whenItAppears:
      'Sent by a proxy, registrar or directory-driven PBX in answer to an INVITE or MESSAGE addressed by name or partial identifier (sip:smith@example.com, a short extension) that several users share.',
    howToFix: [
      'Look for Contact headers in the 485: if present, they list the candidate addresses.',
      'Address the request with a unique identifier (full AOR, full extension or E.164 number).',
      'If the ambiguity is a provisioning mistake (two users with the same alias), make the alias unique on the server.',
    ],
    shortFix: 'address matches several users: pick one of the Contact alternatives or use a unique AOR',
    retry:
      'Retry with an unambiguous address, ideally chosen by the user from the Contacts offered. Repeating the same Request-URI gets 485 again.',
    related: {
      300: '300 offers several locations of one user; 485 says the address itself names several different users.',
      484: '484 means the address is too short to match anything; 485 means it matches more than one.',
    },
    sentBy: ['proxy', 'registrar', 'PBX'],
    typicalMethods: ['INVITE', 'MESSAGE'],
  },
  486: {
    description:
      'The callee was reached, but its end system is not willing or able to take another call right now (RFC 3261 §21.4.24). The refusal applies to this device or endpoint only; the user may be reachable elsewhere.',
    whenItAppears:
      'Sent by a UAS (phone, softphone, PBX extension or voicemail-less B2BUA leg) in answer to an INVITE when every line is in use, do-not-disturb is set to answer busy, or a call-waiting limit is reached. Forking proxies pass it upstream only if no other branch answers better.',
    howToFix: [
      'Confirm the callee really was busy: look for another active dialog to the same AOR just before this INVITE.',
      'If the phone was idle, check its per-line call limit, DND and call-waiting settings; many phones answer 486 when DND is on.',
      'On a PBX, check the extension\'s concurrent-call limit (for example Asterisk pjsip `device_state_busy_at` or a queue member\'s `ringinuse`).',
      'If the caller should reach voicemail or another device instead, add a busy-forward rule on the proxy or PBX for 486.',
    ],
    shortFix: 'callee busy on this device: check DND/line limits, or route busy calls to voicemail',
    retry:
      'Do not retry the same URI at once. A Retry-After header, when present, says when the callee may be free; a proxy may still try other contacts of the same user.',
    related: {
      600: '600 says the user is busy at every device and no alternative will help; 486 is this device only.',
      480: '480 means the callee could not be reached or did not answer; 486 means it was reached and is busy.',
      603: '603 is an explicit decline by the user, everywhere; 486 is "busy", not "no".',
      182: '182 Queued is a provisional "busy, wait in line"; 486 is the final refusal.',
    },
    sentBy: ['UAS', 'B2BUA'],
    typicalMethods: ['INVITE'],
  },
  487: {
    description:
      'The request was ended by a CANCEL or BYE before it completed (RFC 3261 §21.4.25). For an INVITE this is the normal answer after the caller cancelled; it is never the answer to the CANCEL itself.',
    whenItAppears:
      'Sent by the UAS (or each forked branch) in answer to a ringing INVITE after it accepts a CANCEL, which itself gets 200 OK: the caller hung up before answer, a forking proxy cancelled the other branches once one answered (Reason: SIP;cause=200;text="Call completed elsewhere"), or a ring timer on the caller side expired.',
    howToFix: [
      'Find the CANCEL with the same Call-ID and CSeq number and see who sent it: the calling phone (user hung up), a PBX/proxy no-answer timer, or a forking proxy after another branch answered.',
      'If calls are cut while still ringing, check the originating timers: PBX Dial timeout, Kamailio tm fr_inv_timer, or the phone\'s no-answer timer.',
      'If a 200 OK crossed the CANCEL, the CANCEL has no effect: the UAC must ACK the 200 and then send BYE; check it does, or the callee keeps a hung call.',
      'For call statistics, classify 487 with its Reason header as cancelled or answered elsewhere, not as a failure.',
    ],
    shortFix: 'call was cancelled before answer: check who sent the CANCEL and the ring timers',
    retry:
      'Nothing to retry: the caller asked to stop. A new call is a new INVITE.',
    related: {
      481: '481 means a request matched no dialog or transaction (for example a CANCEL after the INVITE finished); 487 is the INVITE\'s answer after a successful CANCEL.',
      408: '408 means no final answer came in time; 487 means someone stopped the request on purpose.',
      199: '199 (provisional) tells the caller one early dialog ended while the INVITE goes on; 487 is the final answer to an INVITE that was stopped.',
    },
    sentBy: ['UAS', 'proxy', 'B2BUA'],
    typicalMethods: ['INVITE'],
  },
  488: {
    description:
      'The session description is not acceptable here (RFC 3261 §21.4.26): the UAS understood the SDP offer but cannot accept its media, codecs, transport or addresses. Like 606 but only for this location. The response should carry a Warning header saying why.',
    whenItAppears:
      'Sent by a UAS, B2BUA, SBC or gateway in answer to an INVITE, re-INVITE or UPDATE with no common codec, RTP/AVP offered to an SRTP-only endpoint (or the reverse), an unsupported T.38 switch, IPv6 media offered to an IPv4-only endpoint, or bandwidth limits. Gateways map Q.850 causes 65 and 70 to it (RFC 3398).',
    howToFix: [
      'Read the Warning header: codes such as 304 (media type not available), 305 (incompatible media format) or 370 (insufficient bandwidth) say which part failed.',
      'Compare the offer\'s m= lines and a=rtpmap entries with the codecs the answerer allows (for example Asterisk endpoint allow/disallow, FreeSWITCH inbound-codec-prefs).',
      'Check the transport profile: RTP/AVP vs RTP/SAVP or RTP/SAVPF, and a=crypto or a=fingerprint lines, must match what the answerer requires.',
      'For a failed re-INVITE (T.38, hold, codec change), confirm the endpoint supports what was offered; the existing session stays as it was.',
    ],
    shortFix: 'offered SDP not acceptable here: compare codecs/SRTP profile with the callee, read Warning',
    retry:
      'Retry with a different offer (other codecs or transport), or let a proxy try other contacts: 488 is specific to this location. After a failed re-INVITE the session continues with its old parameters.',
    related: {
      606: '606 means the session is acceptable nowhere and stops forking; 488 is this location only.',
      415: '415 means the body type itself is not understood; 488 means the SDP was understood but its content is not acceptable.',
      406: '406 concerns Accept headers for the response content; 488 concerns the session description in the request.',
      580: '580 means the SDP preconditions (QoS, security) could not be met; 488 means the media description itself is not acceptable.',
    },
    sentBy: ['UAS', 'B2BUA', 'SBC', 'gateway'],
    typicalMethods: ['INVITE', 'UPDATE'],
  },
  489: {
    description:
      'The server does not support the event package named in the Event header (RFC 6665 §8.3.2), or the header is missing. It should list the packages it does support in Allow-Events.',
    whenItAppears:
      'Sent by a notifier or presence server in answer to SUBSCRIBE for a package it does not offer (presence, dialog for BLF, message-summary for MWI, reg), by a PUBLISH target for an unknown package, and by a subscriber that receives a NOTIFY for a package it did not subscribe to.',
    howToFix: [
      'Read the Event header of the rejected request and the Allow-Events header of the 489.',
      'Enable the package on the server if it should be offered (Asterisk: hints for dialog/presence, mailboxes on the AOR or endpoint for message-summary; Kamailio: presence, presence_dialoginfo or presence_mwi modules).',
      'Otherwise stop the client subscribing to it (turn off BLF, MWI or presence subscriptions for that account).',
      'For a NOTIFY answered 489, check the notifier uses the same Event value as the SUBSCRIBE that created the subscription.',
    ],
    shortFix: 'server lacks this Event package: see Allow-Events; enable it or stop subscribing to it',
    retry:
      'Do not resubscribe with the same Event; pick a package from Allow-Events or disable the feature on the client.',
    related: {
      405: '405 means the method (SUBSCRIBE, PUBLISH) is not allowed at all here; 489 means the method is fine but the event package is not.',
      469: '469 is the same idea for INFO: an Info Package the receiver did not advertise; 489 is for event packages.',
    },
    sentBy: ['notifier', 'presence server', 'UAS'],
    typicalMethods: ['SUBSCRIBE', 'PUBLISH', 'NOTIFY'],
  },
  491: {
    description:
      'Glare: the UAS received a request in a dialog while its own request on that dialog is still pending (RFC 3261 §21.4.27), typically two re-INVITEs crossing. RFC 3261 §14.1 tells the UAC to wait a random time and try again.',
    whenItAppears:
      'Sent by a UA or B2BUA when both ends send a re-INVITE (hold, resume, codec change, session refresh) or an offer-carrying UPDATE at the same moment; each side answers the other\'s request with 491. Common with session timers on both sides and with SBCs that re-INVITE after transfers.',
    howToFix: [
      'Confirm the glare: find both crossing requests (same Call-ID, one from each side) and the 491 each received.',
      'Check the retry timing: the side that generated the Call-ID waits 2.1-4 s, the other side 0-2 s (RFC 3261 §14.1), so the retries do not collide again.',
      'If it happens on every call, find what makes both ends re-INVITE together (both ends refreshing the session timer, SBC media refreshes, automatic hold/resume) and leave the job to one side.',
      'Check that the UA actually retries after 491; some drop the change and leave the call on hold or with the wrong codec.',
    ],
    shortFix: 're-INVITE glare: retry after the RFC 3261 §14.1 random wait; stop both ends re-INVITEing',
    retry:
      'Retry the same request after a random wait: 2.1 to 4 s if this UAC generated the dialog\'s Call-ID, 0 to 2 s if not (RFC 3261 §14.1), and only if the change is still wanted.',
    related: {
      500: '500 with Retry-After answers a second INVITE from the same side while the first is still being processed (RFC 3261 §14.2); 491 answers crossing requests from both sides.',
      488: '488 rejects the content of the offer; 491 rejects only its timing, and the same offer may succeed after the wait.',
    },
    sentBy: ['UAS', 'B2BUA'],
    typicalMethods: ['INVITE', 'UPDATE'],
  },
  493: {
    description:
      'The request carried an encrypted S/MIME body that the UAS cannot decrypt, because it does not have or will not use the matching key (RFC 3261 §21.4.28). The response may include the public key the UAS wants the sender to encrypt to.',
    whenItAppears:
      'Sent by a UAS in answer to an INVITE or MESSAGE whose body is application/pkcs7-mime encrypted for a certificate the UAS does not hold (old certificate, wrong AOR, key not loaded). Rare in practice: most deployments protect bodies with TLS instead of S/MIME.',
    howToFix: [
      'Check the Content-Type of the request body (application/pkcs7-mime) and which certificate it was encrypted to.',
      'If the 493 carries a body with the recipient\'s public key, re-encrypt to that key.',
      'On the receiver, confirm its private key and certificate for that AOR are installed and loaded.',
      'Where end-to-end S/MIME is not required, send the body unencrypted over TLS (sips:) instead.',
    ],
    shortFix: 'recipient cannot decrypt the S/MIME body: encrypt to its current certificate or use TLS',
    retry:
      'Retry with the body encrypted to the key in the 493 (if one is supplied) or with no S/MIME encryption. The same body fails again.',
    related: {
      400: '400 means the message is malformed; 493 means it is well formed but the encrypted body cannot be decrypted.',
      494: '494 concerns hop-by-hop security agreement (RFC 3329); 493 concerns end-to-end body encryption.',
    },
    sentBy: ['UAS'],
    typicalMethods: ['INVITE', 'MESSAGE'],
  },
  494: {
    description:
      'The server requires a security mechanism agreement before it will accept the request (RFC 3329 §2.3.1). The 494 lists the mechanisms it offers in Security-Server; the client must pick one, set it up and resend with Security-Verify.',
    whenItAppears:
      'Sent by the next-hop server (in IMS, the P-CSCF) when a request with Require or Proxy-Require: sec-agree arrives unprotected, or when the server insists on sec-agree and the client listed it in Supported. Mostly on REGISTER from IMS/VoLTE clients using ipsec-3gpp or TLS.',
    howToFix: [
      'Check the request: Require/Proxy-Require: sec-agree, the Security-Client list, and whether it came over the protected channel (the negotiated IPsec ports or TLS connection).',
      'Read Security-Server in the 494, choose the mechanism with the highest q both sides support, and set up that association.',
      'Resend over the protected channel with Security-Verify copied exactly from the Security-Server list.',
      'If later requests fail with 494, check that they still use the security association (ports, SA lifetime vs registration expiry) and renegotiate when it expires.',
    ],
    shortFix: 'server requires sec-agree: set up a Security-Server mechanism and resend with Security-Verify',
    retry:
      'Resend after setting up the agreed mechanism, over the protected channel, with Security-Verify echoing the server\'s list. An unprotected resend gets 494 again.',
    related: {
      421: '421 asks for an option tag the client did not send; 494 is specifically about the sec-agree security negotiation and carries Security-Server.',
      493: '493 concerns decrypting an S/MIME body end to end; 494 concerns hop-by-hop security agreement.',
    },
    sentBy: ['proxy', 'P-CSCF', 'registrar'],
    typicalMethods: ['REGISTER', 'INVITE'],
  },
};
