/**
 * The lean analysis core gives exactly the results of the core it replaced: for every fixture,
 * the fingerprint of its messages (field by field), occurrences, Q.850 causes, calls and every
 * finding equals the one main's core produced at the commit named in core-digests.json.
 * scripts/coreEquality.mjs wrote those digests with that commit's own code, and compares
 * generated benchmark logs the same way. A change that means to alter the analysis rewrites the
 * digests with `node scripts/coreEquality.mjs --ref <new main> --write`, saying why.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixturePath, readFixture } from '../fixtures';
import { analysisDigest } from '../support/analysisDigest';

interface Digests {
  readonly ref: string;
  readonly digests: Readonly<Record<string, string>>;
}

const reference = JSON.parse(readFileSync(fixturePath('core-digests.json'), 'utf8')) as Digests;

describe(`analysis core equals main's (${reference.ref}) on every fixture`, () => {
  it('covers the fixtures', () => assert.ok(Object.keys(reference.digests).length >= 70));
  for (const [name, digest] of Object.entries(reference.digests)) {
    it(name, () => assert.equal(analysisDigest(readFixture(name)), digest));
  }
});
