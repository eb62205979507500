/**
 * The punctuation a comparison's terminal text and `sip-lens compare --json` put around the
 * comparison's headings (compare-text.ts); the headings themselves are COMPARISON_HEADINGS, shared
 * with the compare view.
 */
import { localised } from './l10n';

export const COMPARE_TEXT_STRINGS = localised(
  {
    /** A list's label: "Reading a log:". */
    listLabel: '{label}:',
    /** JSON `whenToUse`: both lists as one paragraph. */
    whenToUseParagraph: '{sendingLabel}: {sending} {readingLabel}: {reading}',
  },
  {
    listLabel: '{label}：',
    // Chinese runs sentences together without a space.
    whenToUseParagraph: '{sendingLabel}：{sending}{readingLabel}：{reading}',
  },
);
