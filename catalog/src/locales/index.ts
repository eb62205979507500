import type { LocaleContent } from '../types';
import { en } from './en';

export const LOCALES: Readonly<Record<string, LocaleContent>> = { en };

export const DEFAULT_LOCALE = 'en';
