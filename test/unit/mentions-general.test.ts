/**
 * The general mention families of issue 17: a code followed by its own phrase, a code after a
 * word that names it, transaction traces, and the log prefixes around them. Codes are marked
 * «like this»; every other number in a line must stay unflagged. Also: the recognition of a
 * line does not depend on the logs before it in the same file.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/index';
import { annotatedFixtureNames, readFixture } from '../fixtures/index';

/** The text without marks, and the offset and code of each mark. */
function unmark(template: string): { text: string; marks: [number, number][] } {
  const marks: [number, number][] = [];
  let text = '';
  let last = 0;
  for (const match of template.matchAll(/«(\d+)»/g)) {
    text += template.slice(last, match.index);
    marks.push([text.length, Number(match[1])]);
    text += match[1];
    last = match.index + match[0].length;
  }
  return { text: text + template.slice(last), marks };
}

function expectMarked(template: string): void {
  const { text, marks } = unmark(template);
  const found = analyze(text).occurrences.map((o): [number, number] => [o.offset, o.code]);
  assert.deepEqual(found, marks, JSON.stringify(text));
}

describe('a code followed by its registered phrase', () => {
  const lines = [
    'peer hung up: «488» Not Acceptable Here',
    'dialog ended,«404» Not Found',
    'TX «401» Unauthorized to 10.1.1.5:5060',
    'trunk RX «200» OK',
    'Progress: «180» ringing',
    'Progress:«180» Ringing',
    'call 3: «486» BUSY HERE',
    'upstream answered «504» Server Time-out after 32 s',
    'STIR verification: «437» Unsupported Certificate',
    'leg B: «481» Call/Transaction Does Not Exist',
    // The generic `reply 403` is rejected (no SIP word): the phrase match inside it still counts.
    'DEBUG: sl [sl.c:302]: w_sl_send_reply(): sending stateless reply «403» Forbidden',
  ];
  for (const line of lines) test(line, () => expectMarked(line));

  test('the phrase must be the code’s own, as servers write it', () => {
    for (const line of [
      '404 OK',
      'processed 202 accepted, 3 failed',
      '410 gone missing',
      '200 ok then',
      'nginx: 499 Error',
      '486 Busy Hereafter',
    ])
      expectMarked(line);
  });

  test('other protocols and number shapes keep their phrases', () => {
    for (const line of [
      'HTTP/1.1 404 Not Found',
      'RTSP/1.0 200 OK',
      'HTTP/2 503 Service Unavailable',
      '<html><head><title>404 Not Found</title></head></html>',
      'GET /users failed: 401 Unauthorized (https://api.example.com)',
      'tm.c:480 Temporarily Unavailable',
      'took 12,486 Busy Here',
      'build v2.486 Busy Here',
      'ext-486 Busy Here',
      // Phrases HTTP shares need a SIP word or port on the line.
      'level=error msg="failed to pull: unexpected status code 404 Not Found"',
      'curl: (22) The requested URL returned error: 503 Service Unavailable',
    ])
      expectMarked(line);
  });
});

describe('a code after a word that names it', () => {
  const lines = [
    'final reply <«486»> on branch 1',
    'branch 2 answered with code «603»',
    'register failed with status «480» and reason timeout',
    'invite rejected, StatusCode=«403»',
    '{"level":"error","msg":"call failed","sip_status": «503»}',
    'level=warning msg="INVITE failed" status=«486» cseq=102',
    'SipResp: «200» tid=4f2a cseq=1 INVITE',
    'outbound INVITE response code of «408» from trunk-b',
    'dialog 7 status is «487»',
    'INVITE failed, status(«500»)',
    'sip response code: [«503»]',
  ];
  for (const line of lines) test(line, () => expectMarked(line));

  test('generic names need a SIP word and no HTTP on the line', () => {
    for (const line of [
      'GET /api returned status 500',
      'LNP lookup failed, response code 404 from REST service',
      'INVITE webhook: POST http://192.0.2.9/hook response code 404',
      "WebSocket connection to 'wss://sip.example.com' failed: Error during WebSocket handshake: Unexpected response code: 403",
      'opensips[2214]: NOTICE: lookup status 404',
      '{"level":"info","status":200,"latency_ms":183,"path":"/invite"}',
    ])
      expectMarked(line);
  });

  test('exit codes, causes, durations and addresses are not SIP codes', () => {
    for (const line of [
      'sipp exited with code 127',
      'INVITE handler exited with status 255',
      'Q.850 cause code 102 on INVITE',
      'INVITE timer status is 120 sec',
      'SIP trunk status 100.64.3.9 up',
      'SIP registration code 500ms late',
      'sip: prio=500 expires=300 weight=100',
    ])
      expectMarked(line);
  });
});

describe('transaction traces', () => {
  const lines = [
    'nta: received «183» Session Progress for INVITE (7)',
    'nta: sent «503» Service Unavailable for INVITE (12)',
    'nta: received «603» Nothing listening for INVITE (2)',
    'SIP\tTransaction 3 BYE <«200»> completed',
  ];
  for (const line of lines) test(line, () => expectMarked(line));
});

describe('recognition does not depend on the logs before it', () => {
  const names = annotatedFixtureNames();
  const texts = names.map((name) => readFixture(name));

  /** Each fixture's finds, as `code@offset` relative to the fixture's own start. */
  function alone(): string[][] {
    return texts.map((text) => analyze(text).occurrences.map((o) => `${o.code}@${o.offset}`));
  }

  test('all fixtures concatenated find exactly what each finds alone', () => {
    const joined: string[] = [];
    const starts: number[] = [];
    let length = 0;
    for (const text of texts) {
      starts.push(length);
      const piece = /\n$/.test(text) ? text : `${text}\n`;
      joined.push(piece);
      length += piece.length;
    }
    const whole = analyze(joined.join('')).occurrences;
    const perFixture = texts.map((_, i) =>
      whole
        .filter((o) => o.offset >= (starts[i] as number) && o.offset < (starts[i + 1] ?? Infinity))
        .map((o) => `${o.code}@${o.offset - (starts[i] as number)}`),
    );
    const expected = alone();
    for (const [i, name] of names.entries()) assert.deepEqual(perFixture[i], expected[i], name);
  });
});
