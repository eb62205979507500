/**
 * Severity overrides, the findings cap, and validation of the user's override setting.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FindingCollector, finishFindings } from '../../server/src/rules/collector';
import { DEFAULT_RULE_OPTIONS, evaluateRules, normaliseSeverityOverrides } from '../../server/src/rules/index';
import type { Finding, SeverityOverrides } from '../../server/src/rules/types';
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
  return evaluateRules(analysis, { overrides, maxFindings: 1000 }).map((f) => `${covered(text, f)} ${f.rule} ${f.severity}`);
}

describe('severity overrides', () => {
  it('defaults', () => {
    assert.deepEqual(graded({}), [
      '486 final-client-failure warning',
      '486 nonstandard-phrase information',
      '480 final-client-failure warning',
      '503 final-server-failure error',
      '401 auth-challenge hint',
    ]);
  });

  it('a class override re-grades failures of that class, not hints or phrase remarks', () => {
    assert.deepEqual(graded({ '4xx': 'error' }), [
      '486 final-client-failure error',
      '486 nonstandard-phrase information',
      '480 final-client-failure error',
      '503 final-server-failure error',
      '401 auth-challenge hint',
    ]);
  });

  it('a code beats a rule id, which beats a class', () => {
    assert.deepEqual(graded({ '4xx': 'error', 'final-client-failure': 'hint', '480': 'information' }), [
      '486 final-client-failure hint',
      '486 nonstandard-phrase information',
      '480 final-client-failure information',
      '503 final-server-failure error',
      '401 auth-challenge hint',
    ]);
  });

  it('"off" suppresses by code, by rule and by class', () => {
    assert.deepEqual(graded({ '486': 'off', 'auth-challenge': 'off', '5xx': 'off' }), ['480 final-client-failure warning']);
  });

  it('a rule id override applies to every finding of that rule', () => {
    assert.deepEqual(graded({ 'nonstandard-phrase': 'warning', 'final-server-failure': 'warning' }).filter((l) => !l.includes('client')), [
      '486 nonstandard-phrase warning',
      '503 final-server-failure warning',
      '401 auth-challenge hint',
    ]);
  });
});

function manyFailures(count: number) {
  const flow = new FlowBuilder();
  for (let i = 0; i < count; i++) flow.request('INVITE', `call-${i}`, 1).response(486, 'Busy Here', `call-${i}`, 1, 'INVITE');
  return flow.build();
}

describe('findings cap', () => {
  it('50 failures with maxFindings 10 give 10 findings and one capped notice saying 40 more', () => {
    const { analysis } = manyFailures(50);
    const all = evaluateRules(analysis, { overrides: {}, maxFindings: 1000 });
    const findings = evaluateRules(analysis, { overrides: {}, maxFindings: 10 });
    assert.equal(all.length, 50);
    assert.equal(findings.length, 11);
    assert.deepEqual(findings.slice(0, 10), all.slice(0, 10));
    const capped = findings[10] as Finding;
    assert.equal(capped.rule, 'diagnostics-capped');
    assert.equal(capped.severity, 'information');
    assert.equal(capped.offset, all[10]?.offset);
    assert.match(capped.message, /and 40 more SIP Lens findings not shown \(sipLens\.maxDiagnostics = 10\)/u);
  });

  it('findings switched off do not count against the cap', () => {
    const { analysis } = manyFailures(5);
    const findings = evaluateRules(analysis, { overrides: { '486': 'off' }, maxFindings: 2 });
    assert.deepEqual(findings, []);
  });

  it('exactly maxFindings findings need no notice, and the notice itself can be switched off', () => {
    const { analysis } = manyFailures(3);
    assert.equal(evaluateRules(analysis, { overrides: {}, maxFindings: 3 }).length, 3);
    const quiet = evaluateRules(analysis, { overrides: { 'diagnostics-capped': 'off' }, maxFindings: 1 });
    assert.deepEqual(quiet.map((f) => f.rule), ['final-client-failure']);
  });

  it('a large log keeps maxFindings findings and counts the rest', () => {
    const { analysis } = manyFailures(20_000);
    const findings = evaluateRules(analysis, DEFAULT_RULE_OPTIONS);
    assert.equal(findings.length, DEFAULT_RULE_OPTIONS.maxFindings + 1);
    assert.match(findings.at(-1)?.message ?? '', /19000 more SIP Lens findings/u);
  });

  it('builds message text only for the findings it shows', () => {
    const collector = new FindingCollector({});
    let built = 0;
    const render = ({ ref }: { ref: number }) => {
      built++;
      return { message: `m${ref}`, href: 'https://www.rfc-editor.org/rfc/rfc3261' };
    };
    for (let i = 0; i < 100; i++) collector.add('final-client-failure', 486, 1000 - i, 3, i);
    const findings = finishFindings(collector.sorted(), 5, {}, render);
    assert.equal(built, 5);
    assert.deepEqual(findings.map((f) => f.offset), [901, 902, 903, 904, 905, 906]);
    assert.match(findings[5]?.message ?? '', /95 more/u);
  });
});

describe('normaliseSeverityOverrides', () => {
  it('keeps classes, codes and rule ids with valid severities, normalising case', () => {
    const { overrides, problems } = normaliseSeverityOverrides({
      '4XX': 'Error',
      '480': 'information',
      'auth-challenge': 'off',
      'no-final-response': ' hint ',
    });
    assert.deepEqual(overrides, { '4xx': 'error', '480': 'information', 'auth-challenge': 'off', 'no-final-response': 'hint' });
    assert.deepEqual(problems, []);
  });

  it('drops and reports junk keys and values', () => {
    const { overrides, problems } = normaliseSeverityOverrides({
      '7xx': 'error',
      '48': 'error',
      '4800': 'error',
      '099': 'error',
      'busy': 'error',
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
    const { overrides, problems } = normaliseSeverityOverrides(JSON.parse('{"__proto__": "error", "constructor": "off"}'));
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
