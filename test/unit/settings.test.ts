import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/settings/settings';
import { problemSummary } from '../../server/src/settings/settingsStore';

describe('parseSettings', () => {
  it('gives the defaults for an empty or missing section', () => {
    assert.deepEqual(parseSettings(undefined).settings, DEFAULT_SETTINGS);
    assert.deepEqual(parseSettings({}).settings, DEFAULT_SETTINGS);
    assert.deepEqual(parseSettings({}).problems, []);
  });

  it('reads nested and flat keys as VS Code sends them', () => {
    const nested = parseSettings({
      diagnostics: { enabled: false },
      inlayHints: { enabled: false },
      maxDiagnostics: 5,
    });
    assert.equal(nested.settings.diagnosticsEnabled, false);
    assert.equal(nested.settings.inlayHintsEnabled, false);
    assert.equal(nested.settings.maxDiagnostics, 5);
    const flat = parseSettings({ 'diagnostics.enabled': false });
    assert.equal(flat.settings.diagnosticsEnabled, false);
  });

  it('falls back to defaults on wrong types and says why', () => {
    const result = parseSettings({ diagnostics: { enabled: 'yes' }, maxDiagnostics: -3, inlayHints: { enabled: 1 } });
    assert.deepEqual(result.settings, DEFAULT_SETTINGS);
    assert.equal(result.problems.length, 3);
    assert.match(result.problems.join('\n'), /maxDiagnostics/);
    assert.match(result.problems.join('\n'), /diagnostics\.enabled/);
  });

  it('rejects a non-object section and non-integer caps', () => {
    assert.deepEqual(parseSettings('nonsense').settings, DEFAULT_SETTINGS);
    assert.equal(parseSettings('nonsense').problems.length, 1);
    assert.equal(parseSettings({ maxDiagnostics: 2.5 }).settings.maxDiagnostics, DEFAULT_SETTINGS.maxDiagnostics);
  });

  it('caps an absurd maxDiagnostics instead of building millions of diagnostics', () => {
    assert.equal(parseSettings({ maxDiagnostics: 1e9 }).settings.maxDiagnostics, 100_000);
  });

  it('keeps valid severity overrides and drops unknown ones', () => {
    const result = parseSettings({
      diagnostics: { severity: { '4xx': 'information', '480': 'off', bogus: 'error', '486': 'loud' } },
    });
    assert.equal(result.settings.severityOverrides['4xx'], 'information');
    assert.equal(result.settings.severityOverrides['480'], 'off');
    assert.equal(result.settings.severityOverrides['bogus'], undefined);
    assert.equal(result.settings.severityOverrides['486'], undefined);
    assert.ok(result.problems.length >= 2);
  });
});

describe('problemSummary', () => {
  it('names up to five problems and counts the rest', () => {
    const problems = Array.from({ length: 7 }, (_, i) => `Problem ${i}.`);
    assert.equal(
      problemSummary(problems),
      'SIP Lens settings: 7 problems. Problem 0. Problem 1. Problem 2. Problem 3. Problem 4. … and 2 more.',
    );
    assert.equal(problemSummary(['Only one.']), 'SIP Lens settings: 1 problem. Only one.');
  });
});
