/**
 * Hostile shapes aimed at the message reader: header runs, header values and parameters, and
 * messages inside other text (ngrep dots, tcpdump hex rows, escapes). Listed with the others in
 * adversarialShapes.ts, which says how they are used.
 */
import { fill, MB, messageWith, type AdversarialShape } from './adversarialKit';

export const MESSAGES: readonly AdversarialShape[] = [
  {
    name: 'start lines each on its own line',
    pass: 'messages',
    build: (size) => fill('x SIP/2.0 486 a\n h: v\n', size),
    campaignSize: MB / 2,
    guardSize: MB,
  },
  {
    name: 'start lines sharing a line above margin headers',
    pass: 'messages',
    build: (size) => `${fill('x SIP/2.0 486 a ', size / 2)}\n${fill('h: v\n', size / 2)}`,
    campaignSize: MB / 2,
    guardSize: MB,
  },
  {
    name: 'SIPp inline dumps',
    pass: 'messages',
    build: (size) => fill("x received 'SIP/2.0 486 Busy\nCall-ID: a\nCSeq: 1 INVITE\n\n'.\n", size),
    campaignSize: MB / 2,
    guardSize: MB,
  },
  {
    name: 'many headers',
    pass: 'messages',
    build: (size) => messageWith('Via: SIP/2.0/UDP h;branch=z9hG4bK1\n', size / 35),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'folded header lines',
    pass: 'messages',
    build: (size) => messageWith('Subject: a\n', 1) + fill(' b\n', size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'body without length',
    pass: 'messages',
    build: (size) => `SIP/2.0 200 OK\nContent-Type: a\n\n${fill('abc\n', size)}`,
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'sipfrag body of status lines',
    pass: 'messages',
    build: (size) => `NOTIFY sip:a SIP/2.0\nContent-Type: message/sipfrag\n\n${fill('SIP/2.0 200 OK\n', size)}`,
    campaignSize: MB / 2,
    guardSize: MB,
  },
  {
    name: 'dash rules above messages',
    pass: 'formats',
    build: (size) => fill(`${'-'.repeat(500)}\n\n\n\nSIP/2.0 200 OK\n`, size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'blank lines of blanks above messages',
    pass: 'formats',
    build: (size) => fill(`${' '.repeat(2000)}\nSIP/2.0 200 OK\n`, size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'digit-led body lines',
    pass: 'messages',
    build: (size) => `SIP/2.0 200 OK\nContent-Length: 99999999\n\n${fill(`recv ${'1'.repeat(1000)}\n`, size)}`,
    campaignSize: MB,
    guardSize: 2 * MB,
  },
];

export const HEADER_VALUES: readonly AdversarialShape[] = [
  {
    name: 'Via with many parameters',
    pass: 'header parameters',
    build: (size) => messageWith(`Via: SIP/2.0/UDP h${';x'.repeat(400)}\n`, size / 820),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'one huge Via',
    pass: 'header parameters',
    build: (size) => messageWith(`Via: SIP/2.0/UDP h${fill(';x', size)}\n`, 1),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'From with unclosed angle brackets',
    pass: 'header parameters',
    build: (size) => messageWith(`From: ${'<'.repeat(900)}\n`, size / 907),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'From with unclosed quotes',
    pass: 'header parameters',
    build: (size) => messageWith(`From: ${'"a'.repeat(450)}\n`, size / 907),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'Via with trailing blanks',
    pass: 'header parameters',
    build: (size) => messageWith(`Via: a;b${' '.repeat(5000)}\n`, size / 5009),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'Reason with many values',
    pass: 'Reason',
    build: (size) => messageWith(`Reason: ${fill('SIP;cause=487,', size)}\n`, 1),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'Reason with many semicolons',
    pass: 'Reason',
    build: (size) => messageWith(`Reason: SIP${';'.repeat(size)}\n`, 1),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'Reason with many quotes',
    pass: 'Reason',
    build: (size) => messageWith(`Reason: SIP;text=${'"'.repeat(size)}\n`, 1),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'status lines with phrases of blanks',
    pass: 'rules (phrase wording)',
    build: (size) => fill(`SIP/2.0 486 a${' '.repeat(240)}b\n`, size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
  {
    name: 'stray Reason lines',
    pass: 'Reason',
    build: (size) => fill(`Reason: Q.850;cause=16;text="${'a'.repeat(40)}",SIP;cause=486\n`, size),
    campaignSize: MB,
    guardSize: 2 * MB,
  },
];

/** A tcpdump -X row pair whose status line is cut across the rows (embedded.ts), repeated. */
function hexRowPairs(size: number): string {
  const pair =
    '\t0x0010:  c000 0214 13c4 13c4 010b aafe 5349 502f  ............SIP/\n' +
    '\t0x0020:  322e 3020 3438 3620 4275 7379 2048 6572  2.0.486.Busy.Her\n';
  return fill(pair, size);
}

/** Messages inside other text (embedded.ts): dots, hex rows and literal escapes, all on huge lines. */
export const EMBEDDED: readonly AdversarialShape[] = [
  {
    name: 'a huge run of dots before a status line (tcpdump -A)',
    pass: 'start lines',
    build: (size) => `${'.'.repeat(size)}SIP/2.0 486 a\nVia: x\n`,
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'dotted status lines sharing a line above headers at the margin',
    pass: 'messages',
    build: (size) => `${fill('.SIP/2.0 486 a', size / 2)}\n${fill('h: v\n', size / 2)}`,
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'a huge run of dots before a request line',
    pass: 'start lines',
    build: (size) => `E${'.'.repeat(size)}INVITE sip:a SIP/2.0\nVia: x\n`,
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'escaped status lines sharing a line, none with a header',
    pass: 'messages',
    build: (size) => fill('"SIP/2.0 486 a\\r\\nzz', size),
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'escaped status lines sharing a line, each with a header',
    pass: 'messages',
    build: (size) => fill('"SIP/2.0 486 a\\r\\nCall-ID: x\\r\\n', size),
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'one escaped message with a huge run of escaped headers',
    pass: 'messages',
    build: (size) => `{"m":"SIP/2.0 486 a${fill('\\r\\nVia: SIP/2.0/UDP h;branch=z9hG4bK1', size)}"}`,
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'escaped request lines sharing a line',
    pass: 'start lines',
    build: (size) => fill('INVITE sip:a SIP/2.0\\r\\n', size),
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'a status line then a huge run of backslashes',
    pass: 'start lines',
    build: (size) => `"SIP/2.0 486 a\\r\\n${'\\'.repeat(size)}`,
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'tcpdump -X rows with status lines cut across rows',
    pass: 'start lines',
    build: hexRowPairs,
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'a huge line of 0x0 (the hex-row search mark)',
    pass: 'start lines',
    build: (size) => `${fill('0x0', size)}\n0x0010:\n${fill('x0\n', size)}`,
    campaignSize: MB,
    guardSize: 400_000,
  },
  {
    name: 'hex-row status lines sharing a huge line',
    pass: 'start lines',
    build: (size) => `0x0010:  ${'0'.repeat(40)}  ${fill('SIP/2.0.486.', size)}\n`,
    campaignSize: MB,
    guardSize: 400_000,
  },
];
