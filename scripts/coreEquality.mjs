// Holds the analysis core to a reference commit's results (main's, by default the lean core's
// base): every fixture and generated benchmark logs are analysed by both cores, and the facts
// (test/support/analysisDigest.ts: messages field by field, occurrences, Q.850, calls, every
// finding) must be identical. `--write` stores the reference's fixture digests in
// test/fixtures/core-digests.json, which test/unit/core-equality.test.ts checks on every run.
//
//   node scripts/coreEquality.mjs [--ref <commit>] [--sizes 1,10] [--log <file>]... [--write]
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLog } from './bench/generate.mjs';
import { bundleSources } from './bench/inProcess.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'test/fixtures');
export const DIGESTS = join(FIXTURES, 'core-digests.json');
const DEFAULT_REF = 'bbf7cec';
const MB = 1024 * 1024;

function flag(name, fallback) {
  const at = process.argv.indexOf(name);
  return at < 0 ? fallback : process.argv[at + 1];
}

function flags(name) {
  return process.argv.flatMap((arg, i) => (arg === name ? [process.argv[i + 1]] : []));
}

/** Every log fixture (not the sidecars or the code that reads them), relative to test/fixtures. */
function fixtureFiles(dir = FIXTURES) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return fixtureFiles(path);
      return /\.(json|ts|md)$/.test(entry.name) ? [] : [relative(FIXTURES, path)];
    })
    .sort();
}

/** The reference commit's sources in a temporary folder, with today's digest helper beside them. */
function extractRef(ref) {
  const dir = mkdtempSync(join(tmpdir(), 'sip-lens-core-ref-'));
  execSync(`git archive ${ref} server catalog | tar -x -C ${dir}`, { cwd: ROOT });
  mkdirSync(join(dir, 'test/support'), { recursive: true });
  copyFileSync(join(ROOT, 'test/support/analysisDigest.ts'), join(dir, 'test/support/analysisDigest.ts'));
  return dir;
}

async function loadCore(root, name) {
  const exports = ["export { analysisDigest } from './test/support/analysisDigest';"];
  return bundleSources({ root, outDir: join(ROOT, 'bench/out'), name, exports });
}

const ref = flag('--ref', DEFAULT_REF);
const refRoot = extractRef(ref);
try {
  const reference = await loadCore(refRoot, 'core-equality-ref');
  const current = await loadCore(ROOT, 'core-equality-here');
  let differences = 0;
  const digests = {};
  for (const file of fixtureFiles()) {
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    digests[file] = reference.analysisDigest(text);
    if (current.analysisDigest(text) !== digests[file]) {
      differences++;
      console.log(`DIFFERENT  ${file}`);
    }
  }
  console.log(`${Object.keys(digests).length} fixtures compared with ${ref}`);
  const sizes = flag('--sizes', '1,10').split(',').filter(Boolean).map(Number);
  const logs = [
    ...sizes.map((size) => ({ name: `generated ${size} MB`, text: generateLog(size * MB).text })),
    ...flags('--log').map((path) => ({ name: path, text: readFileSync(path, 'utf8') })),
  ];
  for (const { name, text } of logs) {
    const same = reference.analysisDigest(text) === current.analysisDigest(text);
    if (!same) differences++;
    console.log(`${same ? 'same' : 'DIFFERENT'}  ${name}`);
  }
  if (process.argv.includes('--write')) {
    writeFileSync(DIGESTS, `${JSON.stringify({ ref, digests }, null, 2)}\n`);
    console.log(`wrote ${relative(ROOT, DIGESTS)}`);
  }
  process.exitCode = differences === 0 ? 0 : 1;
} finally {
  rmSync(refRoot, { recursive: true, force: true });
}
