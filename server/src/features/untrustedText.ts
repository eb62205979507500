/**
 * The one filter for text that came from a log, applied wherever SIP Lens shows it: hovers,
 * diagnostics and their related information, the Outline, inlay hints, code-action titles and
 * the CLI's output (file names included). It replaces with U+FFFD:
 * - C0 controls but tab and line feed, DEL and C1 controls: in a terminal they move the cursor,
 *   recolour the screen or start OSC/CSI sequences;
 * - bidi controls (ALM U+061C, LRM/RLM U+200E/F, the embeddings and overrides U+202A-E, the
 *   isolates U+2066-9): they reorder what a reader sees, so "486 \u202etnuocca ruoy yfirev" reads
 *   as an instruction in the Problems panel;
 * - lone UTF-16 surrogates: invalid text that renderers and JSON encoders treat differently.
 * Markdown surfaces also keep log text from forming links (markdown.ts).
 */
const UNSAFE_CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/gu;

/** `text` with every character listed above replaced by U+FFFD. */
export function replaceUnsafeControls(text: string): string {
  return text.replace(UNSAFE_CONTROLS, '\ufffd');
}
