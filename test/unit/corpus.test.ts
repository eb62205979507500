/**
 * Precision and recall of the status-code scanner over the annotated fixture corpus. Every
 * fixture has a sidecar NAME.expected.json (generated from test/fixtures/annotated/NAME.txt)
 * listing each code that must be found, each number that must not be, and each Q.850 cause.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, LineIndex, type Analysis } from '../../server/src/analysis/index';
import { syncFixtures } from '../fixtures/annotate';
import {
  annotatedFixtureNames,
  fixturesDir,
  readExpectations,
  readFixture,
  type FixtureExpectations,
} from '../fixtures/index';

interface FixtureResult {
  readonly name: string;
  readonly falsePositives: string[];
  readonly falseNegatives: string[];
  readonly truePositives: number;
}

function positiveKeys(analysis: Analysis, lines: LineIndex): string[] {
  return analysis.occurrences.map((occurrence) => {
    const { line, character } = lines.positionAt(occurrence.offset);
    return `${line}:${character} ${occurrence.code} ${occurrence.kind}`;
  });
}

function expectedKeys(expected: FixtureExpectations): string[] {
  return expected.positives.map((p) => `${p.line}:${p.character} ${p.code} ${p.kind}`);
}

function evaluate(name: string): FixtureResult {
  const text = readFixture(name);
  const lines = new LineIndex(text);
  const found = new Set(positiveKeys(analyze(text), lines));
  const wanted = new Set(expectedKeys(readExpectations(name)));
  const falsePositives = [...found].filter((key) => !wanted.has(key));
  const falseNegatives = [...wanted].filter((key) => !found.has(key));
  return { name, falsePositives, falseNegatives, truePositives: wanted.size - falseNegatives.length };
}

const names = annotatedFixtureNames();

test('the corpus has a fixture for every log format', () => {
  const required = [
    'raw-messages.sip',
    'asterisk-pjsip.log',
    'asterisk-chansip.log',
    'freeswitch-siptrace.log',
    'kamailio-syslog.log',
    'opensips-syslog.log',
    'pjsua.log',
    'sipp-errors.log',
    'sipp-messages.log',
    'sngrep-export.log',
    'ngrep.log',
    'tshark-summary.log',
    'tshark-stat.log',
    'homer.log',
    'mixed-traps.log',
    'baresip.log',
    'drachtio-sofia.log',
    'transaction-traces.log',
    'kamailio-debug.log',
    'app-json.log',
    'container-prefixes.log',
    'tcpdump-ascii.log',
    'tcpdump-hex.log',
    'json-escaped.log',
    'jssip-console.log',
    'sipjs-console.log',
    'sipml5-console.log',
    'linphone-android.log',
    'belle-sip-ios.log',
    'websocket-devtools.log',
  ];
  assert.deepEqual(
    required.filter((name) => !names.includes(name)),
    [],
  );
});

test('fixtures and sidecars are in sync with their annotated drafts', () => {
  assert.deepEqual(
    syncFixtures(fixturesDir(), true),
    [],
    'regenerate with the annotate one-liner in test/fixtures/README.md',
  );
});

for (const name of names) {
  test(`${name}: every annotated code is found, nothing else`, () => {
    const result = evaluate(name);
    assert.deepEqual(
      { falsePositives: result.falsePositives, falseNegatives: result.falseNegatives },
      { falsePositives: [], falseNegatives: [] },
    );
  });

  test(`${name}: annotations point at the text they name`, () => {
    const text = readFixture(name);
    const lines = new LineIndex(text);
    const expected = readExpectations(name);
    for (const p of expected.positives)
      assert.equal(
        text.slice(lines.offsetAt(p), lines.offsetAt(p) + 3),
        String(p.code),
        `positive at ${p.line}:${p.character}`,
      );
    for (const n of expected.negatives)
      assert.equal(
        text.slice(lines.offsetAt(n), lines.offsetAt(n) + n.text.length),
        n.text,
        `negative at ${n.line}:${n.character}`,
      );
  });

  test(`${name}: no negative is flagged, Q.850 causes are exact`, () => {
    const text = readFixture(name);
    const lines = new LineIndex(text);
    const analysis = analyze(text);
    const expected = readExpectations(name);
    for (const n of expected.negatives) {
      const start = lines.offsetAt(n);
      const hit = analysis.occurrences.find((o) => o.offset + 3 > start && o.offset < start + n.text.length);
      assert.equal(hit, undefined, `${n.text} at ${n.line}:${n.character} must not be a status code`);
    }
    const causes = analysis.q850.map((q) => ({ ...lines.positionAt(q.offset), cause: q.cause }));
    assert.deepEqual(
      causes,
      expected.q850.map((q) => ({ line: q.line, character: q.character, cause: q.cause })),
    );
  });
}

test('precision and recall over the whole corpus are 1.0', () => {
  const results = names.map(evaluate);
  const tp = results.reduce((sum, r) => sum + r.truePositives, 0);
  const fp = results.reduce((sum, r) => sum + r.falsePositives.length, 0);
  const fn = results.reduce((sum, r) => sum + r.falseNegatives.length, 0);
  const negatives = names.reduce((sum, name) => sum + readExpectations(name).negatives.length, 0);
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  console.log(
    `corpus: ${names.length} fixtures, ${tp + fn} annotated codes, ${negatives} annotated traps; ` +
      `TP ${tp}, FP ${fp}, FN ${fn}; precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}`,
  );
  assert.equal(precision, 1);
  assert.equal(recall, 1);
});
