import type { CodeProse } from '../../types';

/**
 * English prose for 417-429: extension codes from RFCs 3892, 4028, 4412, 6442, 8224 and 8876, and 420, 421
 * and 423 of RFC 3261.
 */
export const CLIENT_FAILURE_417_429: Readonly<Record<number, CodeProse>> = {
  417: {
    description:
      'The request carried a Resource-Priority header whose namespace (or priority value) the element does not understand (RFC 4412 §4.6.2). By local policy the response may include an Accept-Resource-Priority header listing the namespace and value pairs it does understand.',
    whenItAppears:
      'Sent by proxies, gateways and UAs in priority-aware networks (government emergency schemes, military precedence) to an INVITE marked with a namespace such as dsn, drsn, q735, ets or wps that this element does not know. RFC 4412 §4.6.2 requires the 417 when the request also carries Require: resource-priority; without it the element should handle the request as if it had no Resource-Priority, though some products can be configured to reject anyway. A known namespace the caller is not authorised to use gets 403 instead.',
    howToFix: [
      'Read the Accept-Resource-Priority header of the 417, when the element sent one: it lists the namespace.value pairs the element accepts.',
      'Compare them with the Resource-Priority you sent (for example "wps.2" or "dsn.flash") and correct the namespace spelling or priority value.',
      'If priority marking is not needed on this leg, strip Resource-Priority and Require: resource-priority at the border SBC toward that network.',
      'If the element should honour the namespace, add it to its configuration; if priority treatment is optional for this call, send Resource-Priority without Require: resource-priority, so an element that does not know it can ignore it (and check for products set to reject unknown namespaces even then).',
    ],
    shortFix: 'unknown Resource-Priority namespace: use one from Accept-Resource-Priority or strip it',
    retry:
      'Retry with a namespace and value from the Accept-Resource-Priority header, or without Resource-Priority if priority treatment is not required.',
    related: {
      420: '420 means an option tag in Require or Proxy-Require is unknown; 417 means the priority extension is known but the namespace or value is not.',
      403: '403 refuses the request by policy, for instance a caller not authorized for that priority; 417 means the priority marking was not understood.',
    },
    sentBy: ['proxy', 'gateway', 'UAS'],
    typicalMethods: ['INVITE'],
  },
  420: {
    description:
      'The server did not understand a protocol extension listed in a Require or Proxy-Require header (RFC 3261 §21.4.15). It must list the extensions it does not support in an Unsupported header.',
    whenItAppears:
      'Sent by a UAS for unknown option tags in Require, or by a proxy for unknown tags in Proxy-Require: a UAC requiring 100rel, timer, precondition or replaces toward a PBX or trunk that lacks them, or an IMS client requiring sec-agree or precondition toward a plain SIP server. Gateways map it to Q.850 cause 127.',
    howToFix: [
      'Read the Unsupported header of the 420: it names the option tags the server does not know.',
      'Find where the sender puts them in Require or Proxy-Require; if the feature is optional, advertise it in Supported instead (in Asterisk pjsip, `100rel=yes` rather than `100rel=required`, `timers=yes` rather than `timers=required`).',
      'If the feature is really needed, enable that extension on the receiving side.',
      'Check the UAC retried without the refused extensions, as RFC 3261 §8.1.3.5 says it should; giving up is only right when the call cannot work without them.',
    ],
    shortFix: 'peer lacks an extension you required: see Unsupported, move the tag from Require to Supported',
    retry: 'Retry without requiring the option tags listed in the Unsupported header (RFC 3261 §8.1.3.5).',
    related: {
      421: '421 is the reverse: the server needs an extension the client did not offer.',
      417: '417 means the Resource-Priority extension is understood but its namespace is not; 420 means the extension itself is unknown.',
    },
    sentBy: ['UAS', 'proxy'],
    typicalMethods: ['INVITE', 'UPDATE', 'REGISTER'],
  },
  421: {
    description:
      'The UAS needs a particular extension to process the request, but the request does not list it in Supported (RFC 3261 §21.4.16). The response lists the required extensions in a Require header; a UAS should use it only when it cannot serve the request without them.',
    whenItAppears:
      'Sent by a UAS or registrar with a hard policy: a PBX or gateway requiring reliable provisional responses (100rel), session timers (timer) or preconditions on every INVITE, and the caller not offering them.',
    howToFix: [
      'Read the Require header of the 421 to get the option tags the server insists on.',
      'Enable those extensions on the UAC so it advertises them in Supported (in Asterisk pjsip, `100rel=yes` or `timers=yes` on the endpoint).',
      'If the UAC cannot support them, relax the UAS policy from "required" to "supported" so the extension becomes optional.',
      "Check that an SBC or B2BUA in the path is not stripping the caller's Supported header.",
    ],
    shortFix: 'server requires an extension you did not offer: enable the tags from the Require header',
    retry:
      'Retry with the option tags from the Require header listed in Supported, once the UAC actually implements them.',
    related: {
      420: '420 is the reverse: the client required an extension the server lacks.',
      494: '494 asks for a security mechanism agreement from a client that listed sec-agree in Supported; a client that did not list it gets 421 with Require: sec-agree instead (RFC 3329 §2.3.2). Both carry Security-Server.',
    },
    sentBy: ['UAS', 'registrar'],
    typicalMethods: ['INVITE', 'REGISTER'],
  },
  422: {
    description:
      'The Session-Expires value in the request is below the minimum the server accepts (RFC 4028 §6). The response must carry a Min-SE header with that minimum, which is never lower than 90 seconds.',
    whenItAppears:
      'Sent by a UAS or a proxy to an INVITE or UPDATE whose Session-Expires is shorter than its policy, for example a phone asking for 90 s toward a carrier that wants 1800 s. It may only be sent when the request shows session-timer support (Supported: timer).',
    howToFix: [
      'Read Min-SE in the 422 and compare it with the Session-Expires and Min-SE of the refused request.',
      'Check the UAC sent a new INVITE with Session-Expires at least that Min-SE and a Min-SE header carrying it; a UAC that resends the old value just loops.',
      "Raise the sender's session interval (Asterisk pjsip `timers_sess_expires`, FreeSWITCH profile `session-timeout`).",
      'If you own the rejecting side and its minimum is needlessly high, lower it (Asterisk `timers_min_se`, FreeSWITCH `minimum-session-expires`), keeping it at 90 s or more.',
    ],
    shortFix: "session interval below the peer's Min-SE: resend with Session-Expires >= Min-SE",
    retry:
      'Retry with Session-Expires at least the Min-SE from the 422, and a Min-SE header carrying the largest Min-SE of all the 422s received (RFC 4028 §7.4). A further 422 from another hop is normal; one from the same element again means a loop.',
    related: {
      423: '423 is the same idea for registration or subscription expiry (Expires vs Min-Expires); 422 is the session timer.',
    },
    sentBy: ['UAS', 'proxy'],
    typicalMethods: ['INVITE', 'UPDATE'],
  },
  423: {
    description:
      'The expiry requested for the resource being refreshed is too short (RFC 3261 §21.4.17). Registrars use it for REGISTER and notifiers for SUBSCRIBE; the response carries a Min-Expires header with the shortest interval accepted.',
    whenItAppears:
      'Sent by a registrar to a REGISTER whose Expires header or Contact ;expires parameter is below its minimum (phones often pick short intervals to keep NAT bindings open), by a notifier to a SUBSCRIBE with too short an Expires, and by an event state compositor to a PUBLISH (RFC 3903).',
    howToFix: [
      'Read Min-Expires in the 423.',
      "Check both the Expires header and each Contact's ;expires parameter: the parameter wins, so a short ;expires fails even when the header is fine.",
      "Raise the client's interval (the phone's registration period, or `expiration` on an Asterisk pjsip outbound registration).",
      'If the short interval exists only to keep NAT open, use CRLF or OPTIONS keepalives instead, or lower the server minimum (Asterisk aor `minimum_expiration`, Kamailio registrar `min_expires`).',
    ],
    shortFix: 'expiry too short: resend REGISTER/SUBSCRIBE with Expires >= Min-Expires',
    retry: 'Retry with Expires (and any Contact ;expires) at least the Min-Expires of the 423.',
    related: {
      422: '422 is about the session timer (Session-Expires vs Min-SE); 423 is registration, subscription or publication expiry.',
    },
    sentBy: ['registrar', 'notifier'],
    typicalMethods: ['REGISTER', 'SUBSCRIBE', 'PUBLISH'],
  },
  424: {
    description:
      "The request was rejected because of its location information: the location was malformed, could not be retrieved, or was not good enough for the recipient's purpose (RFC 6442 §4.3). The 424 must carry a Geolocation-Error header giving the reason as a code and text.",
    whenItAppears:
      'Sent by the UAS or by a proxy that routes on location (an emergency-services routing proxy, a PSAP) to an INVITE or MESSAGE carrying a Geolocation header that points to a PIDF-LO body part (cid:) or a location URI. Seen mostly in NG911/NG112 and enterprise emergency calling.',
    howToFix: [
      'Read the Geolocation-Error header: its code and text say whether the location could not be processed, could not be dereferenced, or may not be used.',
      'For a cid: reference, check the multipart body contains an application/pidf+xml part whose Content-ID matches the Geolocation value.',
      'For an http(s) or sip reference, check the recipient can reach it and is allowed to dereference it (firewall, TLS certificate, authorization).',
      "Validate the PIDF-LO itself: a well-formed XML document with a geodetic shape or civic address the recipient's profile accepts.",
    ],
    shortFix: 'location in the request is bad or unreachable: check Geolocation-Error, PIDF-LO and Content-ID',
    retry:
      'Retry with corrected or complete location information; resending the same location object gets the same answer.',
    related: {
      400: '400 is a malformed request; 424 means the request was fine but its location was unusable.',
    },
    sentBy: ['UAS', 'proxy', 'PSAP'],
    typicalMethods: ['INVITE', 'MESSAGE'],
  },
  425: {
    description:
      'The recipient could not process the alert payload of a non-interactive emergency call: the Common Alerting Protocol (CAP) document carried in the request (RFC 8876). An AlertMsg-Error header gives the reason code. Despite the name, it has nothing to do with the Alert-Info header.',
    whenItAppears:
      'Sent by a PSAP or an emergency-services routing proxy to a MESSAGE (or INVITE) from an automated source, such as an alarm panel, sensor or vehicle system, whose CAP alert is corrupted, cannot be retrieved or does not say enough. A request with no CAP data at all must not get a 425 (RFC 8876 §5.1).',
    howToFix: [
      'Read the AlertMsg-Error code: 100 cannot process the payload, 101 payload missing or not found, 102 not enough information to tell the purpose of the alert, 103 payload corrupted.',
      'For 101, check the CAP body part is actually in the request and that the reference to it matches its Content-ID.',
      'For 102 or 103, validate the CAP XML against the CAP schema and the RFC 8876 profile, and fill in the elements that say what the alert is about.',
      'Check an SBC or B2BUA on the path does not drop or re-encode multipart bodies.',
    ],
    shortFix: 'emergency CAP alert payload rejected: read AlertMsg-Error (100-103) and fix the CAP body',
    retry: 'Retry only with a corrected CAP payload; the same payload will be refused again.',
    related: {
      400: '400 is a malformed SIP request; 425 means the request was fine but its CAP alert payload was not.',
      488: '488 rejects the media session offer; 425 rejects the alert payload, not the media.',
    },
    sentBy: ['PSAP', 'proxy'],
    typicalMethods: ['MESSAGE', 'INVITE'],
  },
  428: {
    description:
      "The verifier's policy requires an Identity header and the request had none (RFC 8224 §6.2.2). The caller's identity was not signed, so there is nothing to verify.",
    whenItAppears:
      'Sent by a STIR verification service, usually at a terminating carrier or an enterprise SBC set to require signed calls, in answer to an INVITE without an Identity header: the originating provider did not sign, the call entered from TDM or a non-STIR interconnect, or an SBC or B2BUA on the way removed the header.',
    howToFix: [
      'Confirm the INVITE as received has no Identity header, then look at the same INVITE where it left the originator: if it was signed there, a device in between stripped the header.',
      'Configure intermediate SBCs and B2BUAs to pass Identity through, including ones that trim headers to keep an INVITE small enough for UDP.',
      "If the originator never signs, enable its authentication service with the provider's STIR/SHAKEN certificate.",
      'On the verifying side, confirm that rejecting unsigned calls is the intended policy; many deployments accept them and only mark them unverified.',
    ],
    shortFix: 'verifier requires a signed call and no Identity header came: sign it or stop stripping it',
    retry:
      'Retry only once an authentication service has added an Identity header; an unsigned retry gets the same 428.',
    related: {
      436: '436 means Identity was present but its certificate URL could not be fetched or used; 428 means no usable Identity arrived (none at all, or only ones with a PASSporT type the verifier does not support).',
      438: '438 means the Identity signature did not verify; 428 means nothing was signed.',
      608: '608 is an intermediary such as a call analytics engine rejecting the call; 428 is about a missing signature.',
    },
    sentBy: ['STIR verifier', 'proxy', 'B2BUA'],
    typicalMethods: ['INVITE'],
    stirShaken:
      'Policy requires an Identity header (PASSporT) and the request had none (RFC 8224). The originating authentication service must sign the call, and nothing in between may strip the header.',
  },
  429: {
    description:
      "The refer target wants proof of who asked for this request: a valid Referred-By token, a signed body that binds the referrer's identity (RFC 3892 §5). A bare Referred-By header is not enough for it.",
    whenItAppears:
      "Sent by the refer target (the transfer target) in a call transfer: the referrer sends REFER to the referee, the referee sends an INVITE to the target with Referred-By copied from the REFER, and the target's policy demands the signed token, which the request lacks or which does not verify (an invalid token must get 429, RFC 3892 §2.3). A referee may also answer the REFER itself with 429 when it carries no token (§2.2). Rare outside deployments that use S/MIME.",
    howToFix: [
      'Check the triggered INVITE: does its Referred-By header carry a cid parameter pointing to a signed body part, and is that part present?',
      'Remember the referee cannot make the token itself: it must come from the referrer, inside the REFER.',
      'Check the referee reported the 429 to the referrer in a NOTIFY (message/sipfrag body) so the referrer can send a new REFER with a token.',
      "If your equipment cannot produce Referred-By tokens, change the target's policy to trust transfers on other grounds (an authenticated peer, a trusted network asserting identity).",
    ],
    shortFix: 'transfer target wants a signed Referred-By token: the referrer must supply it in the REFER',
    retry:
      'The referee should not resend the request unchanged: the referrer must first supply a Referred-By token in a new REFER, then the referee sends the request again with it.',
    related: {
      403: "403 is a plain refusal; 429 says exactly what is missing, proof of the referrer's identity, and can be fixed by adding a token.",
    },
    sentBy: ['UAS'],
    typicalMethods: ['INVITE', 'REFER'],
  },
};
