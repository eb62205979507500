/** The labels of a comparison as terminal text and as `sip-lens compare --json` (compare-text.ts). */
import { localised } from './l10n';

export const COMPARE_TEXT_STRINGS = localised(
  {
    keyDifferences: 'Key differences',
    whenToUse: 'When to use which',
    sending: 'Sending or configuring:',
    reading: 'Reading a log:',
    /** JSON `whenToUse`: both lists as one paragraph. */
    whenToUseParagraph: 'Sending or configuring: {sending} Reading a log: {reading}',
  },
  {
    keyDifferences: '主要区别',
    whenToUse: '何时使用哪个',
    sending: '发送或配置时：',
    reading: '分析日志时：',
    whenToUseParagraph: '发送或配置时：{sending} 分析日志时：{reading}',
  },
);
