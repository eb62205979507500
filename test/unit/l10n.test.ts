/**
 * Every message table (issue 19) speaks both languages: each file named `strings.ts` or
 * `*-strings.ts` under catalog/src and server/src is listed in TABLE_MODULES below (a new one
 * that is not fails the first test), and each of its `localised(en, zhCn)` exports has the same keys
 * and placeholders in both languages, Chinese written in Chinese with Chinese typography, and none of
 * the words docs/glossary-zh-cn.md rules out.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fill, placeholdersOf, type Localised, type MessageTable } from '../../catalog/src/l10n';
import { avoidedTerms, avoidedTermsIn, CJK, typographyProblems } from '../support/chinese';
import * as cardStrings from '../../catalog/src/card-strings';
import * as cardTextStrings from '../../catalog/src/card-text-strings';
import * as classLevelStrings from '../../catalog/src/class-level-strings';
import * as compareDifferencesStrings from '../../catalog/src/compare-differences-strings';
import * as compareStrings from '../../catalog/src/compare-strings';
import * as compareTextStrings from '../../catalog/src/compare-text-strings';
import * as q850Strings from '../../catalog/src/q850-strings';
import * as flowExportStrings from '../../catalog/src/flow/flow-strings';
import * as flowStrings from '../../server/src/flow/flow-strings';
import * as callsStrings from '../../server/src/calls/calls-strings';
import * as cliStrings from '../../server/src/cli/cli-strings';
import * as logFilesStrings from '../../server/src/logFiles/log-files-strings';
import * as featureStrings from '../../server/src/features/feature-strings';
import * as pipelineStrings from '../../server/src/pipeline/pipeline-strings';
import * as ruleStrings from '../../server/src/rules/rule-strings';
import * as settingsStrings from '../../server/src/settings/settings-strings';

/** Path (from the repository root) → the module's exports. Add each new strings file here. */
const TABLE_MODULES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'catalog/src/card-strings.ts': cardStrings,
  'catalog/src/card-text-strings.ts': cardTextStrings,
  'catalog/src/class-level-strings.ts': classLevelStrings,
  'catalog/src/compare-differences-strings.ts': compareDifferencesStrings,
  'catalog/src/compare-strings.ts': compareStrings,
  'catalog/src/compare-text-strings.ts': compareTextStrings,
  'catalog/src/q850-strings.ts': q850Strings,
  'catalog/src/flow/flow-strings.ts': flowExportStrings,
  'server/src/flow/flow-strings.ts': flowStrings,
  'server/src/calls/calls-strings.ts': callsStrings,
  'server/src/cli/cli-strings.ts': cliStrings,
  'server/src/logFiles/log-files-strings.ts': logFilesStrings,
  'server/src/features/feature-strings.ts': featureStrings,
  'server/src/pipeline/pipeline-strings.ts': pipelineStrings,
  'server/src/rules/rule-strings.ts': ruleStrings,
  'server/src/settings/settings-strings.ts': settingsStrings,
};

/**
 * Strings whose Chinese is, rightly, the same tokens as the English (a protocol token, a format);
 * by table export name and key.
 */
