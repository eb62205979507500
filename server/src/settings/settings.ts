/**
 * The server's view of the `sipLens.*` settings: one typed object with defaults, and a
 * validator that turns anything a user can type into settings.json into safe values.
 * Bad values never crash the server; they fall back to defaults and are reported once.
 */
import { fill } from '../../../catalog/src/l10n';
import {
  parseLanguagePreference,
  resolveLanguage,
  type Language,
  type LanguagePreference,
} from '../../../catalog/src/language';
import { normaliseSeverityOverrides } from '../rules';
import type { SeverityOverrides } from '../rules/types';
import { SETTINGS_STRINGS } from './settings-strings';

export interface SipLensSettings {
  readonly diagnosticsEnabled: boolean;
  readonly severityOverrides: SeverityOverrides;
  readonly maxDiagnostics: number;
  readonly inlayHintsEnabled: boolean;
  /** `sipLens.language` as set: `auto` follows VS Code's display language. */
  readonly languagePreference: LanguagePreference;
  /** The language everything the server words for this document is in: the preference, resolved. */
  readonly language: Language;
}

export const DEFAULT_SETTINGS: SipLensSettings = {
  diagnosticsEnabled: true,
  severityOverrides: {},
  maxDiagnostics: 1000,
  inlayHintsEnabled: true,
  languagePreference: 'auto',
  language: 'en',
};

/** The defaults for a client whose display language is `locale` (the `initialize` request's). */
export function defaultSettings(locale?: string): SipLensSettings {
  const language = resolveLanguage('auto', locale);
  return language === DEFAULT_SETTINGS.language ? DEFAULT_SETTINGS : { ...DEFAULT_SETTINGS, language };
}

/** Hard ceiling so a typo like 1e9 cannot make the server build millions of diagnostics. */
export const MAX_DIAGNOSTICS_CEILING = 100_000;

export interface SettingsResult {
  readonly settings: SipLensSettings;
  readonly problems: readonly string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Problems found while reading, worded in the language the settings themselves resolve to. */
interface Problems {
  readonly list: string[];
  readonly strings: (typeof SETTINGS_STRINGS)[Language];
}

function readBoolean(raw: Record<string, unknown>, path: string[], fallback: boolean, problems: Problems): boolean {
  const value = readPath(raw, path);
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  problems.list.push(fill(problems.strings.notBoolean, { setting: path.join('.'), fallback: String(fallback) }));
  return fallback;
}

function readMaxDiagnostics(raw: Record<string, unknown>, problems: Problems): number {
  const value = readPath(raw, ['maxDiagnostics']);
  const fallback = DEFAULT_SETTINGS.maxDiagnostics;
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0)
    return Math.min(value, MAX_DIAGNOSTICS_CEILING);
  problems.list.push(fill(problems.strings.badMaxDiagnostics, { fallback }));
  return fallback;
}

/** `sipLens.language`; a value it does not know is reported and read as `auto`. */
function readLanguagePreference(raw: Record<string, unknown>): { preference: LanguagePreference; bad: boolean } {
  const value = readPath(raw, ['language']);
  if (value === undefined) return { preference: 'auto', bad: false };
  const preference = parseLanguagePreference(value);
  return preference ? { preference, bad: false } : { preference: 'auto', bad: true };
}

/** Reads a nested key, accepting both `{ diagnostics: { enabled } }` and flat `"diagnostics.enabled"`. */
function readPath(raw: Record<string, unknown>, path: string[]): unknown {
  const flat = raw[path.join('.')];
  if (flat !== undefined) return flat;
  let node: unknown = raw;
  for (const key of path) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return node;
}

/**
 * Validates the raw `sipLens` configuration section. `locale` is VS Code's display language (the
 * `initialize` request's), which `sipLens.language: "auto"` follows; problems are worded in the
 * language the settings resolve to.
 */
export function parseSettings(raw: unknown, locale?: string): SettingsResult {
  if (raw !== undefined && raw !== null && !isRecord(raw)) {
    const settings = defaultSettings(locale);
    return { settings, problems: [SETTINGS_STRINGS[settings.language].notAnObject] };
  }
  const section = isRecord(raw) ? raw : {};
  const { preference, bad } = readLanguagePreference(section);
  const language = resolveLanguage(preference, locale);
  const problems: Problems = { list: [], strings: SETTINGS_STRINGS[language] };
  if (bad) problems.list.push(problems.strings.badLanguage);
  const severity = readPath(section, ['diagnostics', 'severity']);
  const overrides = normaliseSeverityOverrides(severity ?? {}, language);
  problems.list.push(...overrides.problems);
  return {
    settings: {
      diagnosticsEnabled: readBoolean(
        section,
        ['diagnostics', 'enabled'],
        DEFAULT_SETTINGS.diagnosticsEnabled,
        problems,
      ),
      severityOverrides: overrides.overrides,
      maxDiagnostics: readMaxDiagnostics(section, problems),
      inlayHintsEnabled: readBoolean(section, ['inlayHints', 'enabled'], DEFAULT_SETTINGS.inlayHintsEnabled, problems),
      languagePreference: preference,
      language,
    },
    problems: problems.list,
  };
}
