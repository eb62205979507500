import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { bundleL10n, type Bundle } from '../../client/src/translation';
import {
  describeRejected,
  isRfcEditorUrl,
  parseViewState,
  parseWebviewMessage,
} from '../../client/src/compare/messages';

const RFC_URL = 'https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24';

describe('parseWebviewMessage accepts well-formed messages', () => {
  const good: unknown[] = [
    { type: 'ready' },
    { type: 'swap' },
    { type: 'compare', a: 486, b: 600 },
    { type: 'compare', a: 100, b: 699 },
    { type: 'compare', a: 486, b: 486 },
    { type: 'openRfc', url: RFC_URL },
    { type: 'openRfc', url: 'https://www.rfc-editor.org/rfc/rfc8224' },
  ];
  for (const message of good) {
    it(JSON.stringify(message), () => assert.deepEqual(parseWebviewMessage(message), message));
  }

  it('returns a fresh object, not the untrusted one', () => {
    const raw = { type: 'compare', a: 486, b: 600 };
    assert.notEqual(parseWebviewMessage(raw), raw);
  });
});

describe('parseWebviewMessage rejects malformed messages', () => {
  const bad: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'compare'],
    ['a number', 486],
    ['an array', [{ type: 'ready' }]],
    ['no type', { a: 486, b: 600 }],
    ['an unknown type', { type: 'runCommand', command: 'workbench.action.terminal.new' }],
    ['a non-string type', { type: 1 }],
    ['ready with a payload', { type: 'ready', extra: true }],
    ['swap with a payload', { type: 'swap', a: 486 }],
    ['compare with a string code', { type: 'compare', a: '486', b: 600 }],
    ['compare with a missing code', { type: 'compare', a: 486 }],
    ['compare below 100', { type: 'compare', a: 99, b: 600 }],
    ['compare above 699', { type: 'compare', a: 486, b: 700 }],
    ['compare with a fraction', { type: 'compare', a: 486.5, b: 600 }],
    ['compare with NaN', { type: 'compare', a: Number.NaN, b: 600 }],
    ['compare with Infinity', { type: 'compare', a: 486, b: Number.POSITIVE_INFINITY }],
    ['compare with an extra field', { type: 'compare', a: 486, b: 600, uri: 'file:///etc/passwd' }],
    ['openRfc without a url', { type: 'openRfc' }],
    ['openRfc with a number', { type: 'openRfc', url: 3261 }],
    ['openRfc over http', { type: 'openRfc', url: 'http://www.rfc-editor.org/rfc/rfc3261' }],
    ['openRfc to another host', { type: 'openRfc', url: 'https://evil.example/rfc3261' }],
    ['openRfc to a look-alike host', { type: 'openRfc', url: 'https://www.rfc-editor.org.evil.example/rfc3261' }],
    [
      'openRfc with the prefix in the query',
      { type: 'openRfc', url: 'https://evil.example/?https://www.rfc-editor.org/' },
    ],
    ['openRfc with credentials', { type: 'openRfc', url: 'https://www.rfc-editor.org@evil.example/' }],
    ['openRfc with a port', { type: 'openRfc', url: 'https://www.rfc-editor.org:8443/rfc/rfc3261' }],
    ['openRfc with javascript:', { type: 'openRfc', url: 'javascript:alert(1)' }],
    ['openRfc with a command URI', { type: 'openRfc', url: 'command:workbench.action.terminal.new' }],
    ['openRfc with markup', { type: 'openRfc', url: 'https://www.rfc-editor.org/"><script>' }],
    [
      'openRfc with an extra-long url',
      { type: 'openRfc', url: `https://www.rfc-editor.org/rfc/rfc3261#${'x'.repeat(500)}` },
    ],
    ['openRfc with an extra field', { type: 'openRfc', url: RFC_URL, target: '_blank' }],
  ];
  for (const [name, message] of bad) {
    it(name, () => assert.equal(parseWebviewMessage(message), undefined));
  }

  it('never throws and only returns messages of the four known shapes', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const message = parseWebviewMessage(raw);
        return message === undefined || ['ready', 'swap', 'compare', 'openRfc'].includes(message.type);
      }),
    );
  });

  it('only accepts compare messages whose codes are integers from 100 to 699', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), fc.integer({ min: 100, max: 699 }), (a, b) => {
        const ok = Number.isInteger(a) && a >= 100 && a <= 699;
        return (parseWebviewMessage({ type: 'compare', a, b }) !== undefined) === ok;
      }),
    );
  });
});

describe('isRfcEditorUrl', () => {
  it('accepts section links and rejects other strings', () => {
    assert.equal(isRfcEditorUrl(RFC_URL), true);
    assert.equal(isRfcEditorUrl('https://www.rfc-editor.org'), false, 'needs the path slash, like the prefix');
    assert.equal(isRfcEditorUrl(' https://www.rfc-editor.org/rfc/rfc3261'), false);
    assert.equal(isRfcEditorUrl(undefined), false);
  });
});

describe('parseViewState', () => {
  it('keeps valid codes and drops invalid document codes', () => {
    assert.deepEqual(parseViewState({ a: 486, b: 600, documentCodes: [486, 'x', 999, 180] }), {
      a: 486,
      b: 600,
      documentCodes: [486, 180],
    });
  });
  it('tolerates a missing code list and unknown fields', () => {
    assert.deepEqual(parseViewState({ a: 401, b: 407, focus: 'swap' }), { a: 401, b: 407, documentCodes: [] });
  });
  it('rejects states without two valid codes', () => {
    for (const state of [undefined, null, {}, { a: 486 }, { a: 486, b: '600' }, { a: 1000, b: 600 }]) {
      assert.equal(parseViewState(state), undefined);
    }
  });
});

describe('describeRejected', () => {
  it('names the type without echoing the payload', () => {
    const text = describeRejected({ type: 'openRfc', url: 'https://evil.example/secret-token' });
    assert.match(text, /type "openRfc"/u);
    assert.ok(!text.includes('secret-token'));
  });
  it('truncates long types', () => assert.ok(describeRejected({ type: 'x'.repeat(1000) }).length < 120));
  it("says it in the user's language", () => {
    const chinese = JSON.parse(readFileSync('l10n/bundle.l10n.zh-cn.json', 'utf8')) as Bundle;
    const text = describeRejected(
      { type: 'openRfc', url: 'https://evil.example/secret-token' },
      bundleL10n('zh-cn', chinese),
    );
    assert.equal(text, '已忽略比较视图发来的格式错误的消息（类型“openRfc”）。');
  });
});
