import { describe, it } from 'node:test';
import { runCaptured } from '../support/cliRun';
import assert from 'node:assert/strict';

const run = (...args: string[]) => runCaptured(args);

describe('sip-lens explain', () => {
  it('prints the card as text', () => {
    const { status, out } = run('explain', '486');
    assert.equal(status, 0);
    assert.match(out, /^486 Busy Here/);
    assert.match(out, /How to fix:/);
    assert.match(out, /rfc3261#section-21\.4\.24/);
  });

  it('prints the entry as JSON with the contract keys', () => {
    const { status, out } = run('explain', '603', '--json');
    assert.equal(status, 0);
    const entry = JSON.parse(out) as Record<string, unknown>;
    for (const key of [
      'code',
      'reasonPhrase',
      'class',
      'registered',
      'rfc',
      'description',
      'whenItAppears',
      'howToFix',
      'shortFix',
      'related',
    ]) {
      assert.ok(key in entry, `missing ${key}`);
    }
    assert.equal(entry['code'], 603);
    assert.equal(entry['class'], '6xx');
    assert.equal(entry['registered'], true);
    assert.equal(entry['rfc'], 3261);
  });

  it('answers an unregistered code in range with its class', () => {
    const entry = JSON.parse(run('explain', '477', '--json').out) as {
      registered: boolean;
      class: string;
      description: string;
    };
    assert.equal(entry.registered, false);
    assert.equal(entry.class, '4xx');
    assert.match(entry.description, /treat it as 400/);
  });

  for (const bad of ['abc', '999', '42', '4860', '']) {
    it(`rejects '${bad}' with status 2 and a message`, () => {
      const { status, err, out } = run('explain', bad);
      assert.equal(status, 2);
      assert.equal(out, '');
      assert.match(err, /not a SIP response code/);
    });
  }
});

describe('sip-lens compare', () => {
  it('prints JSON with summary, differences and when-to-use', () => {
    const { status, out } = run('compare', '486', '600', '--json');
    assert.equal(status, 0);
    const json = JSON.parse(out) as {
      a: { code: number };
      b: { code: number };
      summary: string;
      keyDifferences: string[];
      whenToUse: string;
    };
    assert.equal(json.a.code, 486);
    assert.equal(json.b.code, 600);
    assert.match(json.summary, /486/);
    assert.match(json.summary, /600/);
    assert.ok(json.keyDifferences.length >= 3);
    assert.ok(json.whenToUse.length > 20);
  });

  it('rejects a bad code with status 2', () => {
    assert.equal(run('compare', '486', 'xyz').status, 2);
    assert.equal(run('compare', '486').status, 2);
  });
});

describe('sip-lens usage', () => {
  it('explains itself on --help and fails on an unknown command or option', () => {
    assert.equal(run('--help').status, 0);
    assert.match(run('--help').out, /Usage: sip-lens/);
    assert.equal(run('frobnicate').status, 2);
    assert.equal(run('explain', '486', '--yaml').status, 2);
    assert.equal(run().status, 2);
  });

  it('names a missing path and exits 2 without burying it in usage text', () => {
    const { status, err } = run('check', '/nonexistent/sip.log');
    assert.equal(status, 2);
    assert.match(err, /'\/nonexistent\/sip\.log': no such file/);
    assert.doesNotMatch(err, /Usage:/);
  });

  it('refuses a directory, naming it', () => {
    const { status, err } = run('check', '.');
    assert.equal(status, 2);
    assert.match(err, /'\.'.*directory/);
  });
});

describe('sip-lens check output safety', () => {
  it('escapes C1 controls and bidi overrides in JSON output', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'sip-lens-')), 'evil.log');
    writeFileSync(file, 'SIP/2.0 486 \u009b31m \u202eevil\r\nCall-ID: x@example.com\r\nCSeq: 1 INVITE\r\n\r\n');
    const { out } = run('check', '--json', file);
    assert.ok(!/[\u0080-\u009f\u202a-\u202e]/u.test(out), 'raw control characters in JSON output');
    assert.match(out, /\\u009b/);
    const parsed = JSON.parse(out) as { files: { diagnostics: { message: string }[] }[] };
    assert.ok(
      parsed.files[0]?.diagnostics.some((d) => d.message.includes('\u202e')),
      'JSON still carries the text, escaped',
    );
  });
});

describe('sip-lens module layout', () => {
  it('subcommands import what they share from io.ts, never main.ts (no cycle)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(__dirname, '..', '..', '..', 'server', 'src', 'cli');
    const offenders = readdirSync(dir).filter(
      (name) => name !== 'main.ts' && /from '\.\/main'/u.test(readFileSync(join(dir, name), 'utf8')),
    );
    assert.deepEqual(offenders, []);
  });
});
