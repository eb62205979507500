/**
 * FreeSWITCH (fs_cli) and other consoles colour their output with ANSI escape sequences such
 * as `\x1b[32m`. The scanners must see through them, yet every offset they report must point
 * into the original text. So instead of stripping the sequences we overwrite each one with the
 * same number of NUL characters, which every scanner treats as blank (see `isBlank`).
 */

// CSI sequences (`ESC [ params intermediates final`) and any other lone ESC. The bounded
// repetitions keep the pattern linear on hostile input, and cap a sequence at 38 characters.
// eslint-disable-next-line no-control-regex
const ANSI_SEQUENCE = /\u001b(?:\[[0-9;?]{0,32}[ -/]{0,4}[@-~])?/y;
const NULS = '\u0000'.repeat(64);

/**
 * The text with every ANSI escape sequence replaced by NULs of the same length. The pieces are
 * found with `indexOf` and joined once: about twice as fast on a coloured 50 MB log as a
 * `replace` with a callback per sequence.
 */
export function maskAnsi(text: string): string {
  let escape = text.indexOf('\u001b');
  if (escape === -1) return text;
  const parts: string[] = [];
  let copied = 0;
  while (escape !== -1) {
    ANSI_SEQUENCE.lastIndex = escape;
    ANSI_SEQUENCE.test(text);
    const end = ANSI_SEQUENCE.lastIndex;
    parts.push(text.slice(copied, escape), NULS.slice(0, end - escape));
    copied = end;
    escape = text.indexOf('\u001b', end);
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
