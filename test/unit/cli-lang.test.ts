/**
 * `sip-lens --lang` (issue 19): every command speaks English or Simplified Chinese, chosen by
 * `--lang` or else by LC_ALL, LC_MESSAGES and LANG; JSON keys never change, exit statuses never do.
 */
import { runCli } from '../../server/src/cli/main';
import { runCaptured, spawnBuiltCli, SAMPLE_LOG } from '../support/cliRun';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { underlineFor } from '../../catalog/src/card-text';
import type { Comparison } from '../../catalog/src/compare';
import { comparisonJson } from '../../catalog/src/compare-text';
import { getEntry } from '../../catalog/src/index';
import { analyze } from '../../server/src/analysis';
import { streamRules } from '../../server/src/rules';
import { DEFAULT_SETTINGS } from '../../server/src/settings/settings';
import { answeredCall, busyThenUnavailable, Scratch } from '../support/cliLogs';
import { CJK } from '../support/chinese';

const SAMPLE = SAMPLE_LOG;

const run = runCaptured;

const spawnCli = (args: readonly string[], env: Record<string, string>) => spawnBuiltCli(args, { env });

function zhEntry(code: number) {
  const entry = getEntry(code, 'zh-cn');
  assert.ok(entry, `no zh-cn entry for ${code}`);
  return entry;
}

/** Every key path of a JSON value ("files[].diagnostics[].message"), to compare shapes across languages. */
function keyPaths(value: unknown, prefix = ''): Set<string> {
  const paths = new Set<string>();
  if (Array.isArray(value)) {
    for (const item of value) for (const path of keyPaths(item, `${prefix}[]`)) paths.add(path);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      paths.add(`${prefix}.${key}`);
      for (const path of keyPaths(child, `${prefix}.${key}`)) paths.add(path);
    }
  }
  return paths;
}

describe('sip-lens explain --lang zh-cn', () => {
  it('prints the Chinese card: the catalog prose of 486, its class in Chinese, Chinese punctuation', () => {
    const { status, out, err } = run(['explain', '486', '--lang', 'zh-cn']);
    assert.equal(status, 0, err);
    const zh = zhEntry(486);
    assert.match(out, /^486 Busy Here\n=============\n/u, 'the reason phrase stays as on the wire');
    assert.ok(out.includes(zh.description), 'the Chinese description');
    assert.ok(out.includes(`4xx ${zh.className}`), `the class badge: ${zh.className}`);
    assert.match(out, /RFC 3261 §21\.4\.24：https:\/\/www\.rfc-editor\.org\/rfc\/rfc3261#section-21\.4\.24/u);
    for (const step of zh.howToFix) assert.ok(out.includes(step), step);
    assert.ok(!out.includes(getEntry(486, 'en')?.description ?? '?'), 'no English description');
    assert.doesNotMatch(out, /^\S[^\n]*[^\s：]: /mu, 'a half-width colon after a title');
  });

  it('is English with --lang en, byte for byte as without --lang', () => {
    const plain = run(['explain', '486']);
    assert.equal(run(['explain', '486', '--lang', 'en']).out, plain.out);
    assert.ok(plain.out.includes(getEntry(486, 'en')?.description ?? '?'));
    assert.doesNotMatch(plain.out, CJK);
  });

  it('takes --lang before the command and after it, the last one winning', () => {
    const chinese = run(['explain', '486', '--lang', 'zh-cn']).out;
    assert.equal(run(['--lang', 'zh-cn', 'explain', '486']).out, chinese);
    assert.equal(run(['--lang', 'en', 'explain', '--lang', 'ZH-CN', '486']).out, chinese);
    assert.equal(run(['--lang', 'zh-cn', 'explain', '486', '--lang', 'en']).out, run(['explain', '486']).out);
  });
});

describe('sip-lens compare --lang zh-cn', () => {
  it('prints 主要区别 and 何时使用哪个, and both cards in Chinese', () => {
    const { status, out, err } = run(['compare', '100', '607', '--lang', 'zh-cn']);
    assert.equal(status, 0, err);
    assert.match(out, /^100 Trying vs 607 Unwanted\n/u);
    assert.match(out, /\n主要区别\n {2}1\. /u);
    assert.match(out, /\n何时使用哪个\n {2}发送或配置时：\n {4}- [^\n]+\n(?: {4}- [^\n]+\n)* {2}阅读日志时：\n/u);
    assert.ok(out.includes(zhEntry(100).description));
    assert.ok(out.includes(zhEntry(607).description));
    assert.doesNotMatch(out, /Key differences|When to use which|Sending or configuring|Reading a log/u);
  });

  it('keeps the English labels in English', () => {
    const { out } = run(['compare', '100', '607']);
    assert.match(out, /\nKey differences\n/u);
    assert.match(out, /\nWhen to use which\n {2}Sending or configuring:\n/u);
    assert.doesNotMatch(out, CJK);
  });

  it('joins the when-to-use sentences of the JSON as each language writes them', () => {
    const english = fakeComparison(['Send A.', 'Send B.'], ['Read C.']);
    assert.equal(comparisonJson(english).whenToUse, 'Sending or configuring: Send A. Send B. Reading a log: Read C.');
    const chinese = fakeComparison(['发送甲。', '发送乙。'], ['分析丙。']);
    assert.equal(comparisonJson(chinese, 'zh-cn').whenToUse, '发送或配置时：发送甲。发送乙。阅读日志时：分析丙。');
  });
});

function fakeComparison(sending: string[], reading: string[]): Comparison {
  const entry = getEntry(486);
  assert.ok(entry);
  return { a: entry, b: entry, title: 't', summary: 's', keyDifferences: [], whenToUse: { sending, reading } };
}

describe('sip-lens language from the environment', () => {
  const zhCard = () => run(['explain', '486', '--lang', 'zh-cn']).out;
  const enCard = () => run(['explain', '486', '--lang', 'en']).out;

  it('follows LANG, then LC_MESSAGES over it, then LC_ALL over both', () => {
    assert.equal(run(['explain', '486'], { LANG: 'zh_CN.UTF-8' }).out, zhCard());
    assert.equal(run(['explain', '486'], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }).out, zhCard());
    assert.equal(run(['explain', '486'], { LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }).out, enCard());
    assert.equal(run(['explain', '486'], { LANG: 'zh_TW.UTF-8' }).out, enCard(), 'Traditional Chinese is not offered');
  });

  it('lets --lang beat the environment, and --lang auto follow it', () => {
    assert.equal(run(['explain', '486', '--lang', 'en'], { LC_ALL: 'zh_CN.UTF-8' }).out, enCard());
    assert.equal(run(['explain', '486', '--lang', 'auto'], { LC_ALL: 'zh_CN.UTF-8' }).out, zhCard());
    assert.equal(run(['explain', '486', '--lang', 'auto']).out, enCard());
  });

  it('speaks English to a caller that passes no environment, whatever the machine says', () => {
    assert.equal(runCli(['explain', '486'], { out: (t) => assert.doesNotMatch(t, CJK), err: () => undefined }), 0);
  });

  it('is what the built CLI does: LANG=zh_CN.UTF-8 is Chinese, LC_ALL=C wins over it', () => {
    const chinese = spawnCli(['explain', '486'], { LANG: 'zh_CN.UTF-8' });
    assert.equal(chinese.status, 0, chinese.err);
    assert.equal(chinese.out, zhCard());
    const c = spawnCli(['explain', '486'], { LANG: 'zh_CN.UTF-8', LC_ALL: 'C' });
    assert.equal(c.status, 0, c.err);
    assert.equal(c.out, enCard());
    const bad = spawnCli(['explain', '486', '--lang', 'xx'], { LANG: 'zh_CN.UTF-8' });
    assert.equal(bad.status, 2);
    assert.equal(bad.out, '');
    assert.match(bad.err, /^sip-lens: --lang 只接受 auto、en 或 zh-cn，不接受“xx”\n\n用法：/u);
  });
});

