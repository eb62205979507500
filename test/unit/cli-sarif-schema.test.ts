/**
 * Issue 22: `sip-lens check --format sarif` against the real SARIF 2.1.0 JSON schema, not only
 * our reading of it. The schema comes from Microsoft's SARIF Multitool package (a devDependency:
 * its platform package ships `sarif-2.1.0.json`, the OASIS schema), so nothing is copied into this
 * repository and no network is needed when the tests run.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { runCaptured, SAMPLE_LOG } from '../support/cliRun';
import { busyThenUnavailable, Scratch } from '../support/cliLogs';

const SCOPE = join(dirname(require.resolve('ajv/package.json')), '..', '@microsoft');
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');

/** `sarif-2.1.0.json` from whichever platform package of the Multitool npm installed here. */
function schemaPath(): string {
  const found = readdirSync(SCOPE)
    .filter((name) => name.startsWith('sarif-multitool-'))
    .map((name) => join(SCOPE, name, 'sarif-2.1.0.json'))
    .find((path) => existsSync(path));
  assert.ok(found, `no sarif-2.1.0.json under ${SCOPE}: run npm ci (devDependency @microsoft/sarif-multitool)`);
  return found;
}

function compileSchema(): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaPath(), 'utf8')) as object);
}

const validate = compileSchema();

function problems(log: unknown): string {
  return validate(log) ? '' : JSON.stringify(validate.errors?.slice(0, 5), null, 1);
}

function sarifOf(...args: string[]): unknown {
  const { status, out, err } = runCaptured(['check', '--format', 'sarif', ...args]);
  assert.ok(status === 0 || status === 1, `exit ${status}: ${err}`);
  return JSON.parse(out) as unknown;
}

describe('sip-lens check --format sarif against the SARIF 2.1.0 schema', () => {
  it('rejects what the schema forbids, so a pass means something', () => {
    const log = sarifOf(SAMPLE_LOG) as { runs: { results: { level: string }[] }[] };
    const first = log.runs[0]?.results[0];
    assert.ok(first, 'the sample has findings');
    first.level = 'fatal';
    assert.notEqual(problems(log), '', 'a result level outside none/note/warning/error must fail the schema');
  });

  it('is valid for every annotated fixture, in English and in Chinese', () => {
    const logs = readdirSync(FIXTURES).filter((name) => /\.(log|sip)$/u.test(name));
    assert.ok(logs.length > 20, `fixtures found: ${logs.length}`);
    for (const name of logs) {
      for (const lang of ['en', 'zh-cn']) {
        assert.equal(problems(sarifOf('--lang', lang, join(FIXTURES, name))), '', `${name} (${lang})`);
      }
    }
  });

  it('is valid with the cap notice, several files and a file with no findings', () => {
    const scratch = new Scratch();
    try {
      const busy = scratch.write('busy.log', busyThenUnavailable());
      const quiet = scratch.write('quiet.log', 'nothing to see here\n');
      const odd = scratch.write('a b%<x>.log', 'SIP/2.0 486 Busy "<script>"\nCall-ID: x\nCSeq: 1 INVITE\n\n');
      const log = sarifOf('--max-diagnostics', '3', busy, quiet, odd, SAMPLE_LOG);
      assert.equal(problems(log), '');
    } finally {
      scratch.remove();
    }
  });
});
