/**
 * FreeSWITCH (fs_cli) and other consoles colour their output with ANSI escape sequences such
 * as `\x1b[32m`. The scanners must see through them, yet every offset they report must point
 * into the original text. So instead of stripping the sequences we overwrite each one with the
 * same number of NUL characters, which every scanner treats as blank (see `isBlank`).
 */

// CSI sequences (`ESC [ params intermediates final`) and any other lone ESC. The bounded
// repetitions keep the pattern linear on hostile input.
// eslint-disable-next-line no-control-regex
const ANSI_SEQUENCE = /\u001b(?:\[[0-9;?]{0,32}[ -/]{0,4}[@-~])?/g;

/** The text with every ANSI escape sequence replaced by NULs of the same length. */
export function maskAnsi(text: string): string {
  if (text.indexOf('\u001b') === -1) return text;
  return text.replace(ANSI_SEQUENCE, (sequence) => '\u0000'.repeat(sequence.length));
}
