/**
 * A guard, not a benchmark: the ladder of a 5,000-message call in a log of 20,000 calls, and the leg
 * search over those calls, stay within a generous budget. A scan per message to the end of the text,
 * or a comparison of every pair of calls, takes far longer at this size.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, LineIndex } from '../../server/src/analysis';
import { buildCallFlow, suggestLegs } from '../../server/src/flow';
import { flowSvg, layoutFlow } from '../../catalog/src/flow';
import { cpuMillis } from '../support/cpuTime';

const BUDGET_MS = 5_000;
const EXCHANGES = 2_500;
const OTHER_CALLS = 20_000;

function message(banner: string, start: string, via: string, callId: string, cseq: string): string {
  return `${banner}\n${start}\nVia: SIP/2.0/UDP ${via};branch=z9hG4bK${cseq.replace(' ', '')}${callId.length}\nFrom: <sip:1001@example.com>;tag=a1\nTo: <sip:1002@example.com>;tag=b2\nCall-ID: ${callId}\nCSeq: ${cseq}\nContent-Length: 0\n`;
}

function bigLog(): string {
  const parts: string[] = [];
  for (let i = 0; i < EXCHANGES; i++) {
    const time = `2026/01/15 10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000000`;
    parts.push(
      message(
        `${time} 10.0.0.1:5060 -> 10.0.0.2:5060`,
        'INFO sip:1002@10.0.0.2 SIP/2.0',
        '10.0.0.1:5060',
        'big-call',
        `${i + 1} INFO`,
      ),
    );
    parts.push(
      message(`${time} 10.0.0.2:5060 -> 10.0.0.1:5060`, 'SIP/2.0 200 OK', '10.0.0.1:5060', 'big-call', `${i + 1} INFO`),
    );
  }
  for (let i = 0; i < OTHER_CALLS; i++) {
    const via = `10.0.${Math.floor(i / 250) % 250}.${i % 250}:5060`;
    parts.push(
      message(
        `2026/01/15 11:00:00.000000 ${via} -> 10.0.0.5:5060`,
        'OPTIONS sip:ping@10.0.0.5 SIP/2.0',
        via,
        `opt-${i}`,
        '1 OPTIONS',
      ),
    );
  }
  return parts.join('\n');
}

describe('call flow at scale (guard)', () => {
  const text = bigLog();
  const lines = new LineIndex(text);
  const analysis = analyze(text, { lineIndex: lines });

  it(`draws a call of ${EXCHANGES * 2} messages within the budget`, () => {
    let diagram: ReturnType<typeof buildCallFlow> | undefined;
    let svg = '';
    const elapsed = cpuMillis(() => {
      diagram = buildCallFlow(analysis, text, ['big-call'], { language: 'en', findings: [], lineIndex: lines });
      svg = flowSvg(diagram);
    });
    assert.ok(diagram);
    assert.equal(diagram.arrows.length, EXCHANGES * 2);
    assert.equal(layoutFlow(diagram).rows.length, EXCHANGES * 2);
    assert.ok(svg.length > 0);
    assert.ok(elapsed < BUDGET_MS, `${elapsed.toFixed(0)} ms of CPU`);
  });

  it(`looks for legs among ${OTHER_CALLS} calls within the budget`, () => {
    let suggestions: ReturnType<typeof suggestLegs> = [];
    const elapsed = cpuMillis(() => {
      suggestions = suggestLegs(analysis, text, 'big-call', 'en', lines);
    });
    assert.deepEqual(suggestions, []);
    assert.ok(elapsed < BUDGET_MS, `${elapsed.toFixed(0)} ms of CPU`);
  });
});
