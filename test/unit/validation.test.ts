/**
 * The Validator's scheduling, with Node's mock timers: which versions get diagnostics, and when.
 */
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';
import { AnalysisCache } from '../../server/src/pipeline/documentAnalysis';
import { SettingsStore } from '../../server/src/settings/settingsStore';
import { SipTextDocument } from '../../server/src/document/sipTextDocument';
import { EDIT_DEBOUNCE_MS, Validator } from '../../server/src/pipeline/validation';
import { BUSY_CALL_LINES } from '../support/sipSamples';

const silent = { error: () => undefined, warn: () => undefined, info: () => undefined };

/** Lets the validation's promise chain (settings, analysis, publish) run to its end. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function harness(document: { current: SipTextDocument }) {
  const published: PublishDiagnosticsParams[] = [];
  const connection = {
    sendDiagnostics: (params: PublishDiagnosticsParams) => (published.push(params), Promise.resolve()),
    languages: { inlayHint: { refresh: () => Promise.resolve() } },
  } as unknown as Connection;
  const validator = new Validator(
    connection,
    new AnalysisCache(),
    new SettingsStore(connection),
    silent,
    () => document.current,
  );
  return { published, validator };
}

describe('Validator scheduling', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  it('validates an opened document at once, though TextDocuments reports the open twice', async () => {
    const document = { current: SipTextDocument.create('file:///open.log', 'log', 1, BUSY_CALL_LINES.join('\n')) };
    const { published, validator } = harness(document);
    validator.schedule(document.current, 0); // onDidOpen
    validator.schedule(document.current); // onDidChangeContent for the same version
    mock.timers.tick(0);
    await settle();
    assert.equal(published.length, 1);
    assert.equal(published[0]?.version, 1);
    assert.ok((published[0]?.diagnostics.length ?? 0) > 0, 'the busy call is reported');
  });

  it('validates an edit at once when the last one was published, however soon after it', async () => {
    const document = { current: SipTextDocument.create('file:///tail.log', 'log', 1, BUSY_CALL_LINES.join('\n')) };
    const { published, validator } = harness(document);
    validator.schedule(document.current, 0);
    mock.timers.tick(0);
    await settle();
    // A followed log: each append comes right after the diagnostics of the one before (no time passes here).
    for (let version = 2; version <= 4; version++) {
      const end = document.current.positionAt(document.current.length);
      document.current = document.current.applyChange({ range: { start: end, end }, text: '\n' }, version);
      validator.schedule(document.current);
      mock.timers.tick(0);
      await settle();
      assert.equal(published.at(-1)?.version, version, `version ${version} published without waiting`);
    }
  });

  it('folds a burst of edits into one validation of the newest version', async () => {
    const document = { current: SipTextDocument.create('file:///burst.log', 'log', 1, BUSY_CALL_LINES.join('\n')) };
    const { published, validator } = harness(document);
    validator.schedule(document.current, 0);
    mock.timers.tick(0);
    await settle();
    for (let version = 2; version <= 5; version++) {
      const end = document.current.positionAt(document.current.length);
      document.current = document.current.applyChange({ range: { start: end, end }, text: '\n' }, version);
      validator.schedule(document.current);
    }
    mock.timers.tick(EDIT_DEBOUNCE_MS);
    await settle();
    assert.deepEqual(
      published.map((p) => p.version),
      [1, 5],
    );
  });
});
