import type { CodeProse } from '../../types';

/** English prose for 481-494, from RFC 3261 §21.4 and RFCs 3329 and 6665. */
export const CLIENT_FAILURE_481_494: Readonly<Record<number, CodeProse>> = {
  481: {
    description:
      'The UAS received a request that matches no dialog or transaction it knows (RFC 3261 §21.4.19): the Call-ID and tags point to a dialog that never existed there or has already ended, or a CANCEL matches no INVITE transaction.',
    whenItAppears:
      'Sent by a UAS or B2BUA in answer to BYE, re-INVITE, UPDATE, INFO, NOTIFY or REFER inside a dialog the UAS has already torn down, to a CANCEL that matches no INVITE transaction (it never passed this hop, or its transaction has already ended; a CANCEL that arrives shortly after a 2xx still matches, because RFC 6026 keeps the INVITE server transaction in the Accepted state for 64*T1, 32 s by default, so it normally gets 200 and has no effect, RFC 3261 §9.2), and to SUBSCRIBE refreshes or NOTIFYs for an expired subscription.',
    howToFix: [
      'Compare Call-ID, From tag and To tag of the rejected request with the INVITE and 2xx that created the dialog; a mismatch usually means an SBC or B2BUA rewrote one of them on one leg only.',
      'Look earlier in the call for a BYE, a session-timer expiry or an RTP-timeout hangup on the UAS side: the dialog may already be gone.',
      "For a CANCEL answered 481, check that the CANCEL went to the same next hop with the same Via branch as the INVITE, and how long after the INVITE's final response it was sent: after a 2xx the transaction lives for 64*T1 (RFC 6026), after a non-2xx only until shortly after its ACK (Timer I, RFC 3261 §17.2.1), so a later CANCEL finds nothing.",
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
    retry: 'Do not retry until the routing is fixed; the same request will loop again.',
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
    retry: 'Do not retry until the loop or the over-long path is fixed.',
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
      "On a PBX, check the extension's concurrent-call limit (for example Asterisk pjsip `device_state_busy_at` or a queue member's `ringinuse`).",
      'If the caller should reach voicemail or another device instead, add a busy-forward rule on the proxy or PBX for 486.',
    ],
    shortFix: 'callee busy on this device: check DND/line limits, or route busy calls to voicemail',
    retry:
      'Do not retry the same URI at once. A Retry-After header, when present, says when the callee may be free; a proxy may still try other contacts of the same user.',
    related: {
      600: '600 says the user is busy at every device and no alternative will help; 486 is this device only.',
      480: '480 means the callee is currently unavailable (not registered, not answering, do-not-disturb); 486 means it was reached and is busy.',
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
      'Sent by the UAS (or each forked branch) in answer to a ringing INVITE after it accepts a CANCEL, which itself gets 200 OK: the caller hung up before answer, a forking proxy cancelled the other branches once one answered, or a ring timer on the caller side expired. In the forking case the reason travels in the CANCEL, as `Reason: SIP;cause=200;text="Call completed elsewhere"` (RFC 3326 §3.1), not normally in the 487.',
    howToFix: [
      'Find the CANCEL with the same Call-ID and CSeq number and see who sent it: the calling phone (user hung up), a PBX/proxy no-answer timer, or a forking proxy after another branch answered.',
      "If calls are cut while still ringing, check the originating timers: PBX Dial timeout, Kamailio tm fr_inv_timer, or the phone's no-answer timer.",
      'If a 200 OK crossed the CANCEL, the CANCEL has no effect: the UAC must ACK the 200 and then send BYE; check it does, or the callee keeps a hung call.',
      'For call statistics, classify a 487 by the Reason header of the CANCEL that caused it (SIP cause 200 means answered elsewhere, otherwise cancelled), not as a failure.',
    ],
    shortFix: 'call was cancelled before answer: check who sent the CANCEL and the ring timers',
    retry: 'Nothing to retry: the caller asked to stop. A new call is a new INVITE.',
    related: {
      481: "481 means a request matched no dialog or transaction (for example a CANCEL whose INVITE transaction is already gone); 487 is the INVITE's answer after a successful CANCEL.",
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
      "Compare the offer's m= lines and a=rtpmap entries with the codecs the answerer allows (for example Asterisk endpoint allow/disallow, FreeSWITCH inbound-codec-prefs).",
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
      'Sent by a notifier or presence server in answer to SUBSCRIBE for a package it does not offer (presence, dialog for BLF, message-summary for MWI, reg), by a PUBLISH target for an unknown package, and by a subscriber that receives a NOTIFY for an event package it does not support (a NOTIFY that matches no subscription should get 481 instead).',
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
      "Sent by a UA or B2BUA when both ends send a re-INVITE (hold, resume, codec change, session refresh) or an offer-carrying UPDATE at the same moment; each side answers the other's request with 491. Common with session timers on both sides and with SBCs that re-INVITE after transfers.",
    howToFix: [
      'Confirm the glare: find both crossing requests (same Call-ID, one from each side) and the 491 each received.',
      'Check the retry timing: the side that generated the Call-ID waits 2.1-4 s, the other side 0-2 s (RFC 3261 §14.1), so the retries do not collide again.',
      'If it happens on every call, find what makes both ends re-INVITE together (both ends refreshing the session timer, SBC media refreshes, automatic hold/resume) and leave the job to one side.',
      'Check that the UA actually retries after 491; some drop the change and leave the call on hold or with the wrong codec.',
    ],
    shortFix: 're-INVITE glare: retry after the RFC 3261 §14.1 random wait; stop both ends re-INVITEing',
    retry:
      "Retry the same request after a random wait: 2.1 to 4 s if this UAC generated the dialog's Call-ID, 0 to 2 s if not (RFC 3261 §14.1), and only if the change is still wanted.",
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
      "If the 493 carries a body with the recipient's public key, re-encrypt to that key.",
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
      "Resend after setting up the agreed mechanism, over the protected channel, with Security-Verify echoing the server's list. An unprotected resend gets 494 again.",
    related: {
      421: '421 asks for an option tag the client did not send; 494 is specifically about the sec-agree security negotiation and carries Security-Server.',
      493: '493 concerns decrypting an S/MIME body end to end; 494 concerns hop-by-hop security agreement.',
    },
    sentBy: ['proxy', 'P-CSCF', 'registrar'],
    typicalMethods: ['REGISTER', 'INVITE'],
  },
};
