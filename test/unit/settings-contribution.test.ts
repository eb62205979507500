/**
 * The settings that package.json contributes, checked against the code that reads them: the
 * severity override's listed keys are the server's rule ids and code classes, so the Settings
 * JSON editor completes exactly the keys the server accepts, and the two never drift.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_IDS } from '../../server/src/rules/registry';
import { normaliseSeverityOverrides } from '../../server/src/rules/overrides';
import { findRepoRoot } from './grammar-harness';

interface PropertySchema {
  readonly enum?: readonly string[];
  readonly properties?: Readonly<Record<string, PropertySchema>>;
  readonly patternProperties?: Readonly<Record<string, PropertySchema>>;
  readonly additionalProperties?: PropertySchema;
}
interface Category {
  readonly id?: string;
  readonly title: string;
  readonly properties: Readonly<Record<string, PropertySchema>>;
}

const manifest = JSON.parse(fs.readFileSync(path.join(findRepoRoot(__dirname), 'package.json'), 'utf8')) as {
  displayName: string;
  contributes: { configuration: Category | readonly Category[] };
};
const categories = ([] as Category[]).concat(manifest.contributes.configuration);
const NLS_FILES = ['package.nls.json', 'package.nls.zh-cn.json'];

/** A manifest string as VS Code shows it: a `%key%` placeholder is looked up in the nls file. */
function resolve(value: string, nlsFile: string): string | undefined {
  const key = /^%(.+)%$/u.exec(value)?.[1];
  if (key === undefined) return value;
  const nls = JSON.parse(fs.readFileSync(path.join(findRepoRoot(__dirname), nlsFile), 'utf8')) as Record<
    string,
    string
  >;
  return nls[key];
}
const severity = categories.find((c) => c.properties['sipLens.diagnostics.severity'])?.properties[
  'sipLens.diagnostics.severity'
];
const CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx', '6xx'];
const VALUES = ['error', 'warning', 'information', 'hint', 'off'];

describe('sipLens.diagnostics.severity in package.json', () => {
  it('lists exactly the code classes and the registry rule ids as keys', () => {
    assert.deepEqual(Object.keys(severity?.properties ?? {}), [...CLASSES, ...RULE_IDS]);
  });

  it('lists only keys the server accepts, each with the values the server accepts', () => {
    for (const [key, schema] of Object.entries(severity?.properties ?? {})) {
      assert.deepEqual(schema.enum, VALUES, key);
      for (const value of VALUES) {
        const { overrides, problems } = normaliseSeverityOverrides({ [key]: value });
        assert.deepEqual(problems, [], `${key}: ${value}`);
        assert.equal(overrides[key], value);
      }
    }
  });

  it('describes codes by a pattern that matches 100-699, as the server does', () => {
    const patterns = Object.keys(severity?.patternProperties ?? {});
    assert.equal(patterns.length, 1);
    const pattern = new RegExp(patterns[0] ?? '$^', 'u');
    for (const key of ['100', '480', '699', '099', '700', '4xx', '4800', '48']) {
      const accepted = normaliseSeverityOverrides({ [key]: 'off' }).problems.length === 0;
      const isCode = /^\d+$/u.test(key);
      assert.equal(pattern.test(key), accepted && isCode, key);
    }
    assert.deepEqual(severity?.patternProperties?.[patterns[0] ?? '']?.enum, VALUES);
  });
});

describe('settings categories', () => {
  // VS Code labels a setting from its key, dropping the part its group id repeats: under a group
  // "sipLens.…" the key sipLens.diagnostics.enabled reads "Diagnostics: Enabled", where the
  // extension id sip-lens.sip-lens left "Sip Lens › Diagnostics: Enabled". A category titled like
  // the extension is merged into the extension's own group and would bring that label back.
  it('puts every setting in a category whose id starts with sipLens. and whose title is not the extension name', () => {
    assert.ok(Array.isArray(manifest.contributes.configuration), 'categories, not one object');
    assert.ok(categories.length >= 2, 'VS Code uses category ids only when there are two or more');
    for (const category of categories) {
      assert.match(category.id ?? '', /^sipLens\./u);
      // The title is a %key% placeholder: compare what VS Code shows, in each language.
      for (const nls of NLS_FILES) {
        const title = resolve(category.title, nls);
        assert.ok(title && !title.includes('%'), `${category.title} resolves in ${nls}`);
        assert.notEqual(title, resolve(manifest.displayName, nls));
      }
    }
  });
});
