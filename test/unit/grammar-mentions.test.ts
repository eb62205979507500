/**
 * The log injection colours a code followed by its registered phrase the way it colours a status
 * line's code, and leaves the trap shapes of issue 17 alone. The rule is built from the catalog
 * (test/support/grammarMentions.ts): the grammar file must hold exactly what it builds.
 */
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { allEntries } from '../../catalog/src/index';
import { mentionedStatusRule, RULE_NAME } from '../support/grammarMentions';
import { assertNoScope, assertScope, readGrammarJson, tokenize, type TokenizedLine } from './grammar-harness';

const CLASS_SCOPES: Record<string, string> = {
  '1': 'support.type.status.provisional.sip',
  '2': 'markup.inserted.status.success.sip',
  '3': 'markup.changed.status.redirection.sip',
  '4': 'markup.deleted.status.client-failure.sip',
  '5': 'invalid.illegal.status.server-failure.sip',
  '6': 'keyword.control.status.global-failure.sip',
};

const MENTIONS = [
  'peer hung up: 488 Not Acceptable Here',
  'dialog ended,404 Not Found',
  'TX 401 Unauthorized to 10.1.1.5:5060',
  'trunk RX 200 OK',
  'Progress: 180 ringing',
  'nta: sent 503 Service Unavailable for INVITE (12)',
  'leg B: 481 Call/Transaction Does Not Exist',
];

const TRAPS = [
  'prio=500 expires=300 is 120 sec 12,486 ms .486 | 415 |',
  'HTTP/1.1 404 Not Found',
  'upstream: HTTP/2 503 Service Unavailable',
  '<html><title>404 Not Found</title></html>',
  'server.go:404 Not Found main.js:302 tm.c:480 Temporarily Unavailable',
  '87(4410) PJSIP/200-0000002b sip:301@example.com "118" 100.64.3.9 .183.',
  'm=audio 4000 RTP/AVP 0 8 9 101',
  'a=candidate:1 1 UDP 2130706431 192.0.2.1 54400 typ host',
  'processed 202 accepted, 410 gone, 404 OK, 486 Busy Hereafter',
];

describe('log injection: a code followed by its registered phrase', () => {
  let lines: TokenizedLine[] = [];
  let catalogLines: TokenizedLine[] = [];
  const entries = allEntries().filter((entry) => entry.reasonPhrase !== 'Error');

  before(async () => {
    lines = await tokenize('text.log', [...MENTIONS, ...TRAPS]);
    catalogLines = await tokenize(
      'text.log',
      entries.map((entry) => `2026-01-15 10:00:00 INFO call 7: ${entry.code} ${entry.reasonPhrase}`),
    );
  });

  it('is the rule the catalog builds', () => {
    const grammar = readGrammarJson('sip-log.injection') as {
      patterns: { include: string }[];
      repository: Record<string, unknown>;
    };
    assert.deepEqual(grammar.repository[RULE_NAME], mentionedStatusRule(), 'regenerate: see grammarMentions.ts');
    assert.ok(grammar.patterns.some((p) => p.include === `#${RULE_NAME}`));
  });

  it('colours the code by its class in the issue’s shapes', () => {
    for (const [i, text] of MENTIONS.entries()) {
      const code = /[1-6]\d\d(?= [A-Za-z])/.exec(text)?.[0] as string;
      assertScope(lines[i] as TokenizedLine, code, CLASS_SCOPES[code.charAt(0)] as string, text.indexOf(`${code} `));
    }
  });

  it('colours every catalog code followed by its registered phrase', () => {
    for (const [i, entry] of entries.entries()) {
      const line = catalogLines[i] as TokenizedLine;
      assertScope(line, String(entry.code), CLASS_SCOPES[String(entry.code).charAt(0)] as string, 30);
    }
  });

  it('leaves the trap shapes alone', () => {
    for (const [i] of TRAPS.entries()) {
      const line = lines[MENTIONS.length + i] as TokenizedLine;
      for (const match of line.text.matchAll(/\d+/g))
        assertNoScope(line, match[0], 'constant.numeric.status-code', match.index);
    }
  });
});
