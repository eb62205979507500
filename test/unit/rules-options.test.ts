/**
 * Severity overrides, the findings cap, and validation of the user's override setting.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FindingCollector, finishFindings } from '../../server/src/rules/collector';
import { DEFAULT_RULE_OPTIONS, evaluateRules, normaliseSeverityOverrides } from '../../server/src/rules/index';
import type { SeverityOverrides } from '../../server/src/rules/types';
import { covered, FlowBuilder } from './rules-support';

/** One busy call (486 + phrase remark), one 480, one 503, one answered 401 challenge. */
function mixedFlow(): { text: string; analysis: ReturnType<FlowBuilder['build']>['analysis'] } {
  return new FlowBuilder()
    .request('INVITE', 'a', 1)
    .response(486, 'Not Here', 'a', 1, 'INVITE')
    .request('INVITE', 'b', 1)
    .response(480, 'Temporarily Unavailable', 'b', 1, 'INVITE')
    .request('INVITE', 'c', 1)
    .response(503, 'Service Unavailable', 'c', 1, 'INVITE')
    .request('REGISTER', 'd', 1)
    .response(401, 'Unauthorized', 'd', 1, 'REGISTER')
    .request('REGISTER', 'd', 2, { credentials: true })
    .response(200, 'OK', 'd', 2, 'REGISTER')
    .build();
}

function graded(overrides: SeverityOverrides): string[] {
  const { text, analysis } = mixedFlow();
  return evaluateRules(analysis, { overrides, maxFindings: 1000 }).findings.map(
    (f) => `${covered(text, f)} ${f.rule} ${f.severity}`,
  );
}

describe('severity overrides', () => {
  it('defaults', () => {
    assert.deepEqual(graded({}), [
      '486 final-client-failure warning',
      'Not Here nonstandard-phrase information',
      '480 final-client-failure warning',
      '503 final-server-failure error',
      '401 auth-challenge hint',
    ]);
  });

  it('a class override re-grades failures of that class, not hints or phrase remarks', () => {
    assert.deepEqual(graded({ '4xx': 'error' }), [
      '486 final-client-failure error',
      'Not Here nonstandard-phrase information',
      '480 final-client-failure error',
      '503 final-server-failure error',
      '401 auth-challenge hint',
    ]);
  });

  it('a code beats a rule id, which beats a class', () => {
    assert.deepEqual(graded({ '4xx': 'error', 'final-client-failure': 'hint', '480': 'information' }), [
      '486 final-client-failure hint',
      'Not Here nonstandard-phrase information',
      '480 final-client-failure information',
      '503 final-server-failure error',
      '401 auth-challenge hint',
    ]);
  });

  it('"off" suppresses by code, by rule and by class', () => {
    assert.deepEqual(graded({ '486': 'off', 'auth-challenge': 'off', '5xx': 'off' }), [
      '480 final-client-failure warning',
    ]);
  });

  it('a rule id override applies to every finding of that rule', () => {
    assert.deepEqual(
      graded({ 'nonstandard-phrase': 'warning', 'final-server-failure': 'warning' }).filter(
        (l) => !l.includes('client'),
      ),
      ['Not Here nonstandard-phrase warning', '503 final-server-failure warning', '401 auth-challenge hint'],
    );
  });
});

function manyFailures(count: number) {
  const flow = new FlowBuilder();
  for (let i = 0; i < count; i++)
    flow.request('INVITE', `call-${i}`, 1).response(486, 'Busy Here', `call-${i}`, 1, 'INVITE');
  return flow.build();
}

