/**
 * Issue 22 part 2: `sip-lens check` writes SARIF 2.1.0 and GitHub Actions annotations beside text
 * and JSON.
 */
import { runCaptured, spawnBuiltCli, SAMPLE_LOG } from '../support/cliRun';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS } from '../../server/src/rules';
import { escapeData, escapeProperty } from '../../server/src/cli/checkGithub';
import { busyThenUnavailable, Scratch } from '../support/cliLogs';
import { CJK } from '../support/chinese';

const SAMPLE = SAMPLE_LOG;

const run = (...args: string[]) => runCaptured(args);

const spawnCli = (args: readonly string[], input?: string | Buffer, cwd?: string) =>
  spawnBuiltCli(args, { ...(input === undefined ? {} : { input }), ...(cwd === undefined ? {} : { cwd }) });

/** A call answered 486 with a reason phrase that is not the registered one: two findings on line 5. */
function oddPhrase(phrase: string): string {
  const head = 'Call-ID: odd@example.com\nCSeq: 1 INVITE\n\n';
  return `INVITE sip:bob@example.com SIP/2.0\n${head}SIP/2.0 486 ${phrase}\n${head}`;
}

let scratch: Scratch;
before(() => (scratch = new Scratch()));
after(() => scratch.remove());

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifLocation {
  id?: number;
  message?: { text: string };
  physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        rules: {
          id: string;
          shortDescription: { text: string };
          helpUri?: string;
          defaultConfiguration: { level: string };
        }[];
      };
    };
    language: string;
    columnKind: string;
    results: SarifResult[];
    properties: { files: { path: string; counts: Record<string, number> }[] };
  }[];
}

interface JsonDiagnostic {
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  rule: string;
  message: string;
}

