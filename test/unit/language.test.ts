/**
 * How a surface picks its language (catalog/src/language.ts, issue 19): a `sipLens.language`
 * preference, VS Code's display language (a BCP 47 tag) or a POSIX locale from the environment.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  languageFromEnvironment,
  languageOfLocale,
  parseLanguagePreference,
  resolveLanguage,
} from '../../catalog/src/language';

describe('languageOfLocale', () => {
  it('reads Simplified Chinese from VS Code tags and POSIX locales alike', () => {
    for (const tag of ['zh-cn', 'zh-CN', 'zh', 'zh-Hans', 'zh-Hans-CN', 'zh-SG', 'zh_CN.UTF-8', 'zh_CN.gb18030@euro'])
      assert.equal(languageOfLocale(tag), 'zh-cn', tag);
  });

  it('reads English whatever the region or codeset', () => {
    for (const tag of ['en', 'en-US', 'en-gb', 'en_US.UTF-8', 'EN']) assert.equal(languageOfLocale(tag), 'en', tag);
  });

  it('does not offer Simplified text to Traditional Chinese', () => {
    for (const tag of ['zh-tw', 'zh-TW', 'zh-HK', 'zh-Hant', 'zh-Hant-CN', 'zh_TW.UTF-8', 'zh-MO'])
      assert.equal(languageOfLocale(tag), undefined, tag);
  });

  it('knows nothing of languages SIP Lens does not speak, or of no tag at all', () => {
    for (const tag of ['de', 'fr-FR', 'ja_JP.UTF-8', 'C', 'POSIX', '', undefined])
      assert.equal(languageOfLocale(tag), undefined, String(tag));
  });
});

describe('parseLanguagePreference', () => {
  it('accepts auto and the languages, in any case and with blanks around', () => {
    assert.equal(parseLanguagePreference('auto'), 'auto');
    assert.equal(parseLanguagePreference('en'), 'en');
    assert.equal(parseLanguagePreference('zh-cn'), 'zh-cn');
    assert.equal(parseLanguagePreference(' ZH-CN '), 'zh-cn');
    assert.equal(parseLanguagePreference('Auto'), 'auto');
  });

  it('rejects anything else, including locale spellings the setting does not list', () => {
    for (const value of ['zh_CN', 'zh', 'chinese', 'fr', '', 1, true, null, undefined, ['en'], { en: true }])
      assert.equal(parseLanguagePreference(value), undefined, JSON.stringify(value));
  });
});

describe('resolveLanguage', () => {
  it('lets a named language beat the display language', () => {
    assert.equal(resolveLanguage('en', 'zh-cn'), 'en');
    assert.equal(resolveLanguage('zh-cn', 'en'), 'zh-cn');
    assert.equal(resolveLanguage('zh-cn', undefined), 'zh-cn');
  });

  it('follows the display language for auto or no preference, else English', () => {
    assert.equal(resolveLanguage('auto', 'zh-cn'), 'zh-cn');
    assert.equal(resolveLanguage(undefined, 'zh-Hans'), 'zh-cn');
    assert.equal(resolveLanguage('auto', 'en-us'), 'en');
    assert.equal(resolveLanguage('auto', 'de'), 'en');
    assert.equal(resolveLanguage('auto', 'zh-tw'), 'en');
    assert.equal(resolveLanguage('auto', undefined), 'en');
  });
});

describe('languageFromEnvironment', () => {
  it('takes LC_ALL, then LC_MESSAGES, then LANG', () => {
    assert.equal(
      languageFromEnvironment({ LC_ALL: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US.UTF-8', LANG: 'en_US' }),
      'zh-cn',
    );
    assert.equal(languageFromEnvironment({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }), 'zh-cn');
    assert.equal(languageFromEnvironment({ LANG: 'zh_CN.UTF-8' }), 'zh-cn');
    assert.equal(languageFromEnvironment({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }), 'en');
  });

  it('skips unset and empty variables', () => {
    assert.equal(languageFromEnvironment({ LC_ALL: '', LC_MESSAGES: undefined, LANG: 'zh_CN.UTF-8' }), 'zh-cn');
  });

  it('lets the first set variable decide even when SIP Lens does not speak its language', () => {
    // LC_ALL=de_DE asks for German: the user did not ask for the Chinese that LANG names.
    assert.equal(languageFromEnvironment({ LC_ALL: 'de_DE.UTF-8', LANG: 'zh_CN.UTF-8' }), 'en');
    assert.equal(languageFromEnvironment({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }), 'en');
  });

  it('is English with nothing set', () => {
    assert.equal(languageFromEnvironment({}), 'en');
  });
});
