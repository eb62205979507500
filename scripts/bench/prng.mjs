// A small seeded PRNG (mulberry32), so the generated logs and the hover positions are the same
// bytes on every machine and every run: figures from two runs then measure the server, not the data.

/** @param {number} seed */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** An integer in [0, n). */
  const int = (n) => Math.floor(next() * n);
  /** An integer in [min, max]. */
  const between = (min, max) => min + int(max - min + 1);
  /** @template T @param {readonly T[]} items @returns {T} */
  const pick = (items) => items[int(items.length)];
  const chance = (p) => next() < p;
  const hex = (length) => {
    let out = '';
    while (out.length < length) out += int(0x10000).toString(16).padStart(4, '0');
    return out.slice(0, length);
  };
  /** Picks a key of `weights` with probability proportional to its value. */
  const weighted = (weights) => {
    const entries = Object.entries(weights);
    let roll = next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return entries[entries.length - 1][0];
  };
  return { next, int, between, pick, chance, hex, weighted };
}