describe('sip-lens check --format sarif', () => {
  // An emoji (two UTF-16 code units) in the reason phrase: SARIF columns count code units.
  const phrase = 'Busy \u{1F600} Here';
  let path: string;
  before(() => (path = scratch.write('odd-phrase.log', oddPhrase(phrase))));

  function sarif(...args: string[]): { status: number; log: SarifLog } {
    const { status, out, err } = run('check', '--format', 'sarif', ...args);
    assert.equal(err, '');
    return { status, log: JSON.parse(out) as SarifLog };
  }

  it('is one SARIF 2.1.0 run from SIP Lens, its rules the registry, each with a level', () => {
    const { log } = sarif(path);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$/u);
    assert.equal(log.runs.length, 1);
    const [run0] = log.runs;
    const driver = run0?.tool.driver;
    assert.equal(driver?.name, 'SIP Lens');
    assert.match(driver?.version ?? '', /^\d+\.\d+\.\d+/u);
    assert.deepEqual(
      driver?.rules.map((r) => r.id),
      RULE_IDS,
    );
    for (const rule of driver?.rules ?? []) {
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
      assert.ok(rule.shortDescription.text.length > 10, rule.id);
      if (rule.helpUri) assert.match(rule.helpUri, /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-[\d.]+$/u);
    }
    const levels = Object.fromEntries(driver?.rules.map((r) => [r.id, r.defaultConfiguration.level]) ?? []);
    assert.equal(levels['final-server-failure'], 'error');
    assert.equal(levels['final-client-failure'], 'warning');
    assert.equal(levels['auth-challenge'], 'note', 'a hint is a note');
    assert.equal(levels['request-terminated'], 'note', 'information is a note');
    assert.equal(run0?.columnKind, 'utf16CodeUnits');
    assert.equal(run0?.language, 'en-US');
  });

  it('places each result where the JSON output does, 1-based, columns in UTF-16 code units', () => {
    const { status, log } = sarif(path);
    const json = JSON.parse(run('check', '--json', path).out) as { files: { diagnostics: JsonDiagnostic[] }[] };
    assert.equal(status, 0);
    const results = log.runs[0]?.results ?? [];
    const diagnostics = json.files[0]?.diagnostics ?? [];
    assert.equal(results.length, 2);
    assert.deepEqual(
      results.map((r) => [r.ruleId, r.message.text]),
      diagnostics.map((d) => [d.rule, d.message]),
    );
    // The status line is line 5: `SIP/2.0 486 Busy 😀 Here`; the code starts at column 9.
    const [failure, phraseResult] = results;
    assert.deepEqual(failure?.locations[0]?.physicalLocation.region, {
      startLine: 5,
      startColumn: 9,
      endLine: 5,
      endColumn: 12,
    });
    assert.deepEqual(phraseResult?.locations[0]?.physicalLocation.region, {
      startLine: 5,
      startColumn: 13,
      endLine: 5,
      endColumn: 13 + phrase.length,
    });
    assert.equal(phrase.length, [...phrase].length + 1, 'the emoji is two code units');
    for (const result of results) {
      assert.equal(log.runs[0]?.tool.driver.rules[result.ruleIndex]?.id, result.ruleId);
      assert.equal(result.locations[0]?.physicalLocation.artifactLocation.uri, `file://${path}`);
    }
    assert.equal(failure?.level, 'warning');
    assert.equal(phraseResult?.level, 'note');
  });

  it('points the related location at the request the response answers', () => {
    const failure = sarif(path).log.runs[0]?.results[0];
    assert.equal(failure?.relatedLocations?.length, 1);
    const related = failure?.relatedLocations?.[0];
    assert.equal(related?.id, 1);
    assert.equal(related?.message?.text, 'INVITE (CSeq 1) answered by this response');
    assert.deepEqual(related?.physicalLocation.region, { startLine: 1, startColumn: 1, endLine: 1, endColumn: 35 });
  });

  it('keeps a relative path relative, percent-encoded, as code scanning resolves it from the checkout', () => {
    writeFileSync(join(scratch.dir, 'a b%.log'), oddPhrase(phrase));
    const { status, out } = spawnCli(['check', '--format', 'sarif', 'a b%.log'], undefined, scratch.dir);
    assert.equal(status, 0);
    const uri = (JSON.parse(out) as SarifLog).runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri;
    assert.equal(uri, 'a%20b%25.log');
  });

  it('counts every finding past --max-diagnostics and ends with the capped notice; exit status unchanged', () => {
    const busy = scratch.write('busy.log', busyThenUnavailable());
    const { status, log } = sarif('--max-diagnostics', '3', busy, path);
    assert.equal(status, 1);
    const results = log.runs[0]?.results ?? [];
    assert.equal(results.length, 3 + 1 + 2);
    const notice = results[3];
    assert.equal(notice?.ruleId, 'diagnostics-capped');
    assert.match(
      notice?.message.text ?? '',
      /… and 1003 more findings not shown \(1003 warnings; --max-diagnostics 3\)/u,
    );
    assert.deepEqual(
      log.runs[0]?.properties.files.map((f) => [f.path, f.counts]),
      [
        [busy, { error: 1, warning: 1005, information: 0, hint: 0 }],
        [path, { error: 0, warning: 1, information: 1, hint: 0 }],
      ],
    );
  });

  it('keeps what the SARIF 2.1.0 schema requires on every result of the Asterisk sample', () => {
    const { status, log } = sarif(SAMPLE);
    assert.equal(status, 1);
    const [run0] = log.runs;
    const results = run0?.results ?? [];
    assert.ok(results.length > 5);
    const regionOk = ({ startLine, startColumn, endLine, endColumn }: SarifRegion) =>
      [startLine, startColumn, endLine, endColumn].every((n) => Number.isInteger(n) && n >= 1) &&
      (endLine > startLine || (endLine === startLine && endColumn >= startColumn));
    for (const result of results) {
      assert.ok(['error', 'warning', 'note'].includes(result.level), result.level);
      assert.ok(result.message.text.length > 0);
      assert.equal(run0?.tool.driver.rules[result.ruleIndex]?.id, result.ruleId);
      assert.equal(result.locations.length, 1);
      for (const location of [...result.locations, ...(result.relatedLocations ?? [])]) {
        assert.ok(regionOk(location.physicalLocation.region), JSON.stringify(location));
        assert.match(location.physicalLocation.artifactLocation.uri, /^file:\/\/\/.*asterisk-pjsip\.log$/u);
      }
      const ids = (result.relatedLocations ?? []).map((location) => location.id);
      assert.equal(new Set(ids).size, ids.length, 'related location ids are unique');
    }
  });

  it('speaks Chinese with --lang zh-cn: messages, rule descriptions, the run language', () => {
    const { log } = sarif('--lang', 'zh-cn', path);
    const run0 = log.runs[0];
    assert.equal(run0?.language, 'zh-CN');
    assert.match(run0?.results[0]?.message.text ?? '', CJK);
    for (const rule of run0?.tool.driver.rules ?? []) assert.match(rule.shortDescription.text, CJK, rule.id);
  });

  it('is an empty result list, still valid JSON, for a log without findings', () => {
    const quiet = scratch.write('quiet.log', 'nothing here\n');
    const { status, log } = sarif(quiet);
    assert.equal(status, 0);
    assert.deepEqual(log.runs[0]?.results, []);
  });
});

