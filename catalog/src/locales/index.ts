import type { Language } from '../language';
import type { LocaleContent } from '../types';
import { en } from './en';
import { zhCn } from './zh-cn';

export const LOCALES: Readonly<Record<Language, LocaleContent>> = { en, 'zh-cn': zhCn };

export const DEFAULT_LOCALE: Language = 'en';
