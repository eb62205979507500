/**
 * The rules in Simplified Chinese (issue 19): the same findings as in English, only worded in
 * Chinese that holds to docs/glossary-zh-cn.md, and the incremental pass equal to the whole one in
 * Chinese too, including when the language changes between two versions.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { getEntry } from '../../catalog/src/index';
import { fill } from '../../catalog/src/l10n';
import { analyze } from '../../server/src/analysis/index';
import { analyzeWhole, reanalyze } from '../../server/src/analysis/incremental';
import { evaluateRules, evaluateRuleState, normaliseSeverityOverrides } from '../../server/src/rules/index';
import { updateRuleState } from '../../server/src/rules/incremental';
import { FINDING_STRINGS } from '../../server/src/rules/rule-strings';
import type { Finding, RuleOptions } from '../../server/src/rules/types';
import { messageWidth } from '../../catalog/src/l10n';
import { MESSAGE_LIMIT, say, withFirstFitting } from '../../server/src/rules/wording';
import { avoidedTerms, avoidedTermsIn, CJK, typographyProblems } from '../support/chinese';
import { arbFlowStep, buildFlow, FlowBuilder, readFlowFixture, shippedLogs } from './rules-support';

const EN: RuleOptions = { overrides: {}, maxFindings: Number.POSITIVE_INFINITY };
const ZH: RuleOptions = { ...EN, language: 'zh-cn' };
const AVOIDED = avoidedTerms();

/** What a finding is, apart from its words. */
function facts(finding: Finding) {
  const { rule, severity, offset, length, code, href, related, repeats } = finding;
  return {
    rule,
    severity,
    offset,
    length,
    code,
    href,
    related: related && { offset: related.offset, length: related.length },
    repeats: repeats?.map((r) => ({ offset: r.offset, length: r.length })),
  };
}

/** The problems of one Chinese text a user reads: not Chinese, not Chinese typography, a word the glossary avoids. */
function chineseProblems(text: string): string[] {
  return [...(CJK.test(text) ? [] : ['not in Chinese']), ...typographyProblems(text), ...avoidedTermsIn(text, AVOIDED)];
}

function assertChineseFinding(finding: Finding, where: string): void {
  const texts = [finding.message, finding.related?.message, ...(finding.repeats ?? []).map((r) => r.message)];
  for (const text of texts) {
    if (text !== undefined) assert.deepEqual(chineseProblems(text), [], `${where}: ${text}`);
  }
  assert.ok(messageWidth(finding.message, 'zh-cn') <= MESSAGE_LIMIT, `${where}: too wide: ${finding.message}`);
  assert.ok(finding.shortFix, `${where}: ${finding.rule} has no short fix`);
}

function zhFindings(text: string): Finding[] {
  return evaluateRules(analyze(text), ZH).findings;
}

describe('rules in Simplified Chinese on every shipped log', () => {
  const logs = shippedLogs();

  it('finds the same findings as in English, worded in Chinese', () => {
    let checked = 0;
    for (const [path, text] of logs) {
      const analysis = analyze(text);
      const english = evaluateRules(analysis, EN);
      const chinese = evaluateRules(analysis, ZH);
      assert.deepEqual(chinese.findings.map(facts), english.findings.map(facts), path);
      assert.deepEqual([chinese.totals, chinese.overflow], [english.totals, english.overflow], path);
      for (const finding of chinese.findings) assertChineseFinding(finding, path);
      checked += chinese.findings.length;
    }
    assert.ok(checked >= 50, `${checked} findings checked`);
  });

  it('every short fix is Chinese: the rules’ own, or the catalog’s in Chinese', () => {
    for (const [path, text] of logs) {
      for (const finding of zhFindings(text)) {
        if (CJK.test(finding.shortFix ?? '')) continue;
        // The catalog's class-level answer for a code it does not know (catalog/src/index.ts) is
        // still English: the catalog's translation, not the rules', and the same text the hover shows.
        const entry = finding.code === undefined ? undefined : getEntry(finding.code, 'zh-cn');
        assert.equal(entry, undefined, `${path}: ${finding.rule} ${finding.code}: ${finding.shortFix}`);
      }
    }
  });

  it('incremental rules equal a whole evaluation in Chinese, edit by edit', () => {
    for (const [path, text] of logs) {
      // The log appended in four pieces, then a line inserted in the middle: both incremental paths.
      const cuts = [0.25, 0.5, 0.75, 1].map((share) => Math.floor(text.length * share));
      let snapshot = analyzeWhole(text.slice(0, cuts[0]));
      let state = evaluateRuleState(snapshot.analysis, ZH);
      let current = text.slice(0, cuts[0]);
      const edits = cuts.slice(1).map((cut, i) => ({ at: cuts[i] as number, insert: text.slice(cuts[i], cut) }));
      edits.push({ at: Math.floor(text.length / 2), insert: '\n# a comment line\n' });
      for (const { at, insert } of edits) {
        current = current.slice(0, at) + insert + current.slice(at);
        snapshot = reanalyze(snapshot, current, { start: at, end: at, insertedLength: insert.length });
        state = snapshot.change
          ? updateRuleState(state, snapshot.analysis, snapshot.change, ZH)
          : evaluateRuleState(snapshot.analysis, ZH);
        assert.deepEqual(state.findings, evaluateRules(analyze(current), ZH).findings, `${path} at ${at}`);
      }
    }
  });
});

