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

describe('sipLens.language', () => {
  it('defaults to auto, which follows the display language from initialize', () => {
    assert.equal(parseSettings({}).settings.languagePreference, 'auto');
    assert.equal(parseSettings({}).settings.language, 'en');
    assert.equal(parseSettings({}, 'zh-cn').settings.language, 'zh-cn');
    assert.equal(parseSettings({ language: 'auto' }, 'zh-Hans-CN').settings.language, 'zh-cn');
    assert.equal(parseSettings({}, 'zh-tw').settings.language, 'en', 'no Simplified text for Traditional Chinese');
    assert.deepEqual(parseSettings(undefined, 'zh-cn').problems, []);
  });

  it('overrides the display language when it names one', () => {
    assert.equal(parseSettings({ language: 'zh-cn' }, 'en').settings.language, 'zh-cn');
    assert.equal(parseSettings({ language: 'en' }, 'zh-cn').settings.language, 'en');
    assert.equal(parseSettings({ language: ' ZH-CN ' }).settings.languagePreference, 'zh-cn');
  });

  it('reports a bad value and falls back to auto', () => {
    for (const bad of ['fr', 'zh_CN', '', 7, true, ['zh-cn'], { zh: 1 }]) {
      const english = parseSettings({ language: bad }, 'en');
      assert.equal(english.settings.languagePreference, 'auto', JSON.stringify(bad));
      assert.equal(english.settings.language, 'en');
      assert.deepEqual(english.problems, ['sipLens.language must be "auto", "en" or "zh-cn"; using "auto".']);
      const chinese = parseSettings({ language: bad }, 'zh-cn');
      assert.equal(chinese.settings.language, 'zh-cn', 'auto follows the display language');
      assert.deepEqual(chinese.problems, ['sipLens.language 必须是 "auto"、"en" 或 "zh-cn"；改用 "auto"。']);
    }
  });

  it('words the other problems in the language the settings choose', () => {
    const result = parseSettings(
      { language: 'zh-cn', maxDiagnostics: -1, inlayHints: { enabled: 'no' }, diagnostics: { enabled: 0 } },
      'en',
    );
    assert.deepEqual(result.problems, [
      'sipLens.diagnostics.enabled 必须是 true 或 false；改用 true。',
      'sipLens.maxDiagnostics 必须是大于或等于 0 的整数；改用 1000。',
      'sipLens.inlayHints.enabled 必须是 true 或 false；改用 true。',
    ]);
    assert.deepEqual(parseSettings('nonsense', 'zh-cn').problems, ['sipLens 设置必须是一个对象；改用默认值。']);
    assert.equal(parseSettings('nonsense', 'zh-cn').settings.language, 'zh-cn');
  });

  it('keeps the English problems as they were', () => {
    assert.deepEqual(parseSettings({ maxDiagnostics: -1, inlayHints: { enabled: 'no' } }, 'en').problems, [
      'sipLens.maxDiagnostics must be a whole number of 0 or more; using 1000.',
      'sipLens.inlayHints.enabled must be true or false; using true.',
    ]);
    assert.deepEqual(parseSettings('nonsense').problems, ['The sipLens settings must be an object; using defaults.']);
  });

  it('summarises problems in Chinese', () => {
    const problems = Array.from({ length: 7 }, (_, i) => `问题 ${i}。`);
    assert.equal(
      problemSummary(problems, 'zh-cn'),
      'SIP Lens 设置有 7 个问题：问题 0。问题 1。问题 2。问题 3。问题 4。……另有 2 个问题。',
    );
    assert.equal(problemSummary(['只有一个。'], 'zh-cn'), 'SIP Lens 设置有 1 个问题：只有一个。');
  });
});
