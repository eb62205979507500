/**
 * The client's messages in the language the user chose. Every user-visible client string is
 * written as `l10n.t('English text', ...args)`: the English text is the key of
 * l10n/bundle.l10n.json and of its translations, exactly as `vscode.l10n.t` expects, so the
 * bundles work with VS Code's own loader and with `bundleL10n` below.
 *
 * Pure (no `vscode` import): the pure modules (HTML, Markdown, picker rows, the severity write)
 * take an `L10n` as a parameter defaulting to `ENGLISH`, and the unit tests pass either.
 */
import { DEFAULT_LANGUAGE, type Language, type LanguagePreference } from '../../catalog/src/language';

export type MessageArg = string | number | boolean;
export type NamedArgs = Readonly<Record<string, MessageArg>>;

/** A translator with the signatures of `vscode.l10n.t`: positional `{0}` or named `{name}` arguments. */
export interface L10n {
  /** The language `t` answers in; the catalog prose beside these strings is fetched in it too. */
  readonly language: Language;
  t(message: string, ...args: MessageArg[]): string;
  t(message: string, args: NamedArgs): string;
}

/** A translation bundle as VS Code reads it: English message → translated message. */
export type Bundle = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{(\w+)\}/gu;

function isNamedArgs(value: unknown): value is NamedArgs {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `template` with `{0}`/`{name}` replaced, as `vscode.l10n.t` does; a placeholder without a value
 * stays as written, so a missing argument shows in the text instead of "undefined".
 */
export function formatMessage(template: string, args: readonly unknown[]): string {
  const values: Readonly<Record<string, unknown>> = isNamedArgs(args[0]) ? args[0] : { ...args };
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** A translator over one bundle; a message the bundle lacks is shown in English. */
export function bundleL10n(language: Language, bundle: Bundle): L10n {
  return {
    language,
    t: (message: string, ...args: unknown[]) => formatMessage(bundle[message] ?? message, args),
  };
}

/** English: every message is its own text. The default of every pure module that takes an `L10n`. */
export const ENGLISH: L10n = bundleL10n('en', {});

/**
 * Whether `vscode.l10n.t` can answer for the client: only when the user left `sipLens.language` at
 * `auto`, and then for English (no bundle needed) or when VS Code loaded a bundle for its display
 * language. Otherwise the client reads the chosen language's bundle itself (clientL10n.ts).
 */
export function vsCodeAnswers(
  preference: LanguagePreference | undefined,
  language: Language,
  vsCodeLoadedBundle: boolean,
): boolean {
  return (preference ?? 'auto') === 'auto' && (language === DEFAULT_LANGUAGE || vsCodeLoadedBundle);
}
