/**
 * Crash recovery: kill the language server process under the running extension and check that
 * the client restarts it and SIP Lens works again (diagnostics and hovers come back).
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { eventually, hoversAt, openFixture, positionOf, serverReady, SOURCE, waitForDiagnostics } from './helpers';

/** Child processes of this extension host running SIP Lens's bundled server (Linux /proc). */
function serverProcesses(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may contain spaces: the parent pid follows the last ')'.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (parent === process.pid && commandLine.includes('server/dist/server.js')) pids.push(Number(entry));
    } catch {
      // The process ended while we looked: not ours to kill.
    }
  }
  return pids;
}

suite('Crash recovery', () => {
  suiteSetup(serverReady);

  test('a killed language server is restarted, and diagnostics and hovers come back', async function () {
    if (!existsSync('/proc/self/stat')) this.skip();
    const before = serverProcesses();
    assert.equal(before.length, 1, `expected one SIP Lens server under the extension host, found ${before.length}`);
    const killed = before[0] as number;
    process.kill(killed, 'SIGKILL');

    const restarted = await eventually(
      async () => serverProcesses().find((pid) => pid !== killed),
      'a new SIP Lens server process',
      45_000,
    );
    assert.notEqual(restarted, killed);

    // A fresh document proves the new server analyses: its diagnostics can only come from it.
    const document = await vscode.workspace.openTextDocument({
      language: 'sip',
      content: 'SIP/2.0 503 Service Unavailable\r\nCall-ID: after-restart@example.com\r\nCSeq: 1 INVITE\r\n\r\n',
    });
    await vscode.window.showTextDocument(document, { preview: false });
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (all) => all.some((d) => d.source === SOURCE && d.message.includes('503')),
      45_000,
    );
    assert.ok(diagnostics.length > 0);

    const log = await openFixture('call-outcomes.log');
    const hovers = await eventually(async () => {
      const found = await hoversAt(log, positionOf(log, 'SIP/2.0 486 Busy Here', 9));
      return found.length > 0 ? found : undefined;
    }, 'a hover from the restarted server');
    assert.ok(hovers.length > 0);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
