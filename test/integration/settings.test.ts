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
