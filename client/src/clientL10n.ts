/**
 * How the client honours the `sipLens.language` setting (issue 19), so that one setting changes
 * the client's messages, the compare view and the Explain document as it changes the server's.
 *
 * VS Code picks an extension's l10n bundle by its display language only, and offers no way to load
 * another one. So the client:
 * - for `auto` (the default), calls `vscode.l10n.t`, which answers from the bundle VS Code loaded
 *   for its display language; the catalog follows `vscode.env.language` the same way;
 * - for `en` or `zh-cn`, reads the same bundle file for that language itself
 *   (l10n/bundle.l10n.<language>.json; English needs none, its keys are the text) and fills it as
 *   `vscode.l10n.t` would (translation.ts).
 * The setting is read on every message, so a change applies to the next message, picker or render
 * without a reload. What no extension code can change: command titles and setting descriptions
 * (package.nls.*.json) always follow VS Code's display language, as VS Code reads them before any
 * extension runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  DEFAULT_LANGUAGE,
  parseLanguagePreference,
  resolveLanguage,
  type Language,
  type LanguagePreference,
} from '../../catalog/src/language';
import { formatMessage, vsCodeAnswers, type Bundle, type L10n, type MessageArg, type NamedArgs } from './translation';

/** The section and key of the setting, as package.json contributes it. */
export const LANGUAGE_SETTING = { section: 'sipLens', key: 'language' } as const;

export function languagePreference(): LanguagePreference | undefined {
  const value = vscode.workspace.getConfiguration(LANGUAGE_SETTING.section).get<unknown>(LANGUAGE_SETTING.key);
  return parseLanguagePreference(value);
}

/** The language every client surface shows now: the setting, or VS Code's display language for `auto`. */
export function clientLanguage(): Language {
  return resolveLanguage(languagePreference(), vscode.env.language);
}

/** True when a configuration change may have changed `clientLanguage()`. */
export function affectsLanguage(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${LANGUAGE_SETTING.section}.${LANGUAGE_SETTING.key}`);
}

/** A bundle file of the extension, or an empty bundle (English) when it is missing or unreadable. */
function readBundle(extensionPath: string, language: Language, log: (message: string) => void): Bundle {
  if (language === DEFAULT_LANGUAGE) return {};
  const file = join(extensionPath, 'l10n', `bundle.l10n.${language}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Bundle;
  } catch (error) {
    // Said in English on purpose: the bundle that would translate it is what failed to load.
    log(`SIP Lens: could not read ${file}; messages stay in English (${String(error)}).`);
    return {};
  }
}

function viaVsCode(message: string, args: readonly unknown[]): string {
  const [first] = args;
  if (typeof first === 'object' && first !== null) return vscode.l10n.t(message, first as NamedArgs);
  return vscode.l10n.t(message, ...(args as MessageArg[]));
}

/** The client's translator; `extensionPath` is where the l10n folder is. */
export function createClientL10n(extensionPath: string, log: (message: string) => void = () => undefined): L10n {
  const bundles = new Map<Language, Bundle>();
  const bundleFor = (language: Language): Bundle => {
    let bundle = bundles.get(language);
    if (!bundle) bundles.set(language, (bundle = readBundle(extensionPath, language, log)));
    return bundle;
  };
  return {
    get language() {
      return clientLanguage();
    },
    t(message: string, ...args: unknown[]): string {
      const preference = languagePreference();
      const language = resolveLanguage(preference, vscode.env.language);
      if (vsCodeAnswers(preference, language, vscode.l10n.bundle !== undefined)) return viaVsCode(message, args);
      return formatMessage(bundleFor(language)[message] ?? message, args);
    },
  };
}
