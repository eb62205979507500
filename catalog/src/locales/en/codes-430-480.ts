import type { CodeProse } from '../../types';

/** English prose for 430-480: outbound, anonymity, STIR identity, Max-Breadth, Info Package, consent, and 480. */
export const CLIENT_FAILURE_430_480: Readonly<Record<number, CodeProse>> = {
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
      480: '430 stays between proxies: an endpoint should never receive one (RFC 5626 §11.5). A proxy that runs out of flows has to answer the caller with something else, commonly 480.',
    },
    sentBy: ['edge proxy'],
    typicalMethods: ['INVITE', 'MESSAGE', 'SUBSCRIBE', 'NOTIFY'],
  },
  433: {
    description:
      'The server refuses the request because it is anonymous (RFC 5079 §5): the callee, or a service acting for the callee, does not accept calls that hide the caller identity. Unlike 403 it tells the caller that revealing identity would help.',
    whenItAppears:
      'Sent by the callee UA or by a proxy or application server running an anonymous-call-rejection service, in answer to an INVITE (or MESSAGE) whose From is anonymous (sip:anonymous@anonymous.invalid) or that carries Privacy: id or Privacy: user (RFC 5079 §3), so that no usable identity reaches the callee.',
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
      'Sent by a STIR verification service (terminating carrier SBC or STI-VS) in answer to a signed INVITE when fetching the certificate URL fails: DNS or TLS error, HTTP 404/403, timeout, a URL the local policy refuses (SHAKEN, for example, requires HTTPS), or content that is not a certificate chain.',
    howToFix: [
      'Take the info= URL from the Identity header (and the x5u in the PASSporT header; in SHAKEN they should name the same certificate).',
      "Fetch that URL from the verifier's network: check DNS, the HTTPS certificate of the repository, the HTTP status, redirects and response time.",
      'Check what the URL serves: a PEM certificate chain for the signing key, not an HTML page, an expired link or a login wall.',
      "If failures are intermittent, look at the certificate repository's availability and the verifier's fetch timeout and cache.",
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
      "The Identity header is invalid (RFC 8224 §6.2.2): the PASSporT signature did not verify with the signer's certificate, or the header could not be parsed. It says the request as received does not match what was signed.",
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
      403: 'A request whose Date header (or full-form PASSporT iat) is older than the freshness policy gets 403 "Stale Date" (RFC 8224 §6.2.2), not 438; other 403s are general policy refusals.',
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
      'Sent by a registrar in answer to a REGISTER that asks for outbound (a reg-id in the Contact and the outbound option tag in Supported) when the first hop did not support it: no Path header, or a first Path entry without the ob parameter (RFC 5626 §6). Without Supported: outbound the registrar ignores reg-id instead.',
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
      'A forking proxy could not forward the request because the Max-Breadth budget had run out (RFC 5393 §5.3.3): Max-Breadth limits how many branches a request may have in parallel across all proxies, and nothing was left for this branch.',
    whenItAppears:
      'Sent by a proxy that forks in parallel (to several registered contacts, a hunt group, or another forking proxy) when the Max-Breadth value it received is too small to give each new branch at least 1. Typical with nested forking: group calls that fork to groups, or a loop through forking proxies.',
    howToFix: [
      'Read the Max-Breadth header on the request at each proxy hop and see where it reached a value that could not be split over the branches.',
      'Look for nested or recursive forking (a group containing groups, contacts that point back to a forking proxy) and flatten it.',
      'Check for a forwarding loop that keeps re-forking the same call; 482 or 483 elsewhere in the log points to it.',
      "If wide parallel forking is intended, fork sequentially where possible. Raising Max-Breadth helps only up to each proxy's own maximum: every proxy must have one (RECOMMENDED 60) and overwrites a larger incoming value with it (RFC 5393 §5.3.3), so the limit of the most restrictive proxy on the path applies.",
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
      'Sent by the UA that receives an INFO (caller or callee) when its Info-Package header names a package that UA never listed in a Recv-Info header during the dialog (in its INVITE, 2xx, re-INVITE or UPDATE). Seen when a B2BUA drops Recv-Info between legs, or a sender assumes a package without negotiating it.',
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
      'Read the Reason header if present: Q.850 cause 19 (no answer), 20 (subscriber absent) or 31 (normal, unspecified) shows why the far network gave up; RFC 3398 maps all three to 480.',
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
};
