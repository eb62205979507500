/**
 * The real bundled server on input built to make a scanner quadratic, and with nonsense settings:
 * it answers, falls back to defaults, and says what was wrong once. After each case it must still
 * answer a normal hover and must not have logged an error.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type ServerHandle } from '../support/lspClient';
import { assertAlive, hoverAt, markdownOf, openAndDiagnose, SLOW } from '../support/hostileServer';
import { BUSY_CALL_LINES } from '../support/sipSamples';

describe('the real server on input built to make a scanner quadratic', () => {
  let server: ServerHandle;
  before(async () => {
    server = await startServer();
  });
  // Not `stop()`: if the server is stuck in a quadratic scan it would never answer `shutdown`.
  after(() => {
    server.connection.dispose();
    server.process.kill();
  });

  it('answers on many `SIP/2.0.` on one line followed by a long run of blanks', SLOW, async () => {
    // Each `SIP/2.0.` that could end a request line must not re-scan the blanks at the line's end.
    const text = `${'SIP/2.0.'.repeat(200_000)}${' '.repeat(200_000)}\nSIP/2.0 486 Busy Here\nCSeq: 1 INVITE\n`;
    const { uri } = await openAndDiagnose(server, text);
    assert.match(markdownOf(await hoverAt(server, uri, 1, 9)), /### 486 Busy Here/);
    await assertAlive(server);
  });
});

describe('the real server with nonsense settings', () => {
  const BAD = { maxDiagnostics: -5, diagnostics: { enabled: 'yes', severity: { '4xx': 'loud', bogus: 1 } } };
  let server: ServerHandle;
  before(async () => {
    server = await startServer(BAD);
  });
  after(async () => {
    await server.stop();
  });

  it('falls back to the defaults and names each problem once, in one warning', SLOW, async () => {
    const failures = Array.from(
      { length: 1500 },
      (_, i) => `SIP/2.0 486 Busy Here\nCall-ID: ${i}@192.0.2.10\nCSeq: 1 INVITE\n`,
    ).join('\n');
    const first = await openAndDiagnose(server, failures);
    assert.equal(first.diagnostics.length, 1001, 'diagnostics on (not "yes") and capped at the default 1000');
    assert.equal(first.diagnostics[0]?.severity, 2, '486 keeps its default warning severity');
    const second = await openAndDiagnose(server, BUSY_CALL_LINES.join('\n'));
    assert.equal(second.diagnostics.length, 1);
    const reloaded = server.waitForDiagnostics(second.uri);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await reloaded;
    const warnings = server
      .logs()
      .filter((entry) => entry.type === 2)
      .map((entry) => entry.message);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0] ?? '', /^SIP Lens settings: 4 problems\./u);
    for (const culprit of ['maxDiagnostics', 'diagnostics.enabled', '"4xx"', '"bogus"']) {
      assert.equal(warnings.filter((w) => w.includes(culprit)).length, 1, `one warning naming ${culprit}`);
    }
    await assertAlive(server);
  });
});

describe('the real server with 20,000 invalid severity keys', () => {
  const severity = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`bogus-${i}`, 'loud']));
  let server: ServerHandle;
  before(async () => {
    server = await startServer({ diagnostics: { severity } });
  });
  after(async () => {
    await server.stop();
  });

  it('writes one short summary warning, not one per key', SLOW, async () => {
    await openAndDiagnose(server, BUSY_CALL_LINES.join('\n'));
    const warnings = server
      .logs()
      .filter((entry) => entry.type === 2)
      .map((entry) => entry.message);
    assert.equal(warnings.length, 1, `${warnings.length} warnings`);
    assert.match(warnings[0] ?? '', /^SIP Lens settings: 20000 problems\. .*"bogus-0".* … and 19995 more\.$/su);
    assert.ok((warnings[0]?.length ?? 0) < 2500, `the warning is ${warnings[0]?.length} characters long`);
    await assertAlive(server);
  });
});
