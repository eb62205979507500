/**
 * Holds the Simplified Chinese catalog prose (every code, the pair notes and the Q.850 causes) to the English it
 * mirrors (issue 19): same codes, same shape, every sentence in Chinese, and the protocol facts an
 * engineer copies from a card (RFC numbers, § sections, backticked settings) kept intact. A missing
 * or untranslated entry would otherwise fall back to English without a word. The terms follow
 * docs/glossary-zh-cn.md.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pairNote } from '../../catalog/src/index';
import type { CodeProse, PairNote, Q850Cause } from '../../catalog/src/types';
import { PROVISIONAL_SUCCESS_REDIRECT } from '../../catalog/src/locales/en/codes-1xx-3xx';
import { CLIENT_FAILURE_400_416 } from '../../catalog/src/locales/en/codes-400-416';
import { CLIENT_FAILURE_417_429 } from '../../catalog/src/locales/en/codes-417-429';
import { CLIENT_FAILURE_430_480 } from '../../catalog/src/locales/en/codes-430-480';
import { CLIENT_FAILURE_481_494 } from '../../catalog/src/locales/en/codes-481-494';
import { SERVER_GLOBAL_FAILURE } from '../../catalog/src/locales/en/codes-5xx-6xx';
import { UNREGISTERED } from '../../catalog/src/locales/en/codes-unregistered';
import { PAIRS } from '../../catalog/src/locales/en/pairs';
import { Q850 } from '../../catalog/src/locales/en/q850';
import { PROVISIONAL_SUCCESS_REDIRECT_ZH } from '../../catalog/src/locales/zh-cn/codes-1xx-3xx';
import { CLIENT_FAILURE_400_416_ZH } from '../../catalog/src/locales/zh-cn/codes-400-416';
import { CLIENT_FAILURE_417_429_ZH } from '../../catalog/src/locales/zh-cn/codes-417-429';
import { CLIENT_FAILURE_430_480_ZH } from '../../catalog/src/locales/zh-cn/codes-430-480';
import { CLIENT_FAILURE_481_494_ZH } from '../../catalog/src/locales/zh-cn/codes-481-494';
import { SERVER_GLOBAL_FAILURE_ZH } from '../../catalog/src/locales/zh-cn/codes-5xx-6xx';
import { UNREGISTERED_ZH } from '../../catalog/src/locales/zh-cn/codes-unregistered';
import { PAIRS_ZH } from '../../catalog/src/locales/zh-cn/pairs';
import { Q850_ZH } from '../../catalog/src/locales/zh-cn/q850';
import { avoidedTerms, avoidedTermsIn, CJK, typographyProblems } from '../support/chinese';

type ProseTable = Readonly<Record<number, CodeProse>>;

const TABLES: ReadonlyArray<readonly [string, ProseTable, ProseTable]> = [
  ['codes-1xx-3xx', PROVISIONAL_SUCCESS_REDIRECT, PROVISIONAL_SUCCESS_REDIRECT_ZH],
  ['codes-400-416', CLIENT_FAILURE_400_416, CLIENT_FAILURE_400_416_ZH],
  ['codes-417-429', CLIENT_FAILURE_417_429, CLIENT_FAILURE_417_429_ZH],
  ['codes-430-480', CLIENT_FAILURE_430_480, CLIENT_FAILURE_430_480_ZH],
  ['codes-481-494', CLIENT_FAILURE_481_494, CLIENT_FAILURE_481_494_ZH],
  ['codes-5xx-6xx', SERVER_GLOBAL_FAILURE, SERVER_GLOBAL_FAILURE_ZH],
  ['codes-unregistered', UNREGISTERED, UNREGISTERED_ZH],
];

const AVOIDED = avoidedTerms();
const OPTIONAL_FIELDS = ['deprecation', 'stirShaken', 'origin'] as const;
/** The inline hint budget: 100 characters overall, at most 50 of them Chinese. */
const SHORT_FIX_CHARS = 100;
const SHORT_FIX_HAN = 50;

/** Every translated string of one entry, labelled by field, for the per-string checks. */
function proseStrings(prose: CodeProse): Array<[string, string]> {
  const strings: Array<[string, string]> = [
    ['description', prose.description],
    ['whenItAppears', prose.whenItAppears],
    ['shortFix', prose.shortFix],
    ['retry', prose.retry],
    ...prose.howToFix.map((step, i): [string, string] => [`howToFix[${i}]`, step]),
    ...Object.entries(prose.related).map(([code, note]): [string, string] => [`related[${code}]`, note]),
  ];
  for (const field of OPTIONAL_FIELDS) {
    const value = prose[field];
    if (value !== undefined) strings.push([field, value]);
  }
  return strings;
}

