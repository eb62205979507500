import assert from 'node:assert/strict';

/** Runs every check and reports all failing codes at once, so one run shows every gap. */
export function assertForEach<T>(
  items: readonly T[],
  label: (item: T) => string,
  check: (item: T) => string | undefined,
): void {
  const failures = items.map((item) => ({ item, problem: check(item) })).filter((f) => f.problem !== undefined);
  assert.deepEqual(
    failures.map((f) => `${label(f.item)}: ${f.problem}`),
    [],
  );
}
