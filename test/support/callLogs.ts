/**
 * Constructed logs with known calls: sngrep exports with known times (call summaries and metrics,
 * issue 20) and big logs of failed calls (the server's slicing, progress and cancel).
 */

/** An sngrep export of one INVITE at 10:00:00 followed by `steps` ('180 Ringing', '200 OK', 'BYE', 'CANCEL'). */
export function timedCall(steps: readonly string[], callId = 'timed-1'): string {
  const head = (cseq: string) =>
    `Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-${cseq.replace(' ', '')}\nFrom: <sip:1001@example.com>;tag=a\nTo: <sip:2002@example.com>\nCall-ID: ${callId}\nCSeq: ${cseq}\nContent-Length: 0\n\n`;
  const out = '192.0.2.10:5060 -> 192.0.2.20:5060';
  const back = '192.0.2.20:5060 -> 192.0.2.10:5060';
  let text = `2026/01/15 10:00:00.000000 ${out}\nINVITE sip:2002@example.com SIP/2.0\n${head('1 INVITE')}`;
  for (const step of steps) {
    if (step === 'BYE') {
      text += `2026/01/15 10:01:02.500000 ${out}\nBYE sip:2002@192.0.2.20 SIP/2.0\n${head('2 BYE')}`;
      text += `2026/01/15 10:01:02.540000 ${back}\nSIP/2.0 200 OK\n${head('2 BYE')}`;
    } else if (step === 'CANCEL')
      text += `2026/01/15 10:00:05.000000 ${out}\nCANCEL sip:2002@example.com SIP/2.0\n${head('1 CANCEL')}`;
    else {
      const at = step.startsWith('18') ? '10:00:01.000000' : '10:00:02.000000';
      text += `2026/01/15 ${at} ${back}\nSIP/2.0 ${step}\n${head('1 INVITE')}`;
    }
  }
  return text;
}

/** Another call's OPTIONS at `time`: it moves the log's end. */
export function otherCallAt(time: string): string {
  return `2026/01/15 ${time} 192.0.2.30:5060 -> 192.0.2.20:5060\nOPTIONS sip:192.0.2.20 SIP/2.0\nVia: SIP/2.0/UDP 192.0.2.30:5060;branch=z9hG4bK-o\nCall-ID: other\nCSeq: 1 OPTIONS\nContent-Length: 0\n\n`;
}

/** One message of a constructed sngrep export: `[time, 'out' | 'in', start line, CSeq]`. */
export type Step = readonly [time: string, direction: 'out' | 'in', startLine: string, cseq: string];

/** An sngrep export of the messages of one Call-ID, at the times given (2026-01-15). */
export function sngrepCall(callId: string, steps: readonly Step[]): string {
  return steps
    .map(([time, direction, startLine, cseq]) => {
      const route = direction === 'out' ? '192.0.2.10:5060 -> 192.0.2.20:5060' : '192.0.2.20:5060 -> 192.0.2.10:5060';
      const headers = [
        `Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-${callId}-${cseq.replace(' ', '')}`,
        `From: <sip:1001@example.com>;tag=${callId}`,
        'To: <sip:2002@example.com>',
        `Call-ID: ${callId}`,
        `CSeq: ${cseq}`,
        'Content-Length: 0',
      ];
      return `2026/01/15 ${time} ${route}\n${startLine}\n${headers.join('\n')}\n\n`;
    })
    .join('');
}

/**
 * Failed INVITE calls (486, 503, 603 in turn), one after another, until the text is `chars` long: a
 * big log with findings all through it. `tag` keeps the Call-IDs of two such logs apart (an append).
 */
export function failedCalls(chars: number, tag = 'call'): string {
  const finals = ['486 Busy Here', '503 Service Unavailable', '603 Decline'];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const call = [
      `INVITE sip:${1000 + (i % 9000)}@example.com SIP/2.0`,
      `Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK${tag}${i}`,
      `From: <sip:alice@example.com>;tag=${i}`,
      `To: <sip:${1000 + (i % 9000)}@example.com>`,
      `Call-ID: ${tag}-${i}@192.0.2.10`,
      'CSeq: 1 INVITE',
      'Content-Length: 0',
      '',
      `SIP/2.0 ${finals[i % 3]}`,
      `Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK${tag}${i}`,
      `Call-ID: ${tag}-${i}@192.0.2.10`,
      'CSeq: 1 INVITE',
      '',
      '',
    ].join('\n');
    parts.push(call);
    length += call.length;
  }
  return parts.join('');
}