describe('sip-lens --lang usage errors', () => {
  it('exits 2 on an unknown --lang, naming the accepted values', () => {
    for (const args of [
      ['explain', '486', '--lang', 'xx'],
      ['--lang', 'fr', 'compare', '100', '607'],
      ['check', '--lang', 'zh-tw', SAMPLE],
    ]) {
      const { status, out, err } = run(args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, /^sip-lens: --lang takes auto, en or zh-cn, not '(?:xx|fr|zh-tw)'\n\nUsage: sip-lens/u);
    }
  });

  it('exits 2 when --lang has no value', () => {
    const { status, err } = run(['explain', '486', '--lang']);
    assert.equal(status, 2);
    assert.match(err, /^sip-lens: --lang needs a value\n/u);
  });

  it('words usage errors and help in Chinese', () => {
    const help = run(['--help', '--lang', 'zh-cn']);
    assert.equal(help.status, 0);
    assert.match(help.out, /^用法：sip-lens <命令> \[选项\]\n/u);
    assert.match(help.out, /^ {2}--lang <auto\|en\|zh-cn> +输出语言/mu);
    assert.match(help.out, /^ {2}3 {2}sip-lens 内部错误$/mu);
    const unknown = run(['frobnicate', '--lang', 'zh-cn']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.err, /^sip-lens: 未知命令“frobnicate”\n\n用法：/u);
    const badCode = run(['explain', '999'], { LANG: 'zh_CN.UTF-8' });
    assert.equal(badCode.status, 2);
    assert.match(badCode.err, /^sip-lens: “999”不是 SIP 状态码（应为 100 到 699 之间的数字）\n/u);
    const missing = run(['check', '--lang', 'zh-cn', '/nonexistent/sip.log']);
    assert.equal(missing.status, 2);
    assert.equal(missing.err, 'sip-lens: 无法读取“/nonexistent/sip.log”：文件不存在\n');
  });

  it('documents --lang in the English help', () => {
    assert.match(run(['--help']).out, /^ {2}--lang <auto\|en\|zh-cn> +The language of the output/mu);
  });

  it('lines the help up in columns in both languages, counting a Chinese character as two cells', () => {
    for (const language of ['en', 'zh-cn']) {
      const rows = run(['--help', '--lang', language])
        .out.split('\n')
        // A command too long for its column has its description on the next line, under the column.
        .filter((line) => /^ {2}[-a-z]/u.test(line) && / {2}\S/u.test(line.slice(2)));
      assert.ok(rows.length >= 8, language);
      for (const row of rows) {
        const gap = /^( {2}\S.*? {2,})\S/u.exec(row);
        assert.equal(underlineFor(gap?.[1] ?? '', '.').length, 35, `${language}: ${row}`);
      }
    }
  });
});

