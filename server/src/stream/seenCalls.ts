/**
 * The Call-IDs of calls judged before the end of the stream, to notice one that comes back: its two
 * parts were judged apart, so its findings may differ from a whole-text analysis (check.ts says how
 * many). A Bloom filter of fixed size, so memory stays flat however many calls the log has: it can
 * say "seen" for a Call-ID it never saw, about once in fifteen million lookups at a million
 * calls (16 MiB of bits, five hashes), never "not seen" for one it did.
 */

const BITS = 2 ** 27;
const HASHES = 5;

/** FNV-1a over UTF-16 code units, with a seed: two independent 32-bit hashes give all five (Kirsch–Mitzenmacher). */
function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export class SeenCalls {
  /** Allocated at the first call judged early: a log that fits the horizon never pays for it. */
  private bits: Uint32Array | undefined;

  add(callId: string): void {
    const bits = (this.bits ??= new Uint32Array(BITS / 32));
    for (const bit of bitsOf(callId)) bits[bit >>> 5] = (bits[bit >>> 5] as number) | (1 << (bit & 31));
  }

  mightHave(callId: string): boolean {
    const bits = this.bits;
    if (bits === undefined) return false;
    for (const bit of bitsOf(callId)) if (((bits[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return false;
    return true;
  }
}

function bitsOf(callId: string): number[] {
  const first = fnv1a(callId, 0);
  const second = fnv1a(callId, 0x9e3779b9) | 1;
  const bits: number[] = [];
  for (let i = 0; i < HASHES; i++) bits.push(((first + Math.imul(i, second)) >>> 0) & (BITS - 1));
  return bits;
}
