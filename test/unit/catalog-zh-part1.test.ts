/**
 * The Simplified Chinese prose for 100-429 mirrors the English one for one: same codes, every field,
 * the same related keys, the same number of fix steps, and Chinese in every prose string (tokens in
 * sentBy/typicalMethods stay as the English protocol tokens). A missing or untranslated entry would
 * silently fall back to English, so this checks the data, not the fallback.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeProse } from '../../catalog/src/types';
import { PROVISIONAL_SUCCESS_REDIRECT } from '../../catalog/src/locales/en/codes-1xx-3xx';
import { CLIENT_FAILURE_400_416 } from '../../catalog/src/locales/en/codes-400-416';
import { CLIENT_FAILURE_417_429 } from '../../catalog/src/locales/en/codes-417-429';
import { PROVISIONAL_SUCCESS_REDIRECT_ZH } from '../../catalog/src/locales/zh-cn/codes-1xx-3xx';
import { CLIENT_FAILURE_400_416_ZH } from '../../catalog/src/locales/zh-cn/codes-400-416';
import { CLIENT_FAILURE_417_429_ZH } from '../../catalog/src/locales/zh-cn/codes-417-429';

type Table = Readonly<Record<number, CodeProse>>;

const PARTS: readonly { name: string; en: Table; zh: Table }[] = [
  { name: 'codes-1xx-3xx', en: PROVISIONAL_SUCCESS_REDIRECT, zh: PROVISIONAL_SUCCESS_REDIRECT_ZH },
  { name: 'codes-400-416', en: CLIENT_FAILURE_400_416, zh: CLIENT_FAILURE_400_416_ZH },
  { name: 'codes-417-429', en: CLIENT_FAILURE_417_429, zh: CLIENT_FAILURE_417_429_ZH },
];

const CJK = /\p{Script=Han}/u;
/** The optional prose fields: present in Chinese exactly where English has them. */
const OPTIONAL = ['deprecation', 'stirShaken', 'origin'] as const;
/** "At most 50 Chinese characters / 100 chars": the inline hint must stay one short line. */
const SHORT_FIX_MAX = 100;
/** Half-width punctuation that should be full-width when it follows a Chinese character. */
const HALF_WIDTH_AFTER_HAN = /\p{Script=Han}[,;:?!()]/u;

function keys(record: object): string[] {
  return Object.keys(record).sort();
}

function assertChinese(where: string, text: string | undefined): void {
  assert.ok(text !== undefined && text.trim() !== '', `${where} is empty`);
  assert.match(text, CJK, `${where} has no Chinese: ${text}`);
  assert.doesNotMatch(text, HALF_WIDTH_AFTER_HAN, `${where} has half-width punctuation after Chinese`);
}

function checkEntry(where: string, en: CodeProse, zh: CodeProse): void {
  assertChinese(`${where}.description`, zh.description);
  assertChinese(`${where}.whenItAppears`, zh.whenItAppears);
  assertChinese(`${where}.retry`, zh.retry);
  assertChinese(`${where}.shortFix`, zh.shortFix);
  assert.ok(zh.shortFix.length <= SHORT_FIX_MAX, `${where}.shortFix is ${zh.shortFix.length} chars`);
  assert.equal(zh.howToFix.length, en.howToFix.length, `${where}.howToFix step count`);
  zh.howToFix.forEach((step, i) => assertChinese(`${where}.howToFix[${i}]`, step));
  assert.deepEqual(keys(zh.related), keys(en.related), `${where}.related keys`);
  for (const [code, note] of Object.entries(zh.related)) assertChinese(`${where}.related[${code}]`, note);
  assert.deepEqual(zh.sentBy, en.sentBy, `${where}.sentBy tokens`);
  assert.deepEqual(zh.typicalMethods, en.typicalMethods, `${where}.typicalMethods tokens`);
  for (const field of OPTIONAL) {
    assert.equal(zh[field] === undefined, en[field] === undefined, `${where}.${field} presence`);
    if (en[field] !== undefined) assertChinese(`${where}.${field}`, zh[field]);
  }
}

/**
 * RFC numbers, § sections and backticked names (settings, header values) are facts and tokens: the
 * Chinese must carry the same ones as the English, not translate or drop them.
 */
function factTokens(prose: CodeProse): string[] {
  const text = JSON.stringify(prose);
  return [...new Set(text.match(/RFC \d+|§[\d.]*\d|`[^`]+`/gu) ?? [])].sort();
}

describe('zh-cn catalog prose, part 1 (100-429)', () => {
  for (const { name, en, zh } of PARTS) {
    it(`${name} covers every English code`, () => {
      assert.deepEqual(keys(zh), keys(en));
    });
    it(`${name} fills every field in Chinese, with the English tokens`, () => {
      for (const code of Object.keys(en).map(Number)) {
        const entry = zh[code];
        assert.ok(entry, `${name} ${code} missing`);
        checkEntry(`${name} ${code}`, en[code] as CodeProse, entry);
      }
    });
    it(`${name} cites the same RFCs, sections and backticked tokens as the English`, () => {
      for (const code of Object.keys(en).map(Number)) {
        const entry = zh[code];
        assert.ok(entry, `${name} ${code} missing`);
        assert.deepEqual(factTokens(entry), factTokens(en[code] as CodeProse), `${name} ${code} tokens`);
      }
    });
  }
});