describe('sip-lens check --lang zh-cn', () => {
  let scratch: Scratch;
  let busy: string;
  let clean: string;
  before(() => {
    scratch = new Scratch();
    busy = scratch.write('busy.log', busyThenUnavailable());
    clean = scratch.write('clean.log', answeredCall('ok', 200, 'OK'));
  });
  after(() => scratch.remove());

  it('words the severities and the overflow line in Chinese, naming --max-diagnostics', () => {
    const { status, out } = run(['check', '--lang', 'zh-cn', '--max-diagnostics', '2', busy]);
    assert.equal(status, 1);
    const lines = out.split('\n').filter(Boolean);
    assert.equal(lines.length, 3);
    // The cap keeps the most severe first: the 503 at the end, then the first 486.
    assert.match(lines[0] ?? '', /^\S+busy\.log:\d+:\d+ 警告 486 Busy Here/u);
    assert.match(lines[1] ?? '', /^\S+busy\.log:\d+:\d+ 错误 503 Service Unavailable/u);
    assert.match(
      lines[2] ?? '',
      /:\d+:\d+ 警告 另有 1004 条诊断未显示（1004 条警告；--max-diagnostics 2） \[diagnostics-capped\]$/u,
    );
    const zero = run(['check', '--lang', 'zh-cn', '--max-diagnostics', '0', busy]).out;
    assert.match(
      zero,
      /:\d+:\d+ 错误 另有 1006 条诊断未显示（1 条错误、1005 条警告；--max-diagnostics 0） \[diagnostics-capped\]\n$/u,
    );
  });

  it('exits as in English for every input', () => {
    for (const args of [[busy], [clean], [SAMPLE], ['--max-diagnostics', '0', busy], [clean, busy], ['--json', busy]]) {
      const english = run(['check', ...args]);
      assert.equal(run(['check', '--lang', 'zh-cn', ...args]).status, english.status, args.join(' '));
      assert.equal(run(['check', ...args], { LANG: 'zh_CN.UTF-8' }).status, english.status, args.join(' '));
    }
  });

  it('asks the rules for Chinese findings: the messages are those the rules word in zh-cn', () => {
    const text = answeredCall('x', 503, 'Service Unavailable');
    const path = scratch.write('503.log', text);
    const expected = [
      ...streamRules(analyze(text), {
        overrides: DEFAULT_SETTINGS.severityOverrides,
        maxFindings: Infinity,
        language: 'zh-cn',
      }).findings,
    ];
    assert.ok(expected.length > 0);
    const json = JSON.parse(run(['check', '--json', '--lang', 'zh-cn', path]).out) as {
      files: { diagnostics: { message: string }[] }[];
    };
    assert.deepEqual(
      json.files[0]?.diagnostics.map((d) => d.message),
      expected.map((f) => f.message),
    );
    const textLine = run(['check', '--lang', 'zh-cn', path]).out;
    assert.ok(textLine.includes(` 错误 ${expected[0]?.message} [`), textLine);
  });
});

describe('sip-lens --json in both languages', () => {
  const cases: ReadonlyArray<readonly string[]> = [
    ['explain', '486', '--json'],
    ['explain', '477', '--json'],
    ['compare', '100', '607', '--json'],
    ['check', '--json', SAMPLE],
  ];
  for (const args of cases) {
    it(`${args.join(' ')}: the same keys, values in the language`, () => {
      const english = JSON.parse(run(args).out) as unknown;
      const chinese = JSON.parse(run([...args, '--lang', 'zh-cn']).out) as unknown;
      assert.deepEqual([...keyPaths(chinese)].sort(), [...keyPaths(english)].sort());
    });
  }

  it('explain --json is the zh-cn catalog entry', () => {
    const entry = JSON.parse(run(['explain', '486', '--json', '--lang', 'zh-cn']).out) as unknown;
    assert.deepEqual(entry, JSON.parse(JSON.stringify(zhEntry(486))));
  });

  it('compare --json words whenToUse with the Chinese labels', () => {
    const json = JSON.parse(run(['compare', '100', '607', '--json', '--lang', 'zh-cn']).out) as { whenToUse: string };
    assert.match(json.whenToUse, /^发送或配置时：.+阅读日志时：.+/u);
  });
});

describe('card text underlines', () => {
  it('draws a rule as wide as the text shows, two cells a Chinese character', () => {
    assert.equal(underlineFor('486 Busy Here', '='), '=============');
    assert.equal(underlineFor('主要区别', '-'), '--------');
    assert.equal(underlineFor('486 对比 600', '='), '='.repeat(12));
  });
});
