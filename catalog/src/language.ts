/**
 * The languages SIP Lens speaks, and how a preference, VS Code's display language or a POSIX
 * locale picks one. Every surface (server, client, webview, CLI) resolves its language here, so
 * "zh_CN.UTF-8", "zh-cn" and "zh-Hans" mean the same thing everywhere.
 */

export type Language = 'en' | 'zh-cn';

export const LANGUAGES: readonly Language[] = ['en', 'zh-cn'];

/** What a surface shows when nothing asks for another language, and what missing text falls back to. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** The `sipLens.language` setting's values: `auto` follows VS Code's display language. */
export type LanguagePreference = 'auto' | Language;

export const LANGUAGE_PREFERENCES: readonly LanguagePreference[] = ['auto', ...LANGUAGES];

/**
 * The language of a locale tag: a BCP 47 tag as VS Code passes it ("zh-cn", "zh-Hans-CN") or a
 * POSIX locale ("zh_CN.UTF-8"). Simplified Chinese is zh with Hans, CN or SG, or bare zh; Traditional
 * Chinese (zh-TW, zh-HK, zh-Hant) is not offered Simplified text it did not ask for. Undefined for a
 * language SIP Lens does not speak.
 */
export function languageOfLocale(tag: string | undefined): Language | undefined {
  if (!tag) return undefined;
  // "zh_CN.UTF-8@euro": the codeset and modifier say nothing about the language.
  const parts = (tag.split(/[.@]/u)[0] ?? '').toLowerCase().split(/[-_]/u);
  if (parts[0] === 'en') return 'en';
  if (parts[0] !== 'zh') return undefined;
  const rest = parts.slice(1);
  if (rest.includes('hant') || rest.includes('tw') || rest.includes('hk') || rest.includes('mo')) return undefined;
  return 'zh-cn';
}

/** A setting's value as a preference; anything unknown is undefined (the caller reports it). */
export function parseLanguagePreference(value: unknown): LanguagePreference | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.trim().toLowerCase();
  if (lower === 'auto') return 'auto';
  return LANGUAGES.find((language) => language === lower);
}

/** The language to show: the preference when it names one, else the locale's, else English. */
export function resolveLanguage(preference: LanguagePreference | undefined, locale: string | undefined): Language {
  if (preference && preference !== 'auto') return preference;
  return languageOfLocale(locale) ?? DEFAULT_LANGUAGE;
}

/**
 * The CLI's language from the environment, as POSIX orders it: LC_ALL, then LC_MESSAGES, then
 * LANG; the first that is set decides, even when it names a language SIP Lens does not speak.
 */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return languageOfLocale(locale) ?? DEFAULT_LANGUAGE;
}
