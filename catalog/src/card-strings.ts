/**
 * The words of a code card that are not catalog prose: its section headings, named after the
 * reference page's sections (描述, 何时出现, 如何修复, 重试建议, 易混淆的状态码), and its badges.
 */
import { localised } from './l10n';

export const CARD_TITLES = localised(
  {
    /** The compare view heads the lead paragraph with it; the hover and the CLI lead with the text alone. */
    description: 'Description',
    whenItAppears: 'When it appears',
    howToFix: 'How to fix',
    retry: 'Retry',
    deprecation: 'Deprecated',
    stirShaken: 'STIR/SHAKEN',
    origin: 'Origin',
    related: 'Often confused with',
  },
  {
    description: '描述',
    whenItAppears: '何时出现',
    howToFix: '如何修复',
    retry: '重试建议',
    deprecation: '已弃用',
    stirShaken: 'STIR/SHAKEN',
    origin: '来源',
    related: '易混淆的状态码',
  },
);

export const CARD_BADGES = localised(
  {
    /** "4xx Client Failure". */
    class: '{codeClass} {className}',
    unregistered: 'Not IANA-registered',
    deprecated: 'Deprecated',
  },
  {
    class: '{codeClass} {className}',
    unregistered: '未在 IANA 登记',
    deprecated: '已弃用',
  },
);

/** The punctuation between a related code and its note ("600 Busy Everywhere: …"), full-width in Chinese. */
export const CARD_PUNCTUATION = localised({ noteSeparator: ': ' }, { noteSeparator: '：' });
