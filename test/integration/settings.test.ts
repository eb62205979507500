/**
 * Settings take effect without a reload. Each test changes one user setting, waits for the
 * editor to reflect it, and restores the old value even when it fails.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  analysedDiagnostics,
  describe,
  eventually,
  inlayHints,
  labelText,
  openFixture,
  serverReady,
  waitForDiagnostics,
  withSetting,
} from './helpers';

/** A diagnostic's rule id: VS Code hands it over as `{ value, target }` when it links to its RFC. */
function ruleOf(diagnostic: vscode.Diagnostic): unknown {
  const code = diagnostic.code;
  return typeof code === 'object' ? code.value : code;
}

suite('Settings', () => {
  suiteSetup(serverReady);

  test('sipLens.diagnostics.enabled = false clears the diagnostics; true brings them back', async () => {
    const document = await openFixture('call-outcomes.log');
    const before = await analysedDiagnostics(document);
    assert.ok(before.length > 0);
    await withSetting('diagnostics.enabled', false, () => waitForDiagnostics(document.uri, (all) => all.length === 0));
    const after = await waitForDiagnostics(document.uri, (all) => all.length === before.length);
    assert.equal(after.length, before.length, describe(after));
  });

  test('sipLens.maxDiagnostics caps how many findings a document gets', async () => {
    const document = await openFixture('call-outcomes.log');
    const before = await analysedDiagnostics(document);
    assert.ok(before.length > 2, `fixture sanity: more than two findings, got ${describe(before)}`);
    const capped = await withSetting('maxDiagnostics', 1, () =>
      // At most one finding, plus possibly one note saying the list was cut.
      waitForDiagnostics(document.uri, (all) => all.length > 0 && all.length <= 2),
    );
    assert.ok(capped.length < before.length, describe(capped));
    await waitForDiagnostics(document.uri, (all) => all.length === before.length);
  });

  // Issue 22: the notice at the top of the file offers to lift the cap for that document alone.
  test('the capped notice sits on the first line, and its quick fix shows every finding of that document', async () => {
    const busy = (n: number) =>
      `SIP/2.0 486 Busy Here\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK${n}\r\nCall-ID: busy-${n}@example.com\r\nCSeq: 1 INVITE\r\n\r\n`;
    const content = [1, 2, 3, 4].map(busy).join('') + busy(5).replace('486 Busy Here', '503 Service Unavailable');
    const document = await vscode.workspace.openTextDocument({ language: 'sip', content });
    await vscode.window.showTextDocument(document, { preview: false });
    const everything = await analysedDiagnostics(document);
    assert.equal(everything.length, 5, describe(everything));
    await withSetting('maxDiagnostics', 2, async () => {
      const capped = await waitForDiagnostics(document.uri, (all) => all.length === 3);
      const notice = capped.find((d) => ruleOf(d) === 'diagnostics-capped');
      assert.ok(notice, describe(capped));
      assert.equal(notice.range.start.line, 0);
      assert.ok(
        capped.some((d) => d.message.includes('503')),
        `the error is kept: ${describe(capped)}`,
      );
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        notice.range,
      );
      const showAll = actions.find((action) => action.command?.command === 'sipLens.showAllFindings');
      assert.ok(showAll?.command, actions.map((action) => action.title).join(' | '));
      await vscode.commands.executeCommand(showAll.command.command, ...(showAll.command.arguments ?? []));
      const lifted = await waitForDiagnostics(document.uri, (all) => all.length === 5);
      assert.ok(
        lifted.every((d) => ruleOf(d) !== 'diagnostics-capped'),
        describe(lifted),
      );
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('sipLens.inlayHints.enabled = false removes the fix hints', async () => {
    const document = await openFixture('call-outcomes.log');
    const before = await inlayHints(document);
    assert.ok(
      before.some((hint) => labelText(hint).startsWith('→ ')),
      'fixture sanity: hints are shown by default',
    );
    await withSetting('inlayHints.enabled', false, () =>
      eventually(
        async () => ((await inlayHints(document)).length === 0 ? true : undefined),
        'inlay hints to disappear',
      ),
    );
    const restored = await eventually(async () => {
      const hints = await inlayHints(document);
      return hints.length > 0 ? hints : undefined;
    }, 'inlay hints to come back');
    assert.ok(restored.some((hint) => labelText(hint).startsWith('→ ')));
  });

  test('"Turn off diagnostics for N" writes only the workspace value, never the user\'s overrides', async () => {
    const document = await openFixture('call-outcomes.log');
    const section = 'diagnostics.severity';
    const before = vscode.workspace.getConfiguration('sipLens').inspect(section);
    // The workspace folder is tracked: a settings file the test made must not outlive it.
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
    const settingsDir = join(folder, '.vscode');
    const hadSettings = existsSync(join(settingsDir, 'settings.json'));
    await withSetting(section, { '503': 'hint' }, async () => {
      try {
        await vscode.commands.executeCommand('sipLens.disableCodeDiagnostics', 486, document.uri.toString());
        const after = vscode.workspace.getConfiguration('sipLens').inspect(section);
        assert.deepEqual(after?.workspaceValue, {
          ...(isObject(before?.workspaceValue) ? before.workspaceValue : {}),
          '486': 'off',
        });
        assert.deepEqual(after?.globalValue, { '503': 'hint' }, 'the user value stays as it was');
      } finally {
        await vscode.workspace
          .getConfiguration('sipLens')
          .update(section, before?.workspaceValue, vscode.ConfigurationTarget.Workspace);
        if (!hadSettings) rmSync(join(settingsDir, 'settings.json'), { force: true });
        if (!hadSettings && existsSync(settingsDir) && readdirSync(settingsDir).length === 0)
          rmSync(settingsDir, { recursive: true });
      }
    });
  });
});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
