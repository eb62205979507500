import { isStatusCodeNumber } from '../../../catalog/src/index';
import type { Language } from '../../../catalog/src/language';
import { RULE_IDS } from './registry';
import { SEVERITY_SETTING_STRINGS } from './rule-strings';
import { fill } from '../../../catalog/src/l10n';
import type { Severity, SeverityOverrides } from './types';

const SETTING = 'sipLens.diagnostics.severity';
const VALUES: readonly (Severity | 'off')[] = ['error', 'warning', 'information', 'hint', 'off'];
const CLASS_KEY = /^[1-6]xx$/u;
const CODE_KEY = /^\d{3}$/u;

export interface NormalisedOverrides {
  readonly overrides: SeverityOverrides;
  /** One readable line per rejected entry, in the language asked for, for the server to log or show. */
  readonly problems: string[];
}

/**
 * Validates the user's severity overrides. Keys must be a class ("4xx"), a 3-digit status
 * code ("480") or a rule id; values one of error/warning/information/hint/off. Anything else
 * is dropped and reported, so one typo never disables the whole setting.
 * Keys and values are accepted case-insensitively ("4XX", "Warning") and stored lower case.
 */
export function normaliseSeverityOverrides(raw: unknown, language: Language = 'en'): NormalisedOverrides {
  if (raw === undefined || raw === null) return { overrides: {}, problems: [] };
  const strings = SEVERITY_SETTING_STRINGS[language];
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      overrides: {},
      problems: [fill(strings.notAnObject, { setting: SETTING, got: describe(raw, strings) })],
    };
  }
  const overrides: Record<string, Severity | 'off'> = {};
  const problems: string[] = [];
  for (const [rawKey, rawValue] of Object.entries(raw)) {
    const key = normaliseKey(rawKey);
    const value = normaliseValue(rawValue);
    if (key === undefined) problems.push(keyProblem(rawKey, language));
    else if (value === undefined) problems.push(valueProblem(rawKey, rawValue, language));
    else overrides[key] = value;
  }
  return { overrides, problems };
}

function normaliseKey(rawKey: string): string | undefined {
  const key = rawKey.trim().toLowerCase();
  if (CLASS_KEY.test(key)) return key;
  if (CODE_KEY.test(key)) return isStatusCodeNumber(Number(key)) ? key : undefined;
  return (RULE_IDS as readonly string[]).includes(key) ? key : undefined;
}

function normaliseValue(rawValue: unknown): Severity | 'off' | undefined {
  if (typeof rawValue !== 'string') return undefined;
  const value = rawValue.trim().toLowerCase();
  return VALUES.find((allowed) => allowed === value);
}

type SettingStrings = (typeof SEVERITY_SETTING_STRINGS)[Language];

function keyProblem(rawKey: string, language: Language): string {
  const template = SEVERITY_SETTING_STRINGS[language].badKey;
  return fill(template, { setting: SETTING, key: rawKey, ruleIds: RULE_IDS.join(', ') });
}

function valueProblem(rawKey: string, rawValue: unknown, language: Language): string {
  const strings = SEVERITY_SETTING_STRINGS[language];
  const value = describe(rawValue, strings);
  return fill(strings.badValue, { setting: SETTING, key: rawKey, value, allowed: VALUES.join(', ') });
}

function describe(value: unknown, strings: SettingStrings): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return strings.anArray;
  return value === null ? 'null' : typeof value === 'object' ? strings.anObject : String(value);
}
