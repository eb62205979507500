// Types for generate.mjs, so TypeScript tests (test/integration/large-files.test.ts) can call it.
export declare const DEFAULT_SEED: number;
export declare function generateLog(
  targetBytes: number,
  seed?: number,
): { text: string; flows: Record<string, number> };
export declare function writeLog(
  path: string,
  targetBytes: number,
  seed?: number,
): { text: string; flows: Record<string, number> };
