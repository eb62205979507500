/**
 * The manifest in both languages (issue 19): every word package.json shows a user is a `%key%`
 * placeholder, package.nls.json and package.nls.zh-cn.json hold the same keys, the Chinese is
 * Chinese and follows the glossary, the `sipLens.language` setting offers what the catalog's
 * language module accepts, and the package ships the translations.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LANGUAGE_PREFERENCES } from '../../catalog/src/language';
import { avoidedTerms, avoidedTermsIn, CJK, typographyProblems } from '../support/chinese';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, Json>;
const manifest = readJson('package.json');
const english = readJson('package.nls.json') as Record<string, string>;
const chinese = readJson('package.nls.zh-cn.json') as Record<string, string>;

/** Keys whose Chinese is rightly the same: the command category is the protocol's name. */
const SAME_IN_BOTH = new Set(['command.category']);

/** Manifest fields a user reads (Command Palette, Settings editor, the theme's token list, a view's title). */
const SHOWN = new Set([
  'title',
  'category',
  'description',
  'markdownDescription',
  'enumDescriptions',
  'name',
  'contextualTitle',
]);

/** Every string under a field in SHOWN, with the path to it. */
function shownStrings(value: Json, path: string, field?: string): Array<[string, string]> {
  if (typeof value === 'string') return field && SHOWN.has(field) ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => shownStrings(item, `${path}[${i}]`, field));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => shownStrings(child, `${path}.${key}`, key));
}

const PLACEHOLDER = /^%([\w.-]+)%$/u;
const shown = [
  ...shownStrings(manifest.contributes ?? null, 'contributes'),
  ['description', String(manifest.description)] as [string, string],
];

describe('package.json placeholders', () => {
  it('puts every shown string behind a %key% placeholder', () => {
    assert.ok(shown.length > 30, `only ${shown.length} strings found`);
    assert.deepEqual(
      shown.filter(([, value]) => !PLACEHOLDER.test(value)),
      [],
    );
  });

  it('uses exactly the keys of package.nls.json, each of them', () => {
    const used = new Set(shown.map(([, value]) => PLACEHOLDER.exec(value)?.[1] ?? ''));
    assert.deepEqual([...used].sort(), Object.keys(english).sort());
  });

  it('points VS Code at the l10n folder for the client bundles', () => assert.equal(manifest.l10n, './l10n'));
});

describe('package.nls.zh-cn.json', () => {
  it('has exactly the keys of package.nls.json', () => {
    assert.deepEqual(Object.keys(chinese).sort(), Object.keys(english).sort());
  });

  const avoided = avoidedTerms();
  for (const [key, value] of Object.entries(english)) {
    it(`${key}: written in Chinese with the glossary's words`, () => {
      const zh = chinese[key] ?? '';
      if (SAME_IN_BOTH.has(key)) return assert.equal(zh, value);
      assert.match(zh, CJK, zh);
      assert.deepEqual(typographyProblems(zh), [], zh);
      assert.deepEqual(avoidedTermsIn(zh, avoided), [], zh);
      // Markdown code spans (setting values, keys) are what the user types: the same in both languages.
      assert.deepEqual(zh.match(/`[^`]+`/gu) ?? [], value.match(/`[^`]+`/gu) ?? [], zh);
    });
  }
});

describe('the sipLens.language setting', () => {
  const categories = (manifest.contributes as { configuration: Array<{ properties: Record<string, Json> }> })
    .configuration;
  const setting = categories.map((category) => category.properties['sipLens.language']).find(Boolean) as
    { enum: string[]; default: string; enumDescriptions: string[]; scope: string } | undefined;

  it('offers auto, en and zh-cn, as the language module parses them, defaulting to auto', () => {
    assert.deepEqual(setting?.enum, [...LANGUAGE_PREFERENCES]);
    assert.equal(setting?.default, 'auto');
  });

  it('describes each value', () => assert.equal(setting?.enumDescriptions.length, setting?.enum.length));
});

describe('.vscodeignore', () => {
  // vsce's own listing (`vsce ls`) is the ground truth; this mirrors the allow-list it reads.
  const lines = readFileSync('.vscodeignore', 'utf8').split('\n');
  for (const reinclude of ['!package.nls.json', '!package.nls.*.json', '!l10n/bundle.l10n*.json']) {
    it(`re-includes ${reinclude.slice(1)}`, () => assert.ok(lines.includes(reinclude)));
  }
});
