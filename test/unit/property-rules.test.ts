/**
 * Properties of the rules engine run on the real analysis of random, hostile and damaged logs
 * (the rules' own tests use synthetic flows): it never throws, findings lie inside the text,
 * are sorted, honour the cap and the overrides, and depend on the input alone.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../server/src/analysis';
import { evaluateRules, RULE_IDS, streamRules } from '../../server/src/rules';
import type { Finding, RuleOptions, Severity, SeverityOverrides } from '../../server/src/rules/types';
import { arbAnyLog } from '../support/damagedLogs';
import { assertProperty } from '../support/properties';

/**
 * What the cap should keep, worked out the slow way (a stable sort by severity, unlike the rules'
 * counting passes): the `cap` most severe findings, in text order within a severity, listed in text
 * order; and the rest, in text order.
 */
function mostSevereFirst(findings: readonly Finding[], cap: number) {
  const bySeverity = [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const kept = new Set(bySeverity.slice(0, cap));
  return { shown: findings.filter((f) => kept.has(f)), hidden: findings.filter((f) => !kept.has(f)) };
}

const TIMEOUT = { timeout: 600_000 };
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

const arbOverrideKey = fc.oneof(
  fc.constantFrom('1xx', '2xx', '3xx', '4xx', '5xx', '6xx'),
  fc.integer({ min: 100, max: 699 }).map(String),
  fc.constantFrom(...RULE_IDS),
);
const arbOverrides: fc.Arbitrary<SeverityOverrides> = fc.dictionary(
  arbOverrideKey,
  fc.constantFrom(...SEVERITIES, 'off' as const),
  { maxKeys: 4 },
);
const arbOptions: fc.Arbitrary<RuleOptions> = fc.record({
  overrides: arbOverrides,
  maxFindings: fc.integer({ min: 0, max: 40 }),
});

function assertInside(text: string, finding: Finding): void {
  const { offset, length } = finding;
  assert.ok(
    Number.isInteger(offset) && offset >= 0 && length >= 0 && offset + length <= text.length,
    `${finding.rule} at ${offset}+${length} outside [0, ${text.length}]`,
  );
  if (finding.related) {
    const related = finding.related;
    assert.ok(
      related.offset >= 0 && related.offset + related.length <= text.length,
      `related location of ${finding.rule} outside the text`,
    );
  }
}

function assertFindings(text: string, findings: readonly Finding[], options: RuleOptions): void {
  assert.ok(findings.length <= options.maxFindings, `${findings.length} findings for a cap of ${options.maxFindings}`);
  let previous = 0;
  findings.forEach((finding) => {
    assertInside(text, finding);
    assert.ok(finding.offset >= previous, 'findings out of order');
    assert.ok(RULE_IDS.includes(finding.rule), `unknown rule ${finding.rule}`);
    assert.ok(SEVERITIES.includes(finding.severity), `severity ${finding.severity}`);
    assert.ok(finding.message.length > 0 && finding.href.startsWith('https://www.rfc-editor.org/'));
    assert.notEqual(finding.rule, 'diagnostics-capped', 'the rules leave the cap notice to the caller');
    if (finding.code !== undefined && options.overrides[String(finding.code)] !== undefined) {
      assert.equal(finding.severity, options.overrides[String(finding.code)], 'a code override wins');
    }
    previous = finding.offset;
  });
}

describe('evaluateRules over random SIP logs (property)', () => {
  it('never throws; findings are inside the text, sorted, capped and obey code overrides', TIMEOUT, () => {
    assertProperty(
      fc.property(arbAnyLog, arbOptions, (text, options) => {
        assertFindings(text, evaluateRules(analyze(text), options).findings, options);
      }),
    );
  });

  it(
    'with a cap, shows the most severe of the uncapped findings, counts every one and says what is left out',
    TIMEOUT,
    () => {
      assertProperty(
        fc.property(arbAnyLog, fc.integer({ min: 0, max: 5 }), (text, cap) => {
          const analysis = analyze(text);
          const all = evaluateRules(analysis, { overrides: {}, maxFindings: 100_000 });
          const capped = evaluateRules(analysis, { overrides: {}, maxFindings: cap });
          assert.deepEqual(capped.totals, all.totals, 'the counts do not depend on the cap');
          if (all.findings.length <= cap) return assert.deepEqual(capped, all);
          const { shown, hidden } = mostSevereFirst(all.findings, cap);
          assert.deepEqual(capped.findings, shown);
          const hiddenBySeverity = { error: 0, warning: 0, information: 0, hint: 0 };
          for (const finding of hidden) hiddenBySeverity[finding.severity]++;
          const worst = SEVERITIES.find((severity) => hiddenBySeverity[severity] > 0) as Severity;
          assert.deepEqual(capped.overflow, {
            hidden: hidden.length,
            limit: cap,
            offset: hidden[0]?.offset,
            hiddenBySeverity,
            // The notice is as severe as the worst finding it hides, and at least Information.
            severity: SEVERITIES.indexOf(worst) < 2 ? worst : 'information',
          });
        }),
      );
    },
  );

  it('streamed, gives the same findings, counts and overflow as evaluated at once', TIMEOUT, () => {
    assertProperty(
      fc.property(
        arbAnyLog,
        fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(Number.POSITIVE_INFINITY)),
        (text, cap) => {
          const analysis = analyze(text);
          const options = { overrides: {}, maxFindings: cap };
          const { findings, ...rest } = streamRules(analysis, options);
          assert.deepEqual({ findings: [...findings], ...rest }, evaluateRules(analysis, options));
        },
      ),
    );
  });

  it('is deterministic', TIMEOUT, () => {
    assertProperty(
      fc.property(arbAnyLog, arbOptions, (text, options) => {
        assert.deepEqual(evaluateRules(analyze(text), options), evaluateRules(analyze(text), options));
      }),
    );
  });
});
