/**
 * Guards against super-linear scans (issue 16). Two checks:
 * - every regular expression the analysis builds at run time (the joined mention expression,
 *   the header-parameter expressions) passes eslint-plugin-regexp's super-linear checks; the
 *   expressions written as literals are checked by `npm run lint` with the same rules;
 * - every adversarial shape (test/support/adversarialShapes.ts) is analysed within a generous
 *   budget of CPU time. For the shapes of findings F1-F3 the size is one where the quadratic code took over
 *   20 s; linear code takes well under a second. A guard, not a benchmark: `npm run fuzz`
 *   measures how the time grows.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from 'eslint';
import { isKnownPhrase } from '../../catalog/src/index';
import { mentionExpressions } from '../../server/src/analysis/mentions';
import { cleanPhrase } from '../../server/src/rules/wording';
import { compileParamPattern } from '../../server/src/analysis/params';
import { ADVERSARIAL_SHAPES, analyzeShape } from '../support/adversarialShapes';
import { cpuMillis } from '../support/cpuTime';

const BUDGET_MS = 5_000;

const linter = new Linter({ configType: 'flat' });

/** eslint-plugin-regexp is an ES module: loaded once, with a dynamic import. */
let lintConfig: Promise<Linter.Config[]> | undefined;

function loadLintConfig(): Promise<Linter.Config[]> {
  lintConfig ??= import('eslint-plugin-regexp').then(({ rules }) => [
    {
      plugins: { regexp: { rules } as NonNullable<Linter.Config['plugins']>[string] },
      rules: {
        // 'potential' also reports what needs a rejecting suffix: hostile logs supply one.
        'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
        // Sticky expressions are tried at one position only, so they cannot move super-linearly.
        'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false }],
      },
    },
  ]);
  return lintConfig;
}

/** The library's findings for `expression`, written out as a literal. */
async function superLinearFindings(expression: RegExp): Promise<string[]> {
  const code = `export const expression = /${expression.source}/${expression.flags};\n`;
  return linter.verify(code, await loadLintConfig()).map((message) => message.message);
}

describe('regular expressions over log text are linear', () => {
  const expressions = [...mentionExpressions(), compileParamPattern('tag', false), compileParamPattern('branch', true)];
  for (const expression of expressions) {
    it(`/${expression.source.slice(0, 60)}${expression.source.length > 60 ? '...' : ''}/`, async () => {
      assert.deepEqual(await superLinearFindings(expression), []);
    });
  }

  it('the check catches the shape of finding F1', async () => {
    const findings = await superLinearFindings(/completed with code[ \t]*[:=]?[ \t]*([1-6][0-9][0-9])/gi);
    assert.equal(findings.length, 1);
    assert.match(findings[0] as string, /exchange characters/);
  });
});

describe('adversarial shapes are analysed in linear time (regression guard)', () => {
  for (const shape of ADVERSARIAL_SHAPES) {
    const label = `${shape.finding ? `${shape.finding}: ` : ''}${shape.name} (${shape.pass}, ${(shape.guardSize / 1e6).toFixed(2)} MB)`;
    it(label, () => {
      const text = shape.build(shape.guardSize);
      const elapsed = cpuMillis(() => analyzeShape(text));
      assert.ok(elapsed < BUDGET_MS, `${shape.name}: ${elapsed.toFixed(0)} ms of CPU for ${text.length} characters`);
    });
  }
});

describe('phrase cleaning is linear (rules and hovers)', () => {
  // `replace(/[\s.]+$/u, '')` was retried at every blank of the run: about 2e10 steps here.
  const phrase = `Busy${' '.repeat(200_000)}Here`;

  it('cleanPhrase keeps inner blanks and drops trailing dots and blanks', () => {
    const elapsed = cpuMillis(() => assert.equal(cleanPhrase(`${phrase} .. `), phrase));
    assert.ok(elapsed < BUDGET_MS, `${elapsed.toFixed(0)} ms of CPU`);
  });

  it('isKnownPhrase compares a phrase with a long run of blanks', () => {
    const elapsed = cpuMillis(() => {
      assert.equal(isKnownPhrase(486, phrase), true);
      assert.equal(isKnownPhrase(486, `Busy${' '.repeat(200_000)}There.`), false);
    });
    assert.ok(elapsed < BUDGET_MS, `${elapsed.toFixed(0)} ms of CPU`);
  });
});
