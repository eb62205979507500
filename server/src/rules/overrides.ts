import { isStatusCodeNumber } from '../../../catalog/src/index';
import { RULE_IDS } from './registry';
import type { Severity, SeverityOverrides } from './types';

const SETTING = 'sipLens.diagnostics.severity';
const VALUES: readonly (Severity | 'off')[] = ['error', 'warning', 'information', 'hint', 'off'];
const CLASS_KEY = /^[1-6]xx$/u;
const CODE_KEY = /^\d{3}$/u;

export interface NormalisedOverrides {
  readonly overrides: SeverityOverrides;
  /** One readable line per rejected entry, for the server to log or show. */
  readonly problems: string[];
}

/**
 * Validates the user's severity overrides. Keys must be a class ("4xx"), a 3-digit status
 * code ("480") or a rule id; values one of error/warning/information/hint/off. Anything else
 * is dropped and reported, so one typo never disables the whole setting.
 * Keys and values are accepted case-insensitively ("4XX", "Warning") and stored lower case.
 */
export function normaliseSeverityOverrides(raw: unknown): NormalisedOverrides {
  if (raw === undefined || raw === null) return { overrides: {}, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      overrides: {},
      problems: [`${SETTING} must be an object such as { "480": "information" }; got ${describe(raw)}.`],
    };
  }
  const overrides: Record<string, Severity | 'off'> = {};
  const problems: string[] = [];
  for (const [rawKey, rawValue] of Object.entries(raw)) {
    const key = normaliseKey(rawKey);
    const value = normaliseValue(rawValue);
    if (key === undefined) problems.push(keyProblem(rawKey));
    else if (value === undefined) problems.push(valueProblem(rawKey, rawValue));
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

function keyProblem(rawKey: string): string {
  return `${SETTING}: ignored key "${rawKey}": use a class (1xx-6xx), a status code (100-699) or a rule id (${RULE_IDS.join(', ')}).`;
}

function valueProblem(rawKey: string, rawValue: unknown): string {
  return `${SETTING}: ignored "${rawKey}": ${describe(rawValue)} is not one of ${VALUES.join(', ')}.`;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value);
}
