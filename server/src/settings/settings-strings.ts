/**
 * What the server says about the `sipLens.*` settings it could not use, in the output channel.
 * Setting names and JSON values stay as typed in settings.json, in both languages.
 */
import { localised } from '../../../catalog/src/l10n';

export const SETTINGS_STRINGS = localised(
  {
    notBoolean: 'sipLens.{setting} must be true or false; using {fallback}.',
    badMaxDiagnostics: 'sipLens.maxDiagnostics must be a whole number of 0 or more; using {fallback}.',
    badLanguage: 'sipLens.language must be "auto", "en" or "zh-cn"; using "auto".',
    notAnObject: 'The sipLens settings must be an object; using defaults.',
    unreadable: 'Could not read the sipLens settings ({error}); using defaults.',
    summary: 'SIP Lens settings: {count}. {problems}',
    oneProblem: '1 problem',
    problems: '{count} problems',
    andMore: ' … and {more} more.',
  },
  {
    notBoolean: 'sipLens.{setting} 必须是 true 或 false；改用 {fallback}。',
    badMaxDiagnostics: 'sipLens.maxDiagnostics 必须是大于或等于 0 的整数；改用 {fallback}。',
    badLanguage: 'sipLens.language 必须是 "auto"、"en" 或 "zh-cn"；改用 "auto"。',
    notAnObject: 'sipLens 设置必须是一个对象；改用默认值。',
    unreadable: '无法读取 sipLens 设置（{error}）；改用默认值。',
    summary: 'SIP Lens 设置有 {count}：{problems}',
    oneProblem: '1 个问题',
    problems: '{count} 个问题',
    andMore: '……另有 {more} 个问题。',
  },
);
