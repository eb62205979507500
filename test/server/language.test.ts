/**
 * The real bundled server in Simplified Chinese (issue 19): the display language VS Code sends as
 * `locale` in `initialize`, the `sipLens.language` setting that overrides it, and a change of that
 * setting re-wording hover, diagnostics and inlay hints without a restart.
 *
 * The findings' own messages and short fixes are the rules' words (server/src/rules); what these
 * tests hold the server to is what it words itself and that it asks the rules, the catalog and the
 * cache for the document's language.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  CodeAction,
  Diagnostic,
  DocumentSymbol,
  Hover,
  InlayHint,
  MarkupContent,
  PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { className, explain, q850Cause } from '../../catalog/src/index';
import type { Language } from '../../catalog/src/language';
import { analyze } from '../../server/src/analysis/index';
import { splitFirstSentence } from '../../server/src/features/hoverCard';
import { evaluateRules } from '../../server/src/rules/index';
import { CJK } from '../support/chinese';
import { REPO_ROOT, startServer, type ServerHandle } from '../support/lspClient';

const flow = (name: string) => readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'flows', name), 'utf8');

const BUSY = flow('invite-busy.log');
const STUCK = flow('invite-stuck.log');
/** Two failures: with `maxDiagnostics: 1` the second is counted in the overflow notice. */
const TWO_FAILURES = flow('invite-503-603.log');
const EVERYWHERE = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split(/\r\n|\r|\n/u).length - 1;
const messageText = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

let opened = 0;

/** Opens `text` and waits for its first diagnostics. */
async function open(server: ServerHandle, text: string, name: string): Promise<PublishDiagnosticsParams> {
  const uri = `file:///virtual/language/${++opened}-${name}`;
  const published = server.waitForDiagnostics(uri);
  await server.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'log', version: 1, text },
  });
  return published;
}

async function hoverAt(server: ServerHandle, uri: string, line: number, character: number): Promise<string> {
  const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', {
    textDocument: { uri },
    position: { line, character },
  });
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

const hoverOf486 = (server: ServerHandle, uri: string) => hoverAt(server, uri, lineOf(BUSY, 'SIP/2.0 486'), 10);

async function hintsOf(server: ServerHandle, uri: string): Promise<InlayHint[]> {
  return server.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
    textDocument: { uri },
    range: EVERYWHERE,
  });
}

async function outlineOf(server: ServerHandle, uri: string): Promise<DocumentSymbol[]> {
  return server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
}

/** The short fix the rules give the busy call's 486 in `language`. */
function busyShortFix(language: Language): string | undefined {
  return evaluateRules(analyze(BUSY), { overrides: {}, maxFindings: 1000, language }).findings[0]?.shortFix;
}

