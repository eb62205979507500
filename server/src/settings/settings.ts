/**
 * The server's view of the `sipLens.*` settings: one typed object with defaults, and a
 * validator that turns anything a user can type into settings.json into safe values.
 * Bad values never crash the server; they fall back to defaults and are reported once.
 */
import { normaliseSeverityOverrides } from '../rules';
import type { SeverityOverrides } from '../rules/types';

export interface SipLensSettings {
  readonly diagnosticsEnabled: boolean;
  readonly severityOverrides: SeverityOverrides;
  readonly maxDiagnostics: number;
  readonly inlayHintsEnabled: boolean;
}

export const DEFAULT_SETTINGS: SipLensSettings = {
  diagnosticsEnabled: true,
  severityOverrides: {},
  maxDiagnostics: 1000,
  inlayHintsEnabled: true,
};

/** Hard ceiling so a typo like 1e9 cannot make the server build millions of diagnostics. */
const MAX_DIAGNOSTICS_CEILING = 100_000;

export interface SettingsResult {
  readonly settings: SipLensSettings;
  readonly problems: readonly string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readBoolean(raw: Record<string, unknown>, path: string[], fallback: boolean, problems: string[]): boolean {
  const value = readPath(raw, path);
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  problems.push(`sipLens.${path.join('.')} must be true or false; using ${fallback}.`);
  return fallback;
}

function readMaxDiagnostics(raw: Record<string, unknown>, problems: string[]): number {
  const value = readPath(raw, ['maxDiagnostics']);
  const fallback = DEFAULT_SETTINGS.maxDiagnostics;
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0)
    return Math.min(value, MAX_DIAGNOSTICS_CEILING);
  problems.push(`sipLens.maxDiagnostics must be a whole number of 0 or more; using ${fallback}.`);
  return fallback;
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

/** Validates the raw `sipLens` configuration section. */
export function parseSettings(raw: unknown): SettingsResult {
  const problems: string[] = [];
  if (raw !== undefined && raw !== null && !isRecord(raw)) {
    return { settings: DEFAULT_SETTINGS, problems: ['The sipLens settings must be an object; using defaults.'] };
  }
  const section = isRecord(raw) ? raw : {};
  const severity = readPath(section, ['diagnostics', 'severity']);
  const overrides = normaliseSeverityOverrides(severity ?? {});
  problems.push(...overrides.problems);
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
    },
    problems,
  };
}
