/**
 * The client's words in both languages (issue 19): every `l10n.t` message of client/src is a key of
 * l10n/bundle.l10n.json (and nothing else is), the Simplified Chinese bundle translates each one
 * with the same placeholders, in Chinese, with the glossary's words; no English prose reaches a
 * user without `l10n.t`; the webview script has no words of its own; and the translator fills
 * messages as `vscode.l10n.t` does.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeholdersOf } from '../../catalog/src/l10n';
import { compareViewText } from '../../client/src/compare/viewText';
import { bundleL10n, ENGLISH, formatMessage, vsCodeAnswers, type Bundle } from '../../client/src/translation';
import { l10nCalls, sourceFiles, stringLiterals, untranslatedText } from '../support/clientMessages';
import { avoidedTerms, avoidedTermsIn, CJK, typographyProblems } from '../support/chinese';

const readBundle = (name: string): Bundle => JSON.parse(readFileSync(join('l10n', name), 'utf8')) as Bundle;
const english = readBundle('bundle.l10n.json');
const chinese = readBundle('bundle.l10n.zh-cn.json');
const CLIENT_FILES = [...sourceFiles('client/src'), ...sourceFiles('client/media')];
/** The translator's own pass-through to `vscode.l10n.t` is the one call without a literal message. */
const PASS_THROUGH_FILE = 'client/src/clientL10n.ts';

/** Messages whose Chinese is rightly the same tokens as the English: a protocol token and its value. */
const SAME_IN_BOTH = new Set<string>(['Request-URI: {0}']);

describe('l10n/bundle.l10n.json', () => {
  const calls = l10nCalls(CLIENT_FILES);
  const messages = new Set(calls.flatMap((call) => (call.message === undefined ? [] : [call.message])));

  it('finds the messages (the extraction works)', () => {
    assert.ok(messages.has('Both codes in full'));
    assert.ok(messages.has('SIP Lens: "{0}" is not a SIP status code.'));
    assert.ok(messages.size > 50, `only ${messages.size} messages`);
  });

  it('has every l10n.t message of client/src as a key, and no other key', () => {
    assert.deepEqual(Object.keys(english).sort(), [...messages].sort());
  });

  it('maps each English message to itself', () => {
    for (const [key, value] of Object.entries(english)) assert.equal(value, key);
  });

  it('passes l10n.t a literal message everywhere but in the translator itself', () => {
    const dynamic = calls.filter((call) => call.message === undefined && call.file !== PASS_THROUGH_FILE);
    assert.deepEqual(dynamic, []);
  });
});

describe('l10n/bundle.l10n.zh-cn.json', () => {
  it('has exactly the English bundle keys', () => {
    assert.deepEqual(Object.keys(chinese).sort(), Object.keys(english).sort());
  });

  const avoided = avoidedTerms();
  for (const key of Object.keys(english)) {
    it(`translates ${JSON.stringify(key)}: same placeholders, Chinese, glossary words`, () => {
      const value = chinese[key] ?? '';
      assert.deepEqual(placeholdersOf(value), placeholdersOf(key), value);
      if (SAME_IN_BOTH.has(key)) return assert.equal(value, key);
      assert.match(value, CJK, `no Chinese: ${value}`);
      assert.deepEqual(typographyProblems(value.replace(/\{\w+\}/gu, 'x')), [], value);
      assert.deepEqual(avoidedTermsIn(value, avoided), [], value);
    });
  }
});

describe('client source', () => {
  it('hands no English prose to a notification, output line, picker or return value without l10n.t', () => {
    // html.ts, markdown.ts and webviewHead.ts build markup: their words are checked by rendering
    // (compare-html.test.ts, flow-view-html.test.ts).
    const prose = CLIENT_FILES.filter((file) => !/(compare\/(html|markdown)|flow\/html|webviewHead)\.ts$/u.test(file));
    const found = untranslatedText(prose).filter((hit) => !hit.file.endsWith(PASS_THROUGH_FILE));
    assert.deepEqual(found, []);
  });

  it('keeps the webview script free of prose: its messages come from the page', () => {
    const prose = stringLiterals('client/media/compare.ts').filter((literal) =>
      /[A-Za-z]+ [A-Za-z]+/u.test(literal.text),
    );
    assert.deepEqual(prose, []);
  });
});

// The card's titles, badges and the comparison's headings are the catalog's: compare-html.test.ts
// checks that the page shows them in both languages.
describe("the compare view's own words", () => {
  it('are in Simplified Chinese, with the page language and the link names', () => {
    const view = compareViewText(bundleL10n('zh-cn', chinese));
    assert.equal(view.language, 'zh-cn');
    assert.equal(view.htmlLang, 'zh-CN');
    assert.equal(view.foundInDocument, '出现在本文档中');
    assert.equal(view.pageTitle(100, 607), 'SIP 100 与 607 对比');
    assert.equal(view.rfcLinkLabel('RFC 3261 §21.4.24'), 'RFC 3261 第 21.4.24 节，在浏览器中打开');
  });

  it('name the RFC section in words for screen readers, as before', () => {
    assert.equal(
      compareViewText().rfcLinkLabel('RFC 3261 §21.4.24'),
      'RFC 3261 section 21.4.24, opens in your browser',
    );
    assert.equal(compareViewText().rfcLinkLabel('RFC 8224'), 'RFC 8224, opens in your browser');
  });
});

describe('the translator', () => {
  it('fills positional and named placeholders as vscode.l10n.t does', () => {
    assert.equal(formatMessage('{0} vs {1}', [486, 600]), '486 vs 600');
    assert.equal(formatMessage('{code} is {what}', [{ code: 486, what: 'busy' }]), '486 is busy');
    assert.equal(formatMessage('{0} and {0}', ['x']), 'x and x');
  });

  it('leaves a placeholder without a value as written, and does not fill a value in twice', () => {
    assert.equal(formatMessage('{0} and {1}', ['a']), 'a and {1}');
    assert.equal(formatMessage('{0} {1}', ['{1}', 'b']), '{1} b');
  });

  it('answers from its bundle, and in English for a message the bundle lacks', () => {
    const zh = bundleL10n('zh-cn', chinese);
    assert.equal(zh.t('SIP {0} vs {1}', 100, 607), 'SIP 100 与 607 对比');
    assert.equal(zh.t('Not in any bundle {0}', 1), 'Not in any bundle 1');
    assert.equal(zh.language, 'zh-cn');
    assert.equal(ENGLISH.t('SIP {0} vs {1}', 100, 607), 'SIP 100 vs 607');
  });
});

describe('who answers a message', () => {
  it('is vscode.l10n.t for auto, when VS Code has the language', () => {
    assert.equal(vsCodeAnswers('auto', 'en', false), true);
    assert.equal(vsCodeAnswers(undefined, 'en', false), true, 'an unreadable setting counts as auto');
    assert.equal(vsCodeAnswers('auto', 'zh-cn', true), true);
  });

  it("is the client's own bundle for a chosen language, or when VS Code loaded none", () => {
    assert.equal(vsCodeAnswers('zh-cn', 'zh-cn', false), false);
    assert.equal(vsCodeAnswers('zh-cn', 'zh-cn', true), false);
    assert.equal(vsCodeAnswers('en', 'en', true), false, 'English chosen in a Chinese VS Code');
    assert.equal(vsCodeAnswers('auto', 'zh-cn', false), false);
  });
});
