/**
 * Control characters and bidi overrides in log text could move a terminal's cursor, recolour it,
 * or reorder what a hover shows. Every place that displays log text replaces them first.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function replaceUnsafeControls(text: string): string {
  return text.replace(UNSAFE_CONTROLS, '\ufffd');
}