/** Strings in `text` that a reader copies verbatim: RFC numbers, § sections and backticked tokens. */
function verbatimTokens(text: string): Set<string> {
  const rfcs = text.match(/RFC \d+/gu) ?? [];
  const sections = text.match(/§\d+(?:\.\d+)*/gu) ?? [];
  const backticked = text.match(/`[^`]+`/gu) ?? [];
  return new Set([...rfcs, ...sections, ...backticked]);
}

for (const [file, english, chinese] of TABLES) {
  describe(`zh-cn ${file} mirrors the English`, () => {
    it('covers exactly the English codes', () => {
      assert.deepEqual(Object.keys(chinese), Object.keys(english));
    });

    for (const code of Object.keys(english).map(Number)) {
      const en = english[code] as CodeProse;
      const zh = chinese[code];

      it(`${code}: same shape, tokens copied unchanged`, () => {
        assert.ok(zh, `no Chinese entry for ${code}`);
        assert.equal(zh.howToFix.length, en.howToFix.length, 'howToFix step count');
        assert.deepEqual(Object.keys(zh.related), Object.keys(en.related), 'related codes');
        assert.deepEqual(zh.sentBy, en.sentBy, 'sentBy tokens');
        assert.deepEqual(zh.typicalMethods, en.typicalMethods, 'typicalMethods tokens');
        for (const field of OPTIONAL_FIELDS) {
          assert.equal(zh[field] === undefined, en[field] === undefined, `${field} present in one locale only`);
        }
      });

      it(`${code}: every string is written in Chinese, with Chinese typography`, () => {
        assert.ok(zh);
        for (const [field, text] of proseStrings(zh)) {
          assert.match(text, CJK, `${code} ${field} has no Chinese: ${text}`);
          assert.deepEqual(typographyProblems(text), [], `${code} ${field}: ${text}`);
          assert.deepEqual(avoidedTermsIn(text, AVOIDED), [], `${code} ${field}: ${text}`);
        }
      });

      it(`${code}: short fix fits an inline hint`, () => {
        assert.ok(zh);
        const han = zh.shortFix.match(/\p{Script=Han}/gu) ?? [];
        assert.ok(zh.shortFix.length <= SHORT_FIX_CHARS, `${zh.shortFix.length} characters: ${zh.shortFix}`);
        assert.ok(han.length <= SHORT_FIX_HAN, `${han.length} Chinese characters: ${zh.shortFix}`);
      });

      it(`${code}: keeps every RFC, section and backticked token of each English string`, () => {
        assert.ok(zh);
        const zhStrings = new Map(proseStrings(zh));
        for (const [field, text] of proseStrings(en)) {
          const translated = zhStrings.get(field) ?? '';
          const missing = [...verbatimTokens(text)].filter((token) => !translated.includes(token));
          assert.deepEqual(missing, [], `${code} ${field} lost ${missing.join(', ')}`);
        }
      });
    }
  });
}

describe('zh-cn Q.850 causes mirror the English', () => {
  const facts = (c: Q850Cause): unknown => [c.cause, c.sipCode, c.noSipStatus];

  it('lists the same causes in the same order with the same RFC 3398 mappings', () => {
    assert.deepEqual(Q850_ZH.map(facts), Q850.map(facts));
  });

  it('gives every cause a Chinese name and meaning with Chinese typography', () => {
    for (const cause of Q850_ZH) {
      for (const [field, text] of [
        ['name', cause.name],
        ['meaning', cause.meaning],
      ] as const) {
        assert.match(text, CJK, `cause ${cause.cause} ${field}: ${text}`);
        assert.deepEqual(typographyProblems(text), [], `cause ${cause.cause} ${field}: ${text}`);
      }
    }
  });

  it('names distinct causes differently, so a name identifies its cause', () => {
    const names = Q850_ZH.map((c) => c.name);
    assert.equal(new Set(names).size, names.length);
  });

  it('keeps the SIP codes and RFC numbers an English meaning cites', () => {
    Q850.forEach((cause, i) => {
      const zh = Q850_ZH[i] as Q850Cause;
      const cited = cause.meaning.match(/\b(?:RFC )?\d{3,4}\b/gu) ?? [];
      const missing = cited.filter((token) => !zh.meaning.includes(token));
      assert.deepEqual(missing, [], `cause ${cause.cause} lost ${missing.join(', ')}`);
    });
  });
});

describe('zh-cn pair notes mirror the English', () => {
  const pairKey = (p: PairNote): string => `${p.a}/${p.b}`;
  /**
   * What a pair note must keep besides RFC numbers, sections and backticked tokens: every number it
   * states, which covers the status codes (three digits), the Q.850 causes and the timer values.
   */
  const noteTokens = (note: string): Set<string> =>
    new Set([...verbatimTokens(note), ...(note.match(/\b\d+(?:\.\d+)?\b/gu) ?? [])]);

  it('lists the same pairs in the same order', () => {
    assert.deepEqual(PAIRS_ZH.map(pairKey), PAIRS.map(pairKey));
  });

  PAIRS.forEach((en, i) => {
    const zh = PAIRS_ZH[i];

    it(`${pairKey(en)}: written in Chinese, with Chinese typography and the glossary's words`, () => {
      assert.ok(zh, `no Chinese note for ${pairKey(en)}`);
      assert.match(zh.note, CJK, `${pairKey(en)} has no Chinese: ${zh.note}`);
      assert.deepEqual(typographyProblems(zh.note), [], `${pairKey(en)}: ${zh.note}`);
      assert.deepEqual(avoidedTermsIn(zh.note, AVOIDED), [], `${pairKey(en)}: ${zh.note}`);
    });

    it(`${pairKey(en)}: keeps every RFC, section, status code, number and backticked token of the English`, () => {
      assert.ok(zh);
      const missing = [...noteTokens(en.note)].filter((token) => !zh.note.includes(token));
      assert.deepEqual(missing, [], `${pairKey(en)} lost ${missing.join(', ')}`);
    });
  });

  it('serves the Chinese 100 vs 607 note through pairNote, in either order', () => {
    const note = pairNote(100, 607, 'zh-cn') ?? '';
    assert.match(note, CJK);
    assert.equal(note, PAIRS_ZH.find((p) => p.a === 100 && p.b === 607)?.note);
    assert.equal(pairNote(607, 100, 'zh-cn'), note);
    assert.notEqual(pairNote(100, 607), note, 'English stays the default');
  });
});
