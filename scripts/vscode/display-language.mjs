// VS Code's display language for a test run (`SIP_LENS_TEST_LOCALE`). code-server's `--locale` alone
// does not change it: the server turns the locale into a display language only when a language pack
// for it is installed (its languagepacks.json names one), and only then does the workbench set
// `_VSCODE_NLS_LANGUAGE`, which becomes `vscode.env.language` and picks the extensions'
// `package.nls.<language>.json` and `l10n/bundle.l10n.<language>.json`. Microsoft's language packs
// come from the Marketplace, out of reach here, so a run in Chinese installs the minimal language pack
// in language-pack-zh-cn/ (it translates none of VS Code's own strings). CONTRIBUTING.md has the details.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installVsix } from './code-server.mjs';
import { runLogged } from './exec.mjs';
import { repoRoot } from './paths.mjs';

export const DEFAULT_LOCALE = 'en';

/** The display languages a run can use, and the folder of the language pack each needs. */
const LANGUAGE_PACKS = { 'zh-cn': join(repoRoot, 'scripts', 'vscode', 'language-pack-zh-cn') };

/** The languages `SIP_LENS_TEST_LOCALE` accepts. */
export const TEST_LOCALES = [DEFAULT_LOCALE, ...Object.keys(LANGUAGE_PACKS)];

/**
 * The locale `SIP_LENS_TEST_LOCALE` asks for (lower-cased, as VS Code writes it), or undefined when
 * unset: then each suite runs in English and again, for its Chinese part, in zh-cn.
 */
export function requestedLocale(env = process.env) {
  const value = env.SIP_LENS_TEST_LOCALE?.trim().toLowerCase();
  if (!value) return undefined;
  if (!TEST_LOCALES.includes(value)) {
    throw new Error(`SIP_LENS_TEST_LOCALE="${value}" is not one of: ${TEST_LOCALES.join(', ')}`);
  }
  return value;
}

/**
 * The BCP 47 tag a browser of that language sends (Accept-Language, navigator.language); undefined
 * for English, where the browser keeps its own default as it always did.
 */
export function browserLocale(locale) {
  if (locale === DEFAULT_LOCALE) return undefined;
  const [language, region] = locale.split('-');
  return region ? `${language}-${region.toUpperCase()}` : language;
}

/**
 * Makes `dirs`' profile show VS Code in `locale`: installs the language pack (none for English) and
 * returns the code-server arguments that select it.
 */
export async function prepareDisplayLanguage(dirs, locale) {
  if (locale === DEFAULT_LOCALE) return [];
  const packDir = LANGUAGE_PACKS[locale];
  const vsix = join(dirs.root, `language-pack-${locale}.vsix`);
  await runLogged(
    'l10n',
    join(repoRoot, 'node_modules', '.bin', 'vsce'),
    ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', vsix],
    { cwd: packDir, env: process.env, logFile: join(dirs.root, 'vsce.log') },
  );
  await installVsix(vsix, dirs);
  writeLanguagePacksFile(dirs, packDir);
  return ['--locale', locale];
}

/**
 * `code-server --install-extension` unpacks a language pack but does not record it in
 * `<user-data-dir>/languagepacks.json` (coder/code-server#3372 and #4735: only an install from the
 * running workbench does), and that file is all the server reads to find one. So write it as VS
 * Code's LanguagePacksCache (src/vs/platform/languagePacks/node/languagePacks.ts) would: per
 * language, a hash naming the cache folder, the extension, and the path of each translation file.
 */
function writeLanguagePacksFile(dirs, packDir) {
  const manifest = JSON.parse(readFileSync(join(packDir, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const installed = join(dirs.extensionsDir, `${id}-${manifest.version}`);
  if (!existsSync(join(installed, 'package.json'))) throw new Error(`the language pack is not at ${installed}`);
  const packs = {};
  for (const { languageId, localizedLanguageName, translations } of manifest.contributes.localizations) {
    packs[languageId] = {
      hash: createHash('sha256').update(id).update(manifest.version).digest('hex'),
      label: localizedLanguageName,
      extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
      translations: Object.fromEntries(translations.map(({ id: part, path }) => [part, join(installed, path)])),
    };
  }
  writeFileSync(join(dirs.userDataDir, 'languagepacks.json'), JSON.stringify(packs));
}
