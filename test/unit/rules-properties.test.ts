/**
 * Invariants of the rules engine over random call flows: whatever the log holds, findings are
 * sorted, inside the text, on the code they name, and capped as configured.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { evaluateRules } from '../../server/src/rules/index';
import { arbFlowStep as step, buildFlow } from './rules-support';

describe('rules engine invariants', () => {
  it('findings are sorted, inside the text, on their code, and capped', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.integer({ min: 0, max: 12 }), (steps, maxFindings) => {
        const { text, analysis } = buildFlow(steps);
        const all = evaluateRules(analysis, { overrides: {}, maxFindings: Number.POSITIVE_INFINITY }).findings;
        const { findings, overflow } = evaluateRules(analysis, { overrides: {}, maxFindings });
        const offsets = findings.map((f) => f.offset);
        assert.deepEqual(
          offsets,
          [...offsets].sort((a, b) => a - b),
        );
        for (const finding of findings) {
          assert.ok(finding.offset >= 0 && finding.offset + finding.length <= text.length);
          assert.ok(finding.message.length > 0 && finding.href.startsWith('https://'));
          // A phrase remark covers the phrase after its code ("486 Not Here"); every other finding, its code.
          const codeAt = finding.rule === 'nonstandard-phrase' ? finding.offset - 4 : finding.offset;
          if (finding.code !== undefined) assert.equal(text.slice(codeAt, codeAt + 3), String(finding.code));
        }
        if (all.length > maxFindings) {
          assert.equal(findings.length, maxFindings);
          assert.equal(overflow?.hidden, all.length - maxFindings);
        } else {
          assert.deepEqual(findings, all);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('1xx-3xx status lines never produce call-outcome findings', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const { analysis } = buildFlow(steps);
        const outcomeRules = new Set([
          'final-client-failure',
          'final-server-failure',
          'final-global-failure',
          'auth-challenge',
          'auth-rejected',
          'request-terminated',
        ]);
        for (const finding of evaluateRules(analysis, { overrides: {}, maxFindings: 1000 }).findings) {
          if (outcomeRules.has(finding.rule))
            assert.ok((finding.code ?? 0) >= 400, `${finding.rule} on ${finding.code}`);
        }
      }),
      { numRuns: 200 },
    );
  });
});
