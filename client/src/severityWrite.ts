/**
 * What "Turn off diagnostics for N" writes, and where, worked out from the setting's value at
 * each scope (`WorkspaceConfiguration.inspect`) rather than from its merged value: writing the
 * merged value back would copy the user's own overrides into the workspace's settings file.
 * Kept free of the vscode module so the rules can be tested with a fake configuration.
 */
import { ENGLISH, type L10n } from './translation';

export type SettingScope = 'user' | 'workspace' | 'workspaceFolder';

/** The values `inspect()` reports for `sipLens.diagnostics.severity` (defaults are not ours to change). */
export interface ScopedValues {
  readonly globalValue?: unknown;
  readonly workspaceValue?: unknown;
  readonly workspaceFolderValue?: unknown;
}

/** One write: the scope, the value there before (undefined when unset), and the value to write. */
export interface SeverityWrite {
  readonly scope: SettingScope;
  readonly previous: unknown;
  readonly next: Readonly<Record<string, unknown>>;
}

/** The configuration as the command sees it: a fake one in the unit tests. */
export interface SeverityConfiguration {
  inspect(): ScopedValues | undefined;
  update(value: unknown, scope: SettingScope): Thenable<void> | Promise<void>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(values: ScopedValues | undefined, scope: SettingScope): unknown {
  if (scope === 'user') return values?.globalValue;
  return scope === 'workspace' ? values?.workspaceValue : values?.workspaceFolderValue;
}

/**
 * The write that turns `code` off. Without a folder open there is no workspace to write to, so
 * the user's settings get it. With one, the workspace value, unless the document's folder sets
 * this code itself: that folder value would win, so it is the one changed. Only the chosen
 * scope's own value is extended; other scopes are never read into it.
 */
export function planTurnOff(values: ScopedValues | undefined, code: number, hasFolder: boolean): SeverityWrite {
  const key = String(code);
  const folder = values?.workspaceFolderValue;
  const scope: SettingScope = !hasFolder ? 'user' : isRecord(folder) && key in folder ? 'workspaceFolder' : 'workspace';
  const previous = valueAt(values, scope);
  return { scope, previous, next: { ...(isRecord(previous) ? previous : {}), [key]: 'off' } };
}

/** Where a scope's settings live, as the confirmation names it. */
export function scopeName(scope: SettingScope, workspaceFile: string | undefined, l10n: L10n = ENGLISH): string {
  if (scope === 'user') return l10n.t('your user settings (no folder is open)');
  if (scope === 'workspaceFolder') return l10n.t("this folder's settings (.vscode/settings.json)");
  return workspaceFile
    ? l10n.t('the workspace settings ({0})', workspaceFile)
    : l10n.t('the workspace settings (.vscode/settings.json)');
}

export interface TurnOffDependencies {
  readonly configuration: SeverityConfiguration;
  readonly hasFolder: boolean;
  /** The .code-workspace file's name in a multi-root workspace. */
  readonly workspaceFile?: string;
  /** Shows `message` with an Undo button; resolves true when the user picked Undo. */
  confirm(message: string): Thenable<boolean> | Promise<boolean>;
  log(message: string): void;
  /** The language of the messages and the Undo button; English when absent. */
  readonly l10n?: L10n;
}

/**
 * Turns `code` off at one scope and says where. The confirmation offers Undo, which puts that
 * scope's previous value back; the write does not wait for it (a notification can stay open
 * indefinitely): `settled` resolves once the user answered.
 */
export async function turnOffDiagnostics(
  code: number,
  deps: TurnOffDependencies,
): Promise<{ write: SeverityWrite; settled: Promise<void> }> {
  const l10n = deps.l10n ?? ENGLISH;
  const write = planTurnOff(deps.configuration.inspect(), code, deps.hasFolder);
  await deps.configuration.update(write.next, write.scope);
  const where = scopeName(write.scope, deps.workspaceFile, l10n);
  deps.log(l10n.t('SIP Lens: diagnostics for {0} turned off in {1} (sipLens.diagnostics.severity).', code, where));
  const confirmation = l10n.t('SIP Lens: diagnostics for {0} are off, written to {1}.', code, where);
  const settled = Promise.resolve(deps.confirm(confirmation)).then(async (undo) => {
    if (!undo) return;
    await deps.configuration.update(write.previous, write.scope);
    deps.log(l10n.t('SIP Lens: undone; sipLens.diagnostics.severity in {0} is back as it was.', where));
  });
  return { write, settled };
}
