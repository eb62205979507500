/** What every hostile shape is made of (adversarialShapes.ts, adversarialMessageShapes.ts). */

export interface AdversarialShape {
  readonly name: string;
  /** The pass it attacks, for the report. */
  readonly pass: string;
  readonly build: (size: number) => string;
  /** Size of the 1x input of the fuzz campaign. */
  readonly campaignSize: number;
  /**
   * Size of the unit test's regression case. For the shapes of issue 16's findings (F1-F3) it
   * is one where the quadratic code took over 20 s; linear code takes well under a second.
   */
  readonly guardSize: number;
  /** The finding this shape reproduces, when it was one. */
  readonly finding?: string;
}

export const MB = 1_000_000;

/** `unit` repeated to about `size` characters (at least once). */
export function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.round(size / unit.length)));
}

/** A SIP response at the left margin with `header` repeated: the message reader's own shapes. */
export function messageWith(header: string, repeat: number): string {
  return `SIP/2.0 200 OK\nCall-ID: a@b\nCSeq: 1 INVITE\n${header.repeat(repeat)}\n`;
}