describe('a change of language between two versions', () => {
  const text = readFlowFixture('reported-failures.log') + readFlowFixture('invite-busy.log');
  const appended = readFlowFixture('invite-503-603.log');

  for (const [from, to] of [
    ['en', 'zh-cn'],
    ['zh-cn', 'en'],
  ] as const) {
    it(`rewrites every finding kept from the ${from} version in ${to}`, () => {
      const before = analyzeWhole(text);
      const state = evaluateRuleState(before.analysis, { ...EN, language: from });
      const after = reanalyze(before, text + appended, {
        start: text.length,
        end: text.length,
        insertedLength: appended.length,
      });
      assert.ok(after.change, 'the append took the incremental path');
      const options: RuleOptions = { ...EN, language: to };
      const updated = updateRuleState(state, after.analysis, after.change, options);
      const whole = evaluateRules(analyze(text + appended), options);
      assert.ok(whole.findings.length > state.findings.length, 'findings kept from before, and new ones');
      assert.deepEqual(updated.findings, whole.findings);
      assert.deepEqual(updated.options, options, 'the state remembers its language for the next version');
    });
  }

  it('random call flows: the same findings in both languages, the Chinese ones in Chinese', () => {
    fc.assert(
      fc.property(fc.array(arbFlowStep, { maxLength: 30 }), (steps) => {
        const { analysis } = buildFlow(steps);
        const english = evaluateRules(analysis, EN).findings;
        const chinese = evaluateRules(analysis, ZH).findings;
        assert.deepEqual(chinese.map(facts), english.map(facts));
        for (const finding of chinese) assertChineseFinding(finding, 'generated flow');
      }),
      { numRuns: 200 },
    );
  });
});

/** The one finding of `rule` in a fixture. */
function only(name: string, rule: Finding['rule']): Finding {
  const found = zhFindings(readFlowFixture(name)).filter((finding) => finding.rule === rule);
  assert.equal(found.length, 1, `${name}: ${found.map((f) => f.message).join(' | ')}`);
  return found[0] as Finding;
}

describe('what the rules say in Chinese', () => {
  it('a 486 that ends an INVITE: the code as on the wire, the catalog’s Chinese gist and fix', () => {
    const busy = only('invite-busy.log', 'final-client-failure');
    assert.equal(busy.message, '486 Busy Here 结束了 INVITE（CSeq 2）：被叫在这台设备上忙');
    assert.equal(busy.related?.message, '本响应回复的 INVITE（CSeq 2）');
    assert.equal(busy.shortFix, getEntry(486, 'zh-cn')?.shortFix);
  });

  it('a 401 to a REGISTER that already carried credentials: its credentials were rejected', () => {
    const rejected = only('register-auth-rejected.log', 'auth-rejected');
    assert.equal(rejected.message, '401 Unauthorized 再次质询 REGISTER（CSeq 2）：所带凭据被拒绝');
    assert.equal(rejected.shortFix, '凭据被拒绝：检查该账户的认证用户名、密码和 realm');
    const challenge = only('register-auth-rejected.log', 'auth-challenge');
    assert.equal(
      challenge.message,
      '401 Unauthorized 质询了 REGISTER（CSeq 1）；重试（CSeq 2）以 401 Unauthorized 失败',
      'no space between the full-width parenthesis and the Chinese after it',
    );
    assert.equal(challenge.related?.message, '401 Unauthorized 回复了重试（CSeq 2）');
  });

  it('an INVITE with only a 100 Trying, and one with no response at all', () => {
    const stuck = only('invite-stuck.log', 'no-final-response');
    assert.equal(stuck.message, 'INVITE（CSeq 20）只收到临时响应（最后一个：100 Trying），没有最终响应');
    assert.match(stuck.shortFix ?? '', /Timer C/u);
    const { analysis } = new FlowBuilder()
      .request('INVITE', 'silent', 1)
      .request('CANCEL', 'silent', 1)
      .response(200, 'OK', 'silent', 1, 'CANCEL')
      .build();
    const silent = evaluateRules(analysis, ZH).findings.find((finding) => finding.rule === 'no-final-response');
    assert.equal(silent?.message, 'INVITE（CSeq 1）没有收到任何响应，而该呼叫之后还有消息');
    assert.equal(silent?.shortFix, '检查下一跳是否可达（DNS、路由、防火墙）；Timer B 在 32 s 后放弃');
  });

  it('a failure a log line reports, its repeats, and a 487 after a CANCEL', () => {
    const findings = zhFindings(readFlowFixture('reported-failures.log'));
    const [busy, cancelled] = findings;
    assert.equal(busy?.message, '日志行报告了 486 Busy Here：被叫在这台设备上忙');
    assert.deepEqual(
      busy?.repeats?.map((repeat) => repeat.message),
      ['同一个 486 再次被记录', '同一个 486 再次被记录'],
    );
    assert.equal(cancelled?.message, '日志行在 CANCEL 之后报告了 487 Request Terminated');
    assert.equal(cancelled?.shortFix, say('zh-cn', 'cancelledFix'));
  });

  it('English stays as it was', () => {
    const busy = evaluateRules(analyze(readFlowFixture('invite-busy.log')), EN).findings[0];
    assert.equal(busy?.message, '486 Busy Here ends INVITE (CSeq 2): callee busy on this device');
    assert.equal(busy?.related?.message, 'INVITE (CSeq 2) answered by this response');
    assert.deepEqual(evaluateRules(analyze(readFlowFixture('invite-busy.log'))).findings, [busy]);
  });
});

