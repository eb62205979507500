/**
 * Call-flow-aware diagnostics, read from `languages.getDiagnostics` after waiting for
 * `onDidChangeDiagnostics`. Each test points at one line of a fixture and checks its severity.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  SOURCE,
  analysedDiagnostics,
  describe,
  lineOf,
  onLine,
  openFixture,
  serverReady,
  waitForDiagnostics,
} from './helpers';

const { Error: ERROR, Warning: WARNING, Information: INFORMATION, Hint: HINT } = vscode.DiagnosticSeverity;

/** Severities of the diagnostics on the line of `needle`'s n-th occurrence. */
function severitiesAt(
  document: vscode.TextDocument,
  diagnostics: readonly vscode.Diagnostic[],
  needle: string,
  occurrence = 0,
): vscode.DiagnosticSeverity[] {
  return onLine(diagnostics, lineOf(document, needle, occurrence)).map((d) => d.severity);
}

/** Every line holding `needle` (all occurrences). */
function linesOf(document: vscode.TextDocument, needle: string): number[] {
  const lines: number[] = [];
  for (let i = 0; i < document.lineCount; i++) if (document.lineAt(i).text.includes(needle)) lines.push(i);
  assert.ok(lines.length > 0, `fixture has no "${needle}"`);
  return lines;
}

function assertQuiet(diagnostics: readonly vscode.Diagnostic[], lines: readonly number[], what: string): void {
  for (const line of lines) {
    const found = onLine(diagnostics, line);
    assert.equal(found.length, 0, `${what} on line ${line + 1} should have no diagnostic: ${describe(found)}`);
  }
}