/** The Chinese 486 card's answer: heading, the catalog's zh meaning, our labels and links. */
function assertChinese486(text: string): void {
  const entry = explain(486, 'zh-cn');
  assert.ok(entry);
  const lines = text.split('\n');
  assert.ok(lines[0]?.startsWith('### 486 Busy Here · '), lines[0]);
  assert.ok(lines[0]?.includes(className('4xx', 'zh-cn')), `the zh class name in ${lines[0]}`);
  assert.equal(lines[2], splitFirstSentence(entry.description, 'zh-cn')[0], 'the zh meaning, first');
  assert.match(lines[2] ?? '', CJK);
  assert.match(lines[4] ?? '', /^\*\*在本日志中：\*\* .+。\*\*呼叫在此失败。\*\*$/u);
  assert.match(text, /\[解释 486\]\(command:sipLens\.explainCode/u);
  assert.match(text, /\[与其他状态码比较…\]\(command:sipLens\.compareCodes/u);
  assert.ok(text.includes(entry.whenItAppears), 'the zh "when it appears" prose');
  assert.match(text, /\*\*何时出现：\*\*/u, "the card's section heading in Chinese");
  assert.match(text, /\*\*呼叫：\*\* Call-ID `MzQ1NjRkYWU0ZjM3YmU2NTQ3OTk0ZTQ1` · ngrep 日志/u);
  assert.doesNotMatch(text, /In this log|Explain 486|Compare with/u);
}

function assertEnglish486(text: string): void {
  const lines = text.split('\n');
  assert.equal(lines[0], '### 486 Busy Here · 4xx Client Failure');
  assert.match(lines[2] ?? '', /^The callee was reached/u);
  assert.match(
    lines[4] ?? '',
    /^\*\*In this log:\*\* 486 Busy Here ends INVITE \(CSeq 2\).*\*\*The call failed here\.\*\*$/u,
  );
  assert.match(text, /\[Explain 486\]\(command:sipLens\.explainCode/u);
  assert.doesNotMatch(text, CJK);
}

describe('the server in the display language VS Code passes (initialize locale zh-cn)', () => {
  let server: ServerHandle;
  before(async () => {
    server = await startServer({ maxDiagnostics: 1 }, undefined, undefined, 'zh-cn');
  });
  after(async () => {
    await server.stop();
  });

  it('names the Outline provider in Chinese', () => {
    const provider = server.initializeResult.capabilities.documentSymbolProvider;
    assert.deepEqual(provider, { label: 'SIP 呼叫' });
  });

  it('hovers a 486 with the Chinese card', async () => {
    const { uri } = await open(server, BUSY, 'busy.log');
    assertChinese486(await hoverOf486(server, uri));
  });

  it('hovers a Q.850 cause in Chinese', async () => {
    const { uri } = await open(server, BUSY, 'busy-cause.log');
    const line = lineOf(BUSY, 'Reason: Q.850;cause=17');
    const text = await hoverAt(server, uri, line, 'Reason: Q.850;cause='.length);
    const cause = q850Cause(17, 'zh-cn');
    assert.ok(cause);
    assert.ok(text.startsWith(`### Q.850 原因值 17：${cause.name}\n\n`), text);
    assert.ok(text.includes(cause.meaning));
    assert.match(text, /RFC 3398 §7\.2\.4\.1 将它映射为 \*\*486 Busy Here\*\*。\[解释 486\]/u);
  });

  it('words the Outline in Chinese', async () => {
    const { uri } = await open(server, STUCK, 'stuck.log');
    const [call] = await outlineOf(server, uri);
    assert.equal(call?.name, 'INVITE 4001 → 4004 · 无最终响应');
  });

  it('words the overflow notice in Chinese', async () => {
    const { diagnostics } = await open(server, TWO_FAILURES, 'two-failures.log');
    const notice = diagnostics.find((d) => d.code === 'diagnostics-capped');
    assert.ok(notice, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.equal(
      messageText(notice),
      '共 2 条诊断，已显示 1 条（严重程度高的优先，sipLens.maxDiagnostics）；另有 1 条：1 条错误。',
    );
    assert.equal(notice.source, 'SIP Lens', 'the source is a name, the same in every language');
  });

  it('titles code actions in Chinese', async () => {
    const { uri, diagnostics } = await open(server, BUSY, 'busy-actions.log');
    const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]?.range,
      context: { diagnostics },
    });
    assert.deepEqual(
      actions.map((a) => a.title),
      ['解释 486', '将 486 与其他状态码比较…', '关闭 486 的诊断', '显示呼叫流程'],
    );
  });

  it("hints the rules' Chinese short fix", async () => {
    const { uri } = await open(server, BUSY, 'busy-hints.log');
    const hints = await hintsOf(server, uri);
    assert.equal(hints.length, 1, JSON.stringify(hints));
    assert.equal(hints[0]?.label, `→ ${busyShortFix('zh-cn')}`);
  });

  it('reports diagnostics and their related information in Chinese', async () => {
    const { diagnostics } = await open(server, BUSY, 'busy-diagnostics-zh.log');
    const [busy] = diagnostics;
    assert.match(messageText(busy as Diagnostic), /^486 Busy Here 结束了 INVITE（CSeq \d+）/u);
    assert.match(busy?.relatedInformation?.[0]?.message ?? '', /^本响应回复的 INVITE（CSeq \d+）$/u);
  });

  it('hints in Chinese', async () => {
    const { uri } = await open(server, BUSY, 'busy-hints-zh.log');
    const [hint] = await hintsOf(server, uri);
    assert.match(String(hint?.label), CJK);
  });
});

describe('sipLens.language over the display language, changed without a restart', () => {
  let server: ServerHandle;
  let busy: string;
  let twoFailures: string;
  let stuck: string;
  let refreshes = 0;
  before(async () => {
    server = await startServer({ language: 'zh-cn', maxDiagnostics: 1 }, undefined, undefined, 'en');
    server.connection.onRequest('workspace/inlayHint/refresh', () => {
      refreshes++;
      return null;
    });
    busy = (await open(server, BUSY, 'busy.log')).uri;
    twoFailures = (await open(server, TWO_FAILURES, 'two-failures.log')).uri;
    stuck = (await open(server, STUCK, 'stuck.log')).uri;
  });
  after(async () => {
    await server.stop();
  });

  it('speaks Chinese when the setting says zh-cn, whatever the display language', async () => {
    assertChinese486(await hoverOf486(server, busy));
    assert.equal((await outlineOf(server, stuck))[0]?.name, 'INVITE 4001 → 4004 · 无最终响应');
    const [hint] = await hintsOf(server, busy);
    assert.equal(hint?.label, `→ ${busyShortFix('zh-cn')}`);
  });

  it('speaks English after the setting changes to en: hover, diagnostics and inlay hints', async () => {
    const refreshesBefore = refreshes;
    const republished = server.waitForDiagnostics(twoFailures, (p) =>
      p.diagnostics.some((d) => messageText(d).startsWith('1 of 2 findings shown')),
    );
    server.setConfiguration({ language: 'en', maxDiagnostics: 1 });
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const { diagnostics } = await republished;
    assert.deepEqual(
      diagnostics.map(messageText),
      [
        '1 of 2 findings shown (most severe first, sipLens.maxDiagnostics); 1 more: 1 error.',
        ...evaluateRules(analyze(TWO_FAILURES), { overrides: {}, maxFindings: 1, language: 'en' }).findings.map(
          (f) => f.message,
        ),
      ],
      'the English findings and notice, not the cached Chinese ones',
    );
    assert.ok(refreshes > refreshesBefore, 'inlay hints are asked for again');
    assertEnglish486(await hoverOf486(server, busy));
    const [hint] = await hintsOf(server, busy);
    assert.equal(hint?.label, `→ ${busyShortFix('en')}`);
    assert.match(String(hint?.label), /^→ callee busy/u);
    assert.equal((await outlineOf(server, stuck))[0]?.name, 'INVITE 4001 → 4004 · no final response');
  });

  it('reports a bad sipLens.language in the display language, and follows it', async () => {
    const republished = server.waitForDiagnostics(busy);
    server.setConfiguration({ language: 'klingon', maxDiagnostics: 1 });
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await republished;
    const warnings = server.logs().filter((entry) => entry.type === 2);
    assert.ok(
      warnings.some(
        (w) =>
          w.message === 'SIP Lens settings: 1 problem. sipLens.language must be "auto", "en" or "zh-cn"; using "auto".',
      ),
      JSON.stringify(warnings),
    );
    assertEnglish486(await hoverOf486(server, busy));
  });
});

describe('settings problems in the language the settings choose', () => {
  let server: ServerHandle;
  before(async () => {
    server = await startServer({ language: 'zh-cn', maxDiagnostics: -1 }, undefined, undefined, 'en');
  });
  after(async () => {
    await server.stop();
  });

  it('words them in Chinese when sipLens.language is zh-cn', async () => {
    await open(server, BUSY, 'busy.log');
    const warnings = server.logs().filter((entry) => entry.type === 2);
    assert.deepEqual(
      warnings.map((w) => w.message),
      ['SIP Lens 设置有 1 个问题：sipLens.maxDiagnostics 必须是大于或等于 0 的整数；改用 1000。'],
    );
  });
});