describe('Chinese wording helpers', () => {
  it('drops the space beside a value that starts or ends in Chinese, and only there', () => {
    const tight = (template: string, values: Record<string, string>) => fill(template, values);
    assert.equal(
      tight('{label} 质询了 {what}', { label: '401 Unauthorized', what: 'INVITE' }),
      '401 Unauthorized 质询了 INVITE',
    );
    assert.equal(
      tight('{label} 质询了 {what}', { label: '401 Unauthorized', what: '请求' }),
      '401 Unauthorized 质询了请求',
    );
    assert.equal(
      tight('；{retry} 收到 {result}', { retry: '重试（CSeq 2）', result: '200 OK' }),
      '；重试（CSeq 2）收到 200 OK',
    );
    assert.equal(tight('{a} 和 {b}', { a: 'x 中', b: '文 y' }), 'x 中和文 y', 'the values themselves are not touched');
    assert.equal(tight('{missing} 不变', {}), '{missing} 不变');
    assert.equal(tight('{a} and {b}', { a: '中', b: '文' }), '中 and 文', 'an English template is kept as written');
  });

  it('fills English templates by plain substitution, whatever the values', () => {
    const values: Record<string, string> = {
      label: '486 Busy Here',
      what: 'INVITE (CSeq 2)',
      retry: '中 retry 文',
      result: '200 OK',
    };
    const plain = (template: string) => template.replace(/\{(\w+)\}/gu, (whole, name: string) => values[name] ?? whole);
    for (const template of [...Object.values(FINDING_STRINGS.en), '{absent} stays', '{label}{label}']) {
      assert.equal(fill(template, values), plain(template), template);
    }
  });

  it('measures Chinese characters and full-width punctuation as two columns, English by its length', () => {
    assert.equal(messageWidth('INVITE（CSeq 1）结束', 'zh-cn'), 6 + 2 + 6 + 2 + 4);
    assert.equal(messageWidth('中文', 'en'), 2);
    assert.equal(messageWidth('𠀀a', 'zh-cn'), 3, 'a character outside the BMP is one wide character');
  });

  it('picks the fullest alternative that fits the row by width, not by length', () => {
    const head = '407 Proxy Authentication Required 质询了 INVITE（CSeq 1167342011）';
    const full = '；重试（CSeq 1167342012）收到 200 OK';
    const short = '；重试收到 200 OK';
    // By length both fit (63 + 31 characters); on screen the fuller one takes 102 columns.
    assert.ok(head.length + full.length <= MESSAGE_LIMIT);
    assert.equal(withFirstFitting('zh-cn', head, full, short), head + short);
    assert.equal(withFirstFitting('en', head, full, short), head + full);
  });
});

describe('severity setting problems in Chinese', () => {
  it('names the setting, the key and the value as written, in Chinese', () => {
    const { overrides, problems } = normaliseSeverityOverrides(
      { '4xx': 'warning', '7xx': 'error', '486': 'loud' },
      'zh-cn',
    );
    assert.deepEqual(overrides, { '4xx': 'warning' });
    assert.equal(problems.length, 2);
    // Object.entries puts integer-like keys ("486") first.
    assert.match(
      problems[1] ?? '',
      /^sipLens\.diagnostics\.severity：已忽略键“7xx”：请使用类别（1xx-6xx）、状态码（100-699）或规则 ID（final-server-failure, /u,
    );
    assert.equal(
      problems[0],
      'sipLens.diagnostics.severity：已忽略“486”："loud" 不是 error, warning, information, hint, off 之一。',
    );
    assert.deepEqual(normaliseSeverityOverrides([], 'zh-cn').problems, [
      'sipLens.diagnostics.severity 必须是对象，例如 { "480": "information" }；实际是数组。',
    ]);
    for (const problem of problems) assert.deepEqual(avoidedTermsIn(problem, AVOIDED), []);
  });
});
