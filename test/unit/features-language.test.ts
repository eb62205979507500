/**
 * The editor features in Simplified Chinese (issue 19): what the server words itself around the
 * catalog's prose and the rules' findings, and that a change of language is never answered from
 * rule results cached in the other language.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeCard } from '../../catalog/src/card';
import { explain } from '../../catalog/src/index';
import type { Language } from '../../catalog/src/language';
import { codeActions } from '../../server/src/features/codeActions';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { hover } from '../../server/src/features/hover';
import { q850Card, splitFirstSentence, statusCodeCard } from '../../server/src/features/hoverCard';
import { documentSymbols } from '../../server/src/features/symbols';
import type { Connection } from 'vscode-languageserver';
import { AnalysisProgress, PROGRESS_MIN_CHARS, type ProgressHandle } from '../../server/src/pipeline/analysisProgress';
import { workDoneSink } from '../../server/src/pipeline/progressSinks';
import { AnalysisCache } from '../../server/src/pipeline/documentAnalysis';
import { SLICE_CHARS } from '../../server/src/pipeline/progressive';
import { ruleOptions } from '../../server/src/pipeline/validation';
import { evaluateRules } from '../../server/src/rules';
import { parseSettings } from '../../server/src/settings/settings';
import type { RuleOptions } from '../../server/src/rules/types';
import { FlowBuilder } from './rules-support';

const options = (language: Language, maxFindings = 1000): RuleOptions => ({ overrides: {}, maxFindings, language });

function documentOf(text: string, name = 'language.log'): TextDocument {
  return TextDocument.create(`file:///${name}`, 'log', 1, text);
}

/** A provisional 180 and a final 486 to an INVITE whose request is in the log. */
function busyCall() {
  return new FlowBuilder()
    .request('INVITE', 'z1', 7)
    .response(180, 'Ringing', 'z1', 7, 'INVITE')
    .response(486, 'Busy Here', 'z1', 7, 'INVITE')
    .build();
}

function hoverLines(text: string, needle: string, language: Language): string[] {
  const document = documentOf(text);
  const state = new AnalysisCache().get(document);
  const result = hover(document, state, document.positionAt(text.indexOf(needle) + 9), options(language));
  assert.ok(result, `no hover on ${needle}`);
  return (result.contents as { value: string }).value.split('\n');
}

describe('hover cards in Chinese', () => {
  it('answers with the zh meaning, our zh labels and the zh actions', () => {
    const { text } = busyCall();
    const lines = hoverLines(text, 'SIP/2.0 486', 'zh-cn');
    const entry = explain(486, 'zh-cn');
    assert.equal(lines[2], splitFirstSentence(entry?.description ?? '', 'zh-cn')[0]);
    assert.match(lines[4] ?? '', /^\*\*在本日志中：\*\* .*。\*\*呼叫在此失败。\*\*$/u);
    assert.ok(lines.some((l) => l.startsWith('[解释 486](command:sipLens.explainCode')));
  });

  it("sets the card's sections with Chinese punctuation", () => {
    const { text } = busyCall();
    const card = hoverLines(text, 'SIP/2.0 486', 'zh-cn').join('\n');
    const entry = explain(486, 'zh-cn');
    assert.ok(entry);
    const sections = codeCard(entry, 'zh-cn').sections;
    const when = sections.find((s) => s.id === 'whenItAppears');
    const related = sections.find((s) => s.id === 'related');
    assert.ok(when?.id === 'whenItAppears' && related?.id === 'related');
    assert.ok(card.includes(`**${when.title}：** ${entry.whenItAppears}`), card);
    assert.ok(card.includes(`**${related.title}：**\n\n- **600 Busy Everywhere**：`), card);
    assert.match(card, /\*\*Q\.850 原因值：\*\* .+；.+。$/mu);
  });

  it('says which request a response without a finding answers, final or provisional', () => {
    const { text } = busyCall();
    assert.equal(
      hoverLines(text, 'SIP/2.0 180', 'zh-cn')[4],
      '**在本日志中：** 这是对 **`INVITE`**（CSeq 7）的临时响应。',
    );
    assert.equal(
      hoverLines(text, 'SIP/2.0 180', 'en')[4],
      '**In this log:** answers **`INVITE`** (CSeq 7), a provisional response.',
    );
  });

  it('notes a non-standard phrase and the call in Chinese', () => {
    const { text, analysis } = new FlowBuilder().response(486, 'Busy Now', 'z2', 1, 'INVITE').build();
    const occurrence = analysis.occurrences[0];
    assert.ok(occurrence);
    const message = analysis.messages[occurrence.messageIndex];
    const card = statusCodeCard({ occurrence, ...(message ? { message } : {}), isFinal: true }, 'zh-cn') ?? '';
    assert.match(card, /\*发送的原因短语是“`Busy Now`”；已在 IANA 登记的原因短语是“Busy Here”。\*/u);
    assert.match(card, /\*\*呼叫：\*\* Call-ID `z2` · 请求不在本日志中/u);
    assert.ok(text.length > 0);
  });

  it('cards a Q.850 cause SIP Lens has no entry for in Chinese', () => {
    assert.equal(
      q850Card({ cause: 126, offset: 0, length: 3 } as Parameters<typeof q850Card>[0], 'zh-cn'),
      '### Q.850 原因值 126\n\n一个 ITU-T Q.850 原因值（不是 SIP 状态码），SIP Lens 没有收录它。 RFC 3398 §7.2.4.1 没有列出它；该表未列出的原因值应映射为 **500 Server Internal Error**。',
    );
  });

  it('splits the first Chinese sentence at its full stop, and leaves a single sentence whole', () => {
    assert.deepEqual(splitFirstSentence('第一句（RFC 3261 §21.4.24）。第二句。', 'zh-cn'), [
      '第一句（RFC 3261 §21.4.24）。',
      '第二句。',
    ]);
    assert.deepEqual(splitFirstSentence('只有一句。', 'zh-cn'), ['只有一句。', '']);
    // The English rule still wants a capital after ". ": a section number is not a sentence end.
    assert.deepEqual(splitFirstSentence('See §21.4.24. Then more.'), ['See §21.4.24.', 'Then more.']);
  });
});

