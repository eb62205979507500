/**
 * `sip-lens flow` streamed (issue 22): the ladder and the suggested legs drawn from a streamed log
 * equal those drawn from the whole text, on every call-flow fixture, cut at every line break with
 * the smallest windows and at random places; the arrows name the log's lines.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze, LineIndex } from '../../server/src/analysis';
import { readFlow, streamedDiagram } from '../../server/src/cli/flowFile';
import { buildCallFlow, suggestLegs } from '../../server/src/flow';
import { evaluateRules } from '../../server/src/rules';
import type { WindowOptions } from '../../server/src/stream/windows';
import { DEFAULT_SETTINGS } from '../../server/src/settings/settings';
import { FLOWS_DIR } from '../support/flowFixtures';
import { assertProperty } from '../support/properties';
import { chunksAt, lineBoundaries } from './stream-support';

/** What `sip-lens flow` printed before it streamed: the whole text's ladder and its undrawn legs. */
function wholeFlow(text: string, callIds: readonly string[]) {
  const lines = new LineIndex(text);
  const analysis = analyze(text, { lineIndex: lines });
  const rules = { overrides: DEFAULT_SETTINGS.severityOverrides, maxFindings: Number.MAX_SAFE_INTEGER, language: 'en' };
  const findings = evaluateRules(analysis, rules as never).findings;
  const diagram = buildCallFlow(analysis, text, callIds, { language: 'en', findings, lineIndex: lines });
  const drawn = new Set(callIds);
  const suggestions = suggestLegs(analysis, text, callIds[0] as string, 'en', lines).filter(
    (s) => !drawn.has(s.callId),
  );
  return { diagram, suggestions };
}

function streamedFlow(chunks: readonly string[], callIds: readonly string[], window: WindowOptions) {
  const flow = readFlow('-', { callIds, language: 'en', horizonChars: undefined, chunks, window });
  return streamedDiagram(flow, callIds, 'en');
}

/** Each call of the fixture alone (the first six), and the first two together. */
function callCases(text: string): string[][] {
  const ids = analyze(text)
    .calls.map((call) => call.callId)
    .slice(0, 6);
  return [...ids.map((id) => [id]), ...(ids.length > 1 ? [ids.slice(0, 2)] : [])];
}

/** The call-flow fixtures and the log-format ones. */
const FIXTURES = [FLOWS_DIR, join(FLOWS_DIR, '..')].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /\.(log|sip)$/u.test(name))
    .map((name): [string, string] => [name, readFileSync(join(dir, name), 'utf8')]),
);

describe('streamed call flow equals the whole-text one', () => {
  for (const [name, text] of FIXTURES) {
    it(`${name}: one line per chunk, a window per line`, () => {
      const chunks = chunksAt(text, lineBoundaries(text));
      for (const callIds of callCases(text)) {
        const whole = wholeFlow(text, callIds);
        assert.ok(whole.diagram.arrows.length > 0);
        assert.deepEqual(streamedFlow(chunks, callIds, { windowChars: 1, marginLines: 2 }), whole, callIds.join());
      }
    });

    it(`${name}: random chunks and window sizes`, () => {
      const cases = callCases(text);
      if (cases.length === 0) return;
      assertProperty(
        fc.property(
          fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, text.length - 1) }), { maxLength: 12 }),
          fc.integer({ min: 1, max: 4096 }),
          fc.integer({ min: 2, max: 70 }),
          fc.nat(),
          (cuts, windowChars, marginLines, pick) => {
            const callIds = cases[pick % cases.length] as string[];
            const chunks = chunksAt(
              text,
              [...cuts].sort((a, b) => a - b),
            );
            assert.deepEqual(streamedFlow(chunks, callIds, { windowChars, marginLines }), wholeFlow(text, callIds));
          },
        ),
        { numRuns: 15 },
      );
    });
  }

  it('names the log lines of a call in the middle of a long log', () => {
    const [, text] = FIXTURES.find(([name]) => name === 'flow-legs-xcid.log') as [string, string];
    const padded = `${'noise line\n'.repeat(5000)}${text}`;
    const callIds = [analyze(text).calls[0]?.callId as string];
    const streamed = streamedFlow([padded], callIds, { windowChars: 4096 });
    assert.ok((streamed.diagram.arrows[0]?.line ?? 0) >= 5000);
    assert.deepEqual(streamed, wholeFlow(padded, callIds));
  });
});
