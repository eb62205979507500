// A tiny sequential test runner: the UI tests share one browser page, so they run in order, each
// with its own pass/fail line, a screenshot on failure, and "N passed, N failed" at the end.
import { screenshot } from './workbench.mjs';

export function createRunner() {
  const tests = [];
  return {
    // SIP_LENS_TEST_GREP narrows the run to the tests whose names contain it, as in the in-VS Code suite.
    test: (name, body) => {
      const grep = process.env.SIP_LENS_TEST_GREP;
      if (!grep || name.includes(grep)) tests.push({ name, body });
    },
    async run(context) {
      let passed = 0;
      let failed = 0;
      for (const [index, { name, body }] of tests.entries()) {
        const startedAt = Date.now();
        try {
          await body(context);
          passed++;
          console.log(`  ✔ ${name} (${Date.now() - startedAt} ms)`);
        } catch (error) {
          failed++;
          console.log(
            `  ✘ ${name}\n    ${String(error instanceof Error ? error.message : error)
              .split('\n')
              .join('\n    ')}`,
          );
          const shot = await screenshot(context.page, context.runDir, `failure-${index + 1}.png`).catch(
            () => undefined,
          );
          if (shot) console.log(`    screenshot: ${shot}`);
        }
      }
      console.log(`\n${passed} passed, ${failed} failed`);
      return { passed, failed };
    },
  };
}
