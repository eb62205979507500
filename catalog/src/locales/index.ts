import type { CodeProse, PairNote, Q850Cause } from '../types';
import { en } from './en';

/** Everything a locale supplies. Missing entries fall back to English. */
export interface LocaleContent {
  readonly codes: Readonly<Record<number, CodeProse>>;
  readonly pairs: readonly PairNote[];
  readonly q850: readonly Q850Cause[];
  readonly classNames: Readonly<Record<string, string>>;
}

export const LOCALES: Readonly<Record<string, LocaleContent>> = { en };

export const DEFAULT_LOCALE = 'en';
