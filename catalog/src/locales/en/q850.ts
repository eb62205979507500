import type { Q850Cause } from '../../types';

/**
 * ITU-T Q.850 causes seen in `Reason: Q.850;cause=N`, with the SIP code RFC 3398 §7.2.4.1 maps each to.
 * `sipCode` is left out where RFC 3398 gives no mapping; those causes still appear in logs, so they
 * keep a meaning. `NO_SIP_STATUS` marks the two that RFC 3398 keeps out of status codes altogether.
 */
const NO_SIP_STATUS = 'none';
const q = (cause: number, name: string, meaning: string, sipCode?: number | typeof NO_SIP_STATUS): Q850Cause => {
  if (sipCode === NO_SIP_STATUS) return { cause, name, meaning, noSipStatus: true };
  return sipCode === undefined ? { cause, name, meaning } : { cause, name, meaning, sipCode };
};

export const Q850: readonly Q850Cause[] = [
  // Normal class (1-31)
  q(1, 'Unallocated (unassigned) number', 'The number is valid in form but is not assigned to any subscriber.', 404),
  q(
    2,
    'No route to specified transit network',
    'The network cannot route to the transit network the call asked for.',
    404,
  ),
  q(3, 'No route to destination', 'The network has no route to the called destination.', 404),
  q(6, 'Channel unacceptable', 'The channel the sender most recently chose is not acceptable to the receiving side.'),
  q(
    16,
    'Normal call clearing',
    'One of the parties hung up; the ordinary end of a call (in SIP a BYE or CANCEL, not an error).',
    NO_SIP_STATUS,
  ),
  q(17, 'User busy', 'The called party cannot take another call.', 486),
  q(18, 'No user responding', 'The called party did not respond to call set-up in time (no alerting or answer).', 408),
  q(19, 'No answer from user (user alerted)', 'The called party was alerted but did not answer in time.', 480),
  q(
    20,
    'Subscriber absent',
    'The called party is not reachable, for example a mobile that is off or not registered.',
    480,
  ),
  q(
    21,
    'Call rejected',
    'The called party (or the network for it) refused the call; RFC 3398 gives 403, and says 603 could be given instead when the cause location is the user.',
    403,
  ),
  q(
    22,
    'Number changed',
    'The called number is no longer in use; with the new number in the diagnostic, RFC 3398 maps it to 301 instead of 410.',
    410,
  ),
  q(23, 'Redirection to new destination', 'The call was redirected to another destination.', 410),
  q(
    25,
    'Exchange routing error',
    'An exchange could not route the call, often a loop or a hop-count limit; SIP 482 and 483 map to it the other way.',
  ),
  q(26, 'Non-selected user clearing', 'The called party was offered the call but another terminal took it.', 404),
  q(
    27,
    'Destination out of order',
    'The interface to the destination is not working, so the call cannot be delivered.',
    502,
  ),
  q(28, 'Invalid number format (address incomplete)', 'The called number is incomplete or not in a valid format.', 484),
  q(29, 'Facility rejected', 'The network cannot provide a supplementary service the call requested.', 501),
  q(31, 'Normal, unspecified', 'A normal-class failure with no more specific cause.', 480),
  // Resource unavailable (34-47)
  q(34, 'No circuit/channel available', 'No circuit or channel is free to carry the call.', 503),
  q(38, 'Network out of order', 'The network is not working and will not be for some time.', 503),
  q(
    41,
    'Temporary failure',
    'The network is not working correctly, but only briefly; an immediate retry may succeed.',
    503,
  ),
  q(42, 'Switching equipment congestion', 'The switching equipment handling the call is overloaded.', 503),
  q(43, 'Access information discarded', 'The network could not deliver some access information to the far end.'),
  q(
    44,
    'Requested circuit/channel not available',
    'The specific circuit or channel asked for is not available. RFC 3398 calls it untranslatable: the gateway should try the call on another circuit instead of answering in SIP.',
    NO_SIP_STATUS,
  ),
  q(47, 'Resource unavailable, unspecified', 'A resource-unavailable failure with no more specific cause.', 503),
  // Service or option not available (49-63)
  q(
    50,
    'Requested facility not subscribed',
    'The caller has not subscribed to the supplementary service it asked for.',
  ),
  q(53, 'Outgoing calls barred within CUG', 'The caller is in a closed user group that does not allow outgoing calls.'),
  q(
    55,
    'Incoming calls barred within CUG',
    'The called party is in a closed user group that does not allow incoming calls.',
    403,
  ),
  q(
    57,
    'Bearer capability not authorized',
    'The caller is not allowed to use the bearer capability it asked for.',
    403,
  ),
  q(
    58,
    'Bearer capability not presently available',
    'The bearer capability exists but cannot be provided right now.',
    503,
  ),
  q(
    63,
    'Service or option not available, unspecified',
    'A requested service or option is not available, with no more specific cause.',
  ),
  // Service or option not implemented (65-79)
  q(
    65,
    'Bearer capability not implemented',
    'The equipment does not support the bearer capability asked for (in SIP terms, the media).',
    488,
  ),
  q(66, 'Channel type not implemented', 'The equipment does not support the channel type asked for.'),
  q(69, 'Requested facility not implemented', 'The equipment does not support the supplementary service asked for.'),
  q(
    70,
    'Only restricted digital information bearer capability is available',
    'Only restricted digital bearer capability is available, and the call asked for unrestricted.',
    488,
  ),
  q(
    79,
    'Service or option not implemented, unspecified',
    'A requested service or option is not implemented, with no more specific cause.',
    501,
  ),
  // Invalid message (81-95)
  q(81, 'Invalid call reference value', 'A message referred to a call reference that is not in use on that interface.'),
  q(
    87,
    'User not member of CUG',
    'The called party is not a member of the closed user group the call was placed in.',
    403,
  ),
  q(
    88,
    'Incompatible destination',
    'The destination cannot handle the kind of call requested (for example a data call to a voice-only line).',
    503,
  ),
  q(95, 'Invalid message, unspecified', 'A message was invalid, with no more specific cause.'),
  // Protocol error (96-111)
  q(
    96,
    'Mandatory information element is missing',
    'A message lacked an information element the receiver needs to process it.',
  ),
  q(
    97,
    'Message type non-existent or not implemented',
    'The receiver does not know or does not implement the message type it got.',
  ),
  q(
    99,
    'Information element/parameter non-existent or not implemented',
    'A message carried an information element or parameter the receiver does not know.',
  ),
  q(100, 'Invalid information element contents', 'An information element was present but its contents were invalid.'),
  q(
    101,
    'Message not compatible with call state',
    'A message arrived that is not allowed in the current state of the call.',
  ),
  q(102, 'Recovery on timer expiry', 'A protocol timer expired and error-recovery procedures cleared the call.', 504),
  q(111, 'Protocol error, unspecified', 'A protocol error with no more specific cause.', 500),
  // Interworking (127)
  q(
    127,
    'Interworking, unspecified',
    'The call passed through a network that cannot report the real cause, such as an interworking point.',
    500,
  ),
];