describe('sip-lens check --format github', () => {
  // A reason phrase written to break out of a workflow command: an escape, a command, separators.
  const hostile = 'Busy%0A::error file=x::a, b: c';

  /** Splits `::level props::message` and undoes the runner's escaping. */
  function parse(line: string) {
    const match = /^::(error|warning|notice) ([^:]*)::(.*)$/u.exec(line);
    assert.ok(match, line);
    const unescape = (text: string) =>
      text.replace(/%(25|0D|0A|3A|2C)/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    const properties = Object.fromEntries(
      (match[2] ?? '').split(',').map((pair) => {
        const [key, value] = pair.split('=', 2);
        return [key, unescape(value ?? '')];
      }),
    );
    return { level: match[1], properties, message: unescape(match[3] ?? '') };
  }

  it('escapes %, CR, LF in messages and also : and , in properties', () => {
    assert.equal(escapeData('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('dir,x/a:b%.log'), 'dir%2Cx/a%3Ab%25.log');
    assert.equal(escapeData('a\u001b[31mb'), 'a\ufffd[31mb', 'terminal escapes are filtered first');
  });

  it('writes one command per finding that gives back the hostile message and file name exactly', () => {
    const path = scratch.write('dir,x:y.log', oddPhrase(hostile));
    const { status, out } = run('check', '--format', 'github', path);
    assert.equal(status, 0);
    const lines = out.split('\n').filter(Boolean);
    assert.equal(lines.length, 2, out);
    const json = JSON.parse(run('check', '--json', path).out) as { files: { diagnostics: JsonDiagnostic[] }[] };
    const diagnostics = json.files[0]?.diagnostics ?? [];
    lines.forEach((line, i) => {
      const { properties, message } = parse(line);
      const diagnostic = diagnostics[i] as JsonDiagnostic;
      assert.equal(message, diagnostic.message);
      assert.equal(properties['file'], path);
      assert.equal(properties['line'], String(diagnostic.line + 1));
      assert.equal(properties['col'], String(diagnostic.character + 1));
      assert.equal(properties['endLine'], String(diagnostic.endLine + 1));
      assert.equal(properties['endColumn'], String(diagnostic.endCharacter + 1));
      assert.equal(properties['title'], `SIP Lens ${diagnostic.rule}`);
    });
    assert.ok(lines[1]?.includes('Busy%250A%3A') === false, 'the message keeps its colon; only properties escape it');
    assert.ok(lines[1]?.includes("'Busy%250A::error file=x::a, b: c'"), lines[1]);
    assert.match(
      lines[0] ?? '',
      /^::warning file=.*dir%2Cx%3Ay\.log,line=5,col=9,endLine=5,endColumn=12,title=SIP Lens final-client-failure::486 Busy Here ends INVITE/u,
    );
    assert.match(lines[1] ?? '', /^::notice /u, 'information is a notice');
  });

  it('ends a list --max-diagnostics shortened with a notice that counts the rest', () => {
    const busy = scratch.write('gh-busy.log', busyThenUnavailable());
    const { status, out } = run('check', '--format', 'github', '--max-diagnostics', '2', busy);
    assert.equal(status, 1, 'the error past the cap still decides the status');
    const lines = out.split('\n').filter(Boolean);
    assert.equal(lines.length, 3);
    const last = parse(lines[2] ?? '');
    // The cap keeps the error, so only warnings are hidden, and the notice is as severe as they are.
    assert.ok(
      lines.slice(0, 2).some((line) => parse(line).level === 'error'),
      'the error is among the shown',
    );
    assert.equal(last.level, 'warning');
    assert.equal(last.properties['title'], 'SIP Lens diagnostics-capped');
    assert.match(last.message, /… and 1004 more findings not shown \(1004 warnings; --max-diagnostics 2\)/u);
  });
});

describe('sip-lens check --format text and json', () => {
  it('--format json is --json, and --format text is the default, byte for byte', () => {
    assert.equal(run('check', '--format', 'json', SAMPLE).out, run('check', '--json', SAMPLE).out);
    assert.equal(run('check', '--format', 'text', SAMPLE).out, run('check', SAMPLE).out);
    assert.equal(run('check', '--json', '--format', 'json', SAMPLE).status, 1);
  });

  it('refuses an unknown format and --json beside another format, with exit 2', () => {
    const unknown = run('check', '--format', 'xml', SAMPLE);
    assert.equal(unknown.status, 2);
    assert.match(unknown.err, /^sip-lens: --format takes text, json, sarif or github, not 'xml'/u);
    const both = run('check', '--json', '--format', 'sarif', SAMPLE);
    assert.equal(both.status, 2);
    assert.match(both.err, /^sip-lens: --json is --format json: choose one/u);
    assert.match(run('check', '--lang', 'zh-cn', '--format', 'xml', SAMPLE).err, /--format 只接受/u);
  });
});