describe('findings cap', () => {
  it('50 failures with maxFindings 10 give 10 findings, counts of all 50, and 40 left out at the 11th', () => {
    const { analysis } = manyFailures(50);
    const all = evaluateRules(analysis, { overrides: {}, maxFindings: 1000 });
    const capped = evaluateRules(analysis, { overrides: {}, maxFindings: 10 });
    assert.equal(all.findings.length, 50);
    assert.deepEqual(capped.findings, all.findings.slice(0, 10));
    assert.deepEqual(capped.totals, { error: 0, warning: 50, information: 0, hint: 0 });
    assert.deepEqual(capped.overflow, {
      hidden: 40,
      limit: 10,
      offset: all.findings[10]?.offset,
      hiddenBySeverity: { error: 0, warning: 40, information: 0, hint: 0 },
      severity: 'warning',
    });
    assert.equal(all.overflow, undefined);
  });

  // Issue 22: the cap kept the first findings in text order, so a 503 after five 486s went unmarked.
  it('keeps the error at the end of the log before earlier warnings, and lists what it keeps in text order', () => {
    const { analysis } = fiveBusyThenUnavailable();
    const capped = evaluateRules(analysis, { overrides: {}, maxFindings: 3 });
    assert.deepEqual(
      capped.findings.map((f) => [f.severity, f.code]),
      [
        ['warning', 486],
        ['warning', 486],
        ['error', 503],
      ],
    );
    assert.deepEqual(capped.totals, { error: 1, warning: 5, information: 0, hint: 0 });
    const all = evaluateRules(analysis, { overrides: {}, maxFindings: 1000 });
    assert.deepEqual(capped.overflow, {
      hidden: 3,
      limit: 3,
      offset: all.findings[2]?.offset,
      hiddenBySeverity: { error: 0, warning: 3, information: 0, hint: 0 },
      severity: 'warning',
    });
  });

  it('grades the notice by the worst finding it hides, never below the diagnostics-capped setting', () => {
    const { analysis } = fiveBusyThenUnavailable();
    assert.equal(evaluateRules(analysis, { overrides: {}, maxFindings: 0 }).overflow?.severity, 'error');
    const floor = { 'diagnostics-capped': 'error' } as const;
    assert.equal(evaluateRules(analysis, { overrides: floor, maxFindings: 3 }).overflow?.severity, 'error');
    const hints = { '486': 'hint' } as const;
    const hidden = evaluateRules(analysis, { overrides: hints, maxFindings: 1 }).overflow;
    assert.deepEqual([hidden?.hiddenBySeverity.hint, hidden?.severity], [5, 'information']);
  });

  it('findings switched off do not count against the cap', () => {
    const { analysis } = manyFailures(5);
    const result = evaluateRules(analysis, { overrides: { '486': 'off' }, maxFindings: 2 });
    assert.deepEqual(result, { findings: [], totals: { error: 0, warning: 0, information: 0, hint: 0 } });
  });

  it('exactly maxFindings findings need no notice, and the notice itself can be switched off', () => {
    const { analysis } = manyFailures(3);
    const exact = evaluateRules(analysis, { overrides: {}, maxFindings: 3 });
    assert.equal(exact.findings.length, 3);
    assert.equal(exact.overflow, undefined);
    const quiet = evaluateRules(analysis, { overrides: { 'diagnostics-capped': 'off' }, maxFindings: 1 });
    assert.deepEqual(
      quiet.findings.map((f) => f.rule),
      ['final-client-failure'],
    );
    assert.equal(quiet.overflow, undefined);
    assert.equal(quiet.totals.warning, 3);
  });

  it('a large log keeps maxFindings findings and counts the rest', () => {
    const { analysis } = manyFailures(20_000);
    const { findings, overflow, totals } = evaluateRules(analysis, DEFAULT_RULE_OPTIONS);
    assert.equal(findings.length, DEFAULT_RULE_OPTIONS.maxFindings);
    assert.equal(overflow?.hidden, 19_000);
    assert.equal(totals.warning, 20_000);
  });

  it('builds message text only for the findings it shows', () => {
    const collector = new FindingCollector({});
    let built = 0;
    const render = ({ ref }: { ref: number }) => {
      built++;
      return { message: `m${ref}`, href: 'https://www.rfc-editor.org/rfc/rfc3261' };
    };
    for (let i = 0; i < 100; i++) collector.add('final-client-failure', 486, 1000 - i, 3, i);
    const { findings, overflow } = finishFindings(collector.sorted(), 5, {}, render);
    assert.equal(built, 5);
    assert.deepEqual(
      findings.map((f) => f.offset),
      [901, 902, 903, 904, 905],
    );
    assert.equal(overflow?.hidden, 95);
    assert.equal(overflow?.offset, 906);
  });
});

/** Five calls answered 486 (warnings), then one answered 503 (an error), in that order. */
function fiveBusyThenUnavailable() {
  const flow = new FlowBuilder();
  for (let i = 0; i < 5; i++)
    flow.request('INVITE', `call-${i}`, 1).response(486, 'Busy Here', `call-${i}`, 1, 'INVITE');
  return flow.request('INVITE', 'call-5', 1).response(503, 'Service Unavailable', 'call-5', 1, 'INVITE').build();
}

describe('normaliseSeverityOverrides', () => {
  it('keeps classes, codes and rule ids with valid severities, normalising case', () => {
    const { overrides, problems } = normaliseSeverityOverrides({
      '4XX': 'Error',
      '480': 'information',
      'auth-challenge': 'off',
      'no-final-response': ' hint ',
    });
    assert.deepEqual(overrides, {
      '4xx': 'error',
      '480': 'information',
      'auth-challenge': 'off',
      'no-final-response': 'hint',
    });
    assert.deepEqual(problems, []);
  });

  it('drops and reports junk keys and values', () => {
    const { overrides, problems } = normaliseSeverityOverrides({
      '7xx': 'error',
      '48': 'error',
      '4800': 'error',
      '099': 'error',
      busy: 'error',
      '486': 'critical',
      '487': 3,
      '503': null,
      '603': 'warning',
    });
    assert.deepEqual(overrides, { '603': 'warning' });
    assert.equal(problems.length, 8);
    assert.ok(problems.some((p) => p.includes('"7xx"')));
    assert.ok(problems.some((p) => p.includes('"486"') && p.includes('"critical"')));
  });

  it('ignores prototype keys that JSON settings can carry', () => {
    const { overrides, problems } = normaliseSeverityOverrides(
      JSON.parse('{"__proto__": "error", "constructor": "off"}'),
    );
    assert.deepEqual(Object.keys(overrides), []);
    assert.equal(problems.length, 2);
    assert.equal(Object.getPrototypeOf(overrides), Object.prototype);
  });

  it('treats an unset setting as empty and a non-object as one problem', () => {
    assert.deepEqual(normaliseSeverityOverrides(undefined), { overrides: {}, problems: [] });
    assert.deepEqual(normaliseSeverityOverrides(null), { overrides: {}, problems: [] });
    for (const raw of ['error', 42, ['4xx'], true]) {
      const result = normaliseSeverityOverrides(raw);
      assert.deepEqual(result.overrides, {});
      assert.equal(result.problems.length, 1);
    }
  });
});