suite('Diagnostics', () => {
  suiteSetup(serverReady);

  test('final 5xx and 6xx responses are Errors', async () => {
    const calls = await openFixture('call-outcomes.log');
    const callDiagnostics = await analysedDiagnostics(calls);
    assert.ok(
      severitiesAt(calls, callDiagnostics, 'SIP/2.0 503 Service Unavailable').includes(ERROR),
      describe(callDiagnostics),
    );
    const freeswitch = await openFixture('freeswitch.log');
    const fsDiagnostics = await analysedDiagnostics(freeswitch);
    for (const line of linesOf(freeswitch, 'SIP/2.0 603 Decline')) {
      assert.ok(
        onLine(fsDiagnostics, line).some((d) => d.severity === ERROR),
        `603 on line ${line + 1}: ${describe(fsDiagnostics)}`,
      );
    }
  });

  test('a final 486 ending the INVITE transaction is a Warning, not an Error', async () => {
    const document = await openFixture('call-outcomes.log');
    const severities = severitiesAt(document, await analysedDiagnostics(document), 'SIP/2.0 486 Busy Here');
    assert.ok(severities.includes(WARNING), `486: ${severities}`);
    assert.ok(!severities.includes(ERROR), `486 must not be an Error: ${severities}`);
  });

  test('487 to a CANCELled INVITE is at most Information', async () => {
    const document = await openFixture('call-outcomes.log');
    const severities = severitiesAt(document, await analysedDiagnostics(document), 'SIP/2.0 487 Request Terminated');
    assert.ok(
      severities.every((s) => s === INFORMATION || s === HINT),
      `487 after CANCEL: ${severities}`,
    );
  });

  test('an unregistered code (499) is a Warning', async () => {
    const document = await openFixture('call-outcomes.log');
    const severities = severitiesAt(document, await analysedDiagnostics(document), 'SIP/2.0 499 Request Rejected');
    assert.ok(severities.includes(WARNING), `499: ${severities}`);
    assert.ok(!severities.includes(ERROR), `499 must not be an Error: ${severities}`);
  });

  test('an INVITE that only got 100 Trying by the end of the log is a Warning on its request line', async () => {
    const document = await openFixture('call-outcomes.log');
    const requestLine = 'INVITE sip:+14035550142@203.0.113.20 SIP/2.0';
    const found = onLine(await analysedDiagnostics(document), lineOf(document, requestLine));
    const warning = found.find((d) => d.severity === WARNING);
    assert.ok(warning, `stuck INVITE: ${describe(found)}`);
    assert.equal(warning.range.start.character, 0, 'the range starts at the request line');
    assert.ok(
      document.getText(warning.range).startsWith('INVITE'),
      `range covers "${document.getText(warning.range)}"`,
    );
  });

  test('1xx and 2xx responses carry no diagnostics', async () => {
    const document = await openFixture('call-outcomes.log');
    const diagnostics = await analysedDiagnostics(document);
    for (const status of ['SIP/2.0 100 Trying', 'SIP/2.0 180 Ringing', 'SIP/2.0 200 OK']) {
      assertQuiet(diagnostics, linesOf(document, status), status);
    }
  });

  test('a 401 answered by a REGISTER with credentials that got 200 OK is not a problem', async () => {
    const document = await openFixture('register-auth.log');
    const diagnostics = await analysedDiagnostics(document);
    const challenge = severitiesAt(document, diagnostics, 'SIP/2.0 401 Unauthorized', 0);
    assert.ok(
      challenge.every((s) => s === HINT || s === INFORMATION),
      `answered challenge: ${challenge}`,
    );
    assertQuiet(diagnostics, linesOf(document, 'SIP/2.0 200 OK'), '200 OK');
  });

  test('a second 401 to a REGISTER that carried credentials is an Error (wrong password)', async () => {
    const document = await openFixture('register-auth.log');
    // Occurrences: 1001's challenge (0), 1002's challenge (1), 1002's rejected retry (2).
    const severities = severitiesAt(document, await analysedDiagnostics(document), 'SIP/2.0 401 Unauthorized', 2);
    assert.ok(severities.includes(ERROR), `rejected credentials: ${severities}`);
  });

  test('raw .sip trace: 404 is a Warning, the answered 407 and every 1xx/2xx stay quiet', async () => {
    const document = await openFixture('trace.sip');
    const diagnostics = await analysedDiagnostics(document);
    assert.ok(severitiesAt(document, diagnostics, 'SIP/2.0 404 Not Found').includes(WARNING), describe(diagnostics));
    const challenge = severitiesAt(document, diagnostics, 'SIP/2.0 407 Proxy Authentication Required');
    assert.ok(!challenge.includes(ERROR) && !challenge.includes(WARNING), `answered 407: ${challenge}`);
    for (const status of ['SIP/2.0 100 Trying', 'SIP/2.0 180 Ringing', 'SIP/2.0 200 OK']) {
      assertQuiet(diagnostics, linesOf(document, status), status);
    }
  });

  test('every diagnostic names its source "SIP Lens"', async () => {
    for (const name of ['call-outcomes.log', 'register-auth.log', 'trace.sip', 'freeswitch.log']) {
      const diagnostics = await analysedDiagnostics(await openFixture(name));
      const foreign = diagnostics.filter((d) => d.source !== SOURCE);
      assert.equal(foreign.length, 0, `${name}: ${describe(foreign)}`);
    }
  });

  test('diagnostics follow edits: a 503 typed into an untitled SIP document appears, then goes when it becomes 200', async () => {
    const content = [
      'INVITE sip:bob@example.com SIP/2.0',
      'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds',
      'Call-ID: a84b4c76e66710@192.0.2.10',
      'CSeq: 314159 INVITE',
      '',
      'SIP/2.0 503 Service Unavailable',
      'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds',
      'Call-ID: a84b4c76e66710@192.0.2.10',
      'CSeq: 314159 INVITE',
      '',
    ].join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'sip', content });
    const editor = await vscode.window.showTextDocument(document);
    const before = await waitForDiagnostics(document.uri, (all) => all.some((d) => d.severity === ERROR));
    assert.equal(onLine(before, 5).length > 0, true, describe(before));
    const code = new vscode.Range(5, 8, 5, 31);
    assert.ok(await editor.edit((edit) => edit.replace(code, '200 OK')));
    await waitForDiagnostics(document.uri, (all) => !all.some((d) => d.severity === ERROR));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
