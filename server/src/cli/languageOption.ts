/**
 * `--lang <auto|en|zh-cn>`, accepted anywhere before `--` and by every command, and taken out
 * before the command's own flags are read: help, usage errors and output all need the language.
 */
import { languageFromEnvironment, parseLanguagePreference, type Language } from '../../../catalog/src/language';
import { UsageError } from './io';

export const LANG_FLAG = '--lang';

/** The process environment, or what a test passes for it: only the locale variables are read. */
export type Environment = Readonly<Record<string, string | undefined>>;

export interface LanguageChoice {
  readonly language: Language;
  /** The arguments without `--lang` and its value. */
  readonly rest: readonly string[];
}

/**
 * The language `args` ask for, else the environment's (LC_ALL, then LC_MESSAGES, then LANG). The
 * last `--lang` wins, as a later flag overrides an alias's earlier one. A missing or unknown
 * value is a usage error, worded in the environment's language.
 */
export function takeLanguage(args: readonly string[], env: Environment): LanguageChoice {
  const rest: string[] = [];
  let language = languageFromEnvironment(env);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg !== LANG_FLAG) {
      rest.push(arg);
      continue;
    }
    const value = args[++i];
    if (value === undefined) throw new UsageError('needsValue', { option: LANG_FLAG });
    const preference = parseLanguagePreference(value);
    if (preference === undefined) throw new UsageError('badLanguage', { value: value.slice(0, 40) });
    language = preference === 'auto' ? languageFromEnvironment(env) : preference;
  }
  return { language, rest };
}