describe('diagnostics, code actions and the Outline in Chinese', () => {
  const flow = new FlowBuilder();
  for (let i = 0; i < 3; i++) flow.request('INVITE', `c-${i}`, 1).response(486, 'Busy Here', `c-${i}`, 1, 'INVITE');
  const { text, analysis } = flow.build();
  const document = documentOf(text, 'three-busy.log');

  it('words the overflow notice in the language asked for', () => {
    const one = toDiagnostics(document, evaluateRules(analysis, options('zh-cn', 2)), 'zh-cn');
    assert.equal(
      one[0]?.message,
      '共 3 条诊断，已显示 2 条（严重程度高的优先，sipLens.maxDiagnostics）；另有 1 条：1 条警告。',
    );
    const many = toDiagnostics(document, evaluateRules(analysis, options('en', 1)), 'en');
    assert.equal(
      many[0]?.message,
      '1 of 3 findings shown (most severe first, sipLens.maxDiagnostics); 2 more: 2 warnings.',
    );
    assert.equal(one[0]?.source, 'SIP Lens');
  });

  it('titles the code actions in Chinese', () => {
    const state = new AnalysisCache().get(document);
    const diagnostics = toDiagnostics(document, evaluateRules(analysis, options('zh-cn')), 'zh-cn').slice(0, 1);
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = codeActions(
      document,
      state,
      { textDocument: { uri: document.uri }, range, context: { diagnostics } },
      'zh-cn',
    );
    assert.deepEqual(
      actions.map((a) => [a.title, a.command?.title]),
      [
        ['解释 486', '解释 486'],
        ['将 486 与其他状态码比较…', '将 486 与其他状态码比较…'],
        ['关闭 486 的诊断', '关闭 486 的诊断'],
        ['显示呼叫流程', '显示呼叫流程'],
      ],
    );
  });

  it('labels a call without a final response in Chinese', () => {
    const stuck = new FlowBuilder().request('INVITE', 's1', 1).response(100, 'Trying', 's1', 1, 'INVITE').build();
    const [call] = documentSymbols(documentOf(stuck.text, 'stuck.log'), stuck.analysis, 'zh-cn');
    assert.match(call?.name ?? '', / · 无最终响应$/u);
  });
});

describe('the pipeline across a change of language', () => {
  it('puts the language in the rule options of a document', () => {
    assert.equal(ruleOptions(parseSettings({ language: 'zh-cn' }).settings).language, 'zh-cn');
    assert.equal(ruleOptions(parseSettings({}, 'zh-cn').settings).language, 'zh-cn');
    assert.equal(ruleOptions(parseSettings({}).settings).language, 'en');
  });

  it('re-runs the rules for another language instead of serving the cached result', () => {
    const { text } = busyCall();
    const state = new AnalysisCache().get(documentOf(text));
    const english = state.ruleResult(options('en'));
    assert.equal(state.ruleResult(options('en')), english, 'the same options are served from the cache');
    const chinese = state.ruleResult(options('zh-cn'));
    assert.notEqual(chinese, english, 'a new evaluation for zh-cn');
    assert.notEqual(state.ruleResult(options('en')), chinese, 'and again for en');
  });

  it('does not carry the rules of one language over an edit into the other', () => {
    const { text } = busyCall();
    const cache = new AnalysisCache();
    const first = documentOf(text);
    const before = cache.get(first).ruleResult(options('en'));
    const appended = `${text}\n`;
    cache.noteEdit(first.uri, 1, 2, { start: text.length, end: text.length, insertedLength: 1 });
    const second = TextDocument.create(first.uri, 'log', 2, appended);
    const after = cache.get(second).ruleResult(options('zh-cn'));
    assert.notEqual(after, before);
    assert.deepEqual(after.findings, evaluateRules(cache.get(second).analysis, options('zh-cn')).findings);
  });

  it('words the progress of a sliced analysis in the language its diagnostics were asked in', async () => {
    const languages: (Language | undefined)[] = [];
    const handle: ProgressHandle = { report: () => undefined, done: () => undefined };
    const cache = new AnalysisCache((_uri, _length, language) => (languages.push(language), handle));
    const call = 'INVITE sip:b@example.com SIP/2.0\nCall-ID: p@192.0.2.1\nCSeq: 1 INVITE\n\n';
    const document = documentOf(call.repeat(Math.ceil((3 * SLICE_CHARS) / call.length)), 'big.log');
    await cache.prepare(document, options('zh-cn'));
    assert.deepEqual(languages, ['zh-cn']);
  });

  it('sends the progress message in that language', async () => {
    const begun: string[] = [];
    const reporter = {
      begin: (_title: string, _percentage: number, message: string) => begun.push(message),
      report: () => undefined,
      done: () => undefined,
      token: { onCancellationRequested: () => ({ dispose: () => undefined }) },
    };
    const connection = { window: { createWorkDoneProgress: () => Promise.resolve(reporter) } } as unknown as Connection;
    const progress = new AnalysisProgress(workDoneSink(connection, () => undefined));
    progress.startProgress('file:///logs/%E5%A4%A7.log', PROGRESS_MIN_CHARS, 'zh-cn');
    progress.startProgress('file:///logs/big.log', PROGRESS_MIN_CHARS);
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(begun, ['正在分析：大.log', 'analysing big.log']);
  });
});
