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
import { placeholdersOf, type Localised, type MessageTable } from '../../catalog/src/l10n';
import * as callsStrings from '../../server/src/calls/calls-strings';
import { avoidedTerms, avoidedTermsIn, CJK, typographyProblems } from '../support/chinese';

/** Path (from the repository root) → the module's exports. Add each new strings file here. */
const TABLE_MODULES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'server/src/calls/calls-strings.ts': callsStrings,
};

/**
 * Strings whose Chinese is, rightly, the same tokens as the English (a protocol token, a format);
 * by table export name and key.
 */
const SAME_IN_BOTH: ReadonlySet<string> = new Set<string>([
  'CALL_LIST_STRINGS.callId',
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