const SAME_IN_BOTH: ReadonlySet<string> = new Set<string>([
  // Card text: only the punctuation around the card's own words changes (full-width in Chinese).
  'CARD_TEXT_STRINGS.titledText',
  'CARD_TEXT_STRINGS.listTitle',
  'CARD_TEXT_STRINGS.reference',
  'CARD_TEXT_STRINGS.q850Line',
  'CARD_TEXT_STRINGS.relatedItem',
  // Comparison text: a heading followed by a colon, and the two lists as one paragraph.
  'COMPARE_TEXT_STRINGS.listLabel',
  'COMPARE_TEXT_STRINGS.whenToUseParagraph',
  // The CLI: a catalog message passed through.
  'ERROR_STRINGS.comparisonRefused',
  // Counts by severity (the editor's overflow notice and the CLI's): the enumeration comma (、 in Chinese).
  'SEVERITY_COUNT_STRINGS.separator',
  // Generated catalog text: formats of protocol tokens and codes, whose Chinese differs at most in
  // its punctuation (：；（）); the Chinese words come from the values.
  'CARD_TITLES.stirShaken',
  'CARD_BADGES.class',
  'CARD_PUNCTUATION.noteSeparator',
  'COMPARISON_WORDS.title',
  'COMPARISON_WORDS.classLabel',
  'COMPARISON_WORDS.meaning',
  'DIFFERENCE_WORDS.stirShaken',
  'DIFFERENCE_WORDS.stirShakenRole',
  'DIFFERENCE_WORDS.q850Mapping',
  'DIFFERENCE_WORDS.q850From',
  'Q850_WORDS.causeLabel',
  'Q850_WORDS.toCauseLine',
  'Q850_WORDS.fromCauseLine',
  // How the hover sets the catalog's sections: Markdown and punctuation only (full-width in Chinese).
  'HOVER_STRINGS.section',
  'HOVER_STRINGS.listSection',
  'HOVER_STRINGS.linesSection',
  'HOVER_STRINGS.linesSeparator',
  'HOVER_STRINGS.relatedItem',
  // Formats whose Chinese differs only in full-width punctuation: "INVITE（CSeq 102）", "：被叫忙".
  'FINDING_STRINGS.withCSeq',
  'FINDING_STRINGS.gist',
  'CALL_LIST_STRINGS.callId',
  'CALL_LIST_STRINGS.requestUri',
  'CALL_LIST_STRINGS.endedWithBye',
  'STATS_STRINGS.percent',
  // Only the colon differs: full-width after a Chinese label.
  'STATS_STRINGS.countLine',
  'STATS_STRINGS.failureLine',
]);

function stringsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return stringsFiles(path);
    return /(?:^|-)strings\.ts$/u.test(name) ? [relative(process.cwd(), path).split('\\').join('/')] : [];
  });
}

function isLocalised(value: unknown): value is Localised<MessageTable> {
  return typeof value === 'object' && value !== null && 'en' in value && 'zh-cn' in value;
}

const TABLES = Object.entries(TABLE_MODULES).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, Localised<MessageTable>] => isLocalised(entry[1]))
    .map(([name, table]) => ({ file, name, table })),
);

describe('string tables', () => {
  it('lists every strings file of catalog/src and server/src', () => {
    const files = [...stringsFiles('catalog/src'), ...stringsFiles('server/src')].sort();
    assert.deepEqual(Object.keys(TABLE_MODULES).sort(), files);
  });

  const avoided = avoidedTerms();
  for (const { file, name, table } of TABLES) {
    describe(`${file} ${name}`, () => {
      it('has the same keys in both languages', () => {
        assert.deepEqual(Object.keys(table['zh-cn']).sort(), Object.keys(table.en).sort());
      });

      for (const [key, english] of Object.entries(table.en)) {
        const chinese = table['zh-cn'][key] ?? '';
        it(`${key}: same placeholders, written in Chinese, glossary words`, () => {
          assert.deepEqual(placeholdersOf(chinese), placeholdersOf(english), `${key}: ${chinese}`);
          if (SAME_IN_BOTH.has(`${name}.${key}`)) return;
          assert.match(chinese, CJK, `${key} has no Chinese: ${chinese}`);
          assert.deepEqual(typographyProblems(chinese.replace(/\{\w+\}/gu, 'x')), [], `${key}: ${chinese}`);
          assert.deepEqual(avoidedTermsIn(chinese, avoided), [], `${key}: ${chinese}`);
        });
      }
    });
  }
});

describe('fill', () => {
  it('drops a Chinese template’s space only between two wide characters', () => {
    assert.equal(
      fill('{label} 质询了 {what}', { label: '401 Unauthorized', what: '请求' }),
      '401 Unauthorized 质询了请求',
    );
    assert.equal(
      fill('这是对 {request} 的临时响应。', { request: 'INVITE（CSeq 7）' }),
      '这是对 INVITE（CSeq 7）的临时响应。',
    );
    // A lone space between two values: a Latin value before it keeps it (the "400映射为" slip).
    assert.equal(
      fill('RFC 3398 §8.2.6.1：{code} {words}', { code: 400, words: '映射为原因值 41' }),
      'RFC 3398 §8.2.6.1：400 映射为原因值 41',
    );
    assert.equal(fill('{a} {b}。', { a: '中', b: '文' }), '中文。');
  });

  it('fills an English template as written, and leaves a placeholder without a value', () => {
    assert.equal(fill('{a} and {b}', { a: '中', b: '文' }), '中 and 文');
    assert.equal(fill('{missing} 不变', {}), '{missing} 不变');
  });
});
