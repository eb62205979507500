// UI tests of the SIP Calls view (issue 20): its rows and status bar, the filter, the toggles, and
// scrolling tens of thousands of calls, in a real workbench with the packaged VSIX installed.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { lineNumber, openFromExplorer, runCommand, screenshot, widenSideBar } from './workbench.mjs';
import {
  calledNumber,
  callRows,
  callsPane,
  commandTitle,
  focusedIndex,
  medianAndWorst,
  nextFocused,
  paneDescription,
  setFilter,
  titleButton,
  titleButtons,
  writeCallsLog,
} from './callsView.mjs';

export function registerCallsViewTests({ test }) {
  test('the SIP Calls view lists the calls of a log, counts them in the status bar, and reveals one', async ({
    page,
    workspace,
    imagesDir,
  }) => {
    await runCommand(page, 'View: Show Explorer');
    await openFromExplorer(page, 'call-outcomes.log');
    await runCommand(page, 'Explorer: Focus on SIP Calls View');
    const rows = callRows(callsPane(page, CALLS_VIEW));
    const rejected = rows.filter({ hasText: '+442079460000' }).first();
    await rejected.waitFor({ timeout: 30_000 });
    assert.equal(await rows.count(), 5, `rows:\n${(await rows.allInnerTexts()).join('\n')}`);
    assert.match(await rejected.innerText(), /503 Service Unavailable/u);
    await page.locator('.statusbar-item', { hasText: 'SIP: 5 calls · 3 failed' }).first().waitFor({ timeout: 30_000 });
    await rejected.click();
    const line = lineNumber(workspace, 'call-outcomes.log', 'INVITE sip:+442079460000@');
    await page
      .locator('.statusbar-item', { hasText: `Ln ${line},` })
      .first()
      .waitFor({ timeout: 30_000 });
    // For the picture: a side bar wide enough for the rows' start, duration and code.
    await widenSideBar(page, 330);
    // From the revealed line down: the rows, the line they revealed and the status bar (the VSIX's size budget).
    const current = page.locator('.editor-instance .current-line').first();
    const boxes = [await current.boundingBox(), await callsPane(page, CALLS_VIEW).boundingBox()].filter(Boolean);
    const viewport = page.viewportSize() ?? { width: 1440, height: 900 };
    const top = Math.max(0, Math.min(...boxes.map((box) => box.y)) - 60);
    const clip = { x: 0, y: top, width: viewport.width, height: viewport.height - top };
    await screenshot(page, imagesDir, 'calls-view.jpg', clip);
    await runCommand(page, 'View: Close All Editors');
  });

  test('the Calls view’s filter narrows the rows; its funnel fills while set, beside a clear button', async ({
    page,
  }) => {
    const pane = await showCallsOf(page, 'call-outcomes.log');
    const rows = callRows(pane);
    await rows.nth(4).waitFor({ timeout: 30_000 });
    await setFilter(page, pane, await titleButton(pane, commandTitle('sipLens.calls.filter')), 'rejected');
    try {
      assert.deepEqual(
        (await rows.allInnerTexts()).map((text) => /\d{3} [A-Z][\w ]+$/mu.exec(text)?.[0]),
        ['503 Service Unavailable', '499 Request Rejected'],
      );
      assert.equal(await paneDescription(pane), '2 of 5 · filter: rejected');
      const buttons = await titleButtons(pane);
      console.log(`[figure] Calls view buttons while filtered: ${buttons.join(' | ')}`);
      assert.ok(buttons.includes(commandTitle('sipLens.calls.editFilter')), 'the filled funnel shows');
      assert.ok(!buttons.includes(commandTitle('sipLens.calls.filter')), 'the empty funnel is gone');
      // "failed" names every failure state; a number filters by its digits.
      await setFilter(page, pane, await titleButton(pane, commandTitle('sipLens.calls.editFilter')), 'failed');
      await pane.locator('.pane-header .description', { hasText: '3 of 5' }).waitFor({ timeout: 30_000 });
    } finally {
      await (await titleButton(pane, commandTitle('sipLens.calls.clearFilter'))).click();
    }
    await pane.locator('.pane-header .description', { hasText: /^\s*5\s*$/u }).waitFor({ timeout: 30_000 });
    // The tree redraws its rows just after the description changes.
    await rows.nth(4).waitFor({ timeout: 30_000 });
    await titleButton(pane, commandTitle('sipLens.calls.filter'));
    await runCommand(page, 'View: Close All Editors');
  });

  test('the Calls view’s toggles swap buttons with their state: pings shown and hidden, calls grouped and listed', async ({
    page,
  }) => {
    // The trace has an OPTIONS ping beside its call.
    const pane = await showCallsOf(page, 'trace.sip');
    const rows = callRows(pane);
    await rows.filter({ hasText: 'alice → bob' }).waitFor({ timeout: 30_000 });
    assert.equal(await rows.count(), 1, `the ping is hidden: ${(await rows.allInnerTexts()).join(' / ')}`);
    await (await titleButton(pane, commandTitle('sipLens.calls.showPings'))).click();
    const hide = await titleButton(pane, commandTitle('sipLens.calls.hidePings'));
    await rows.filter({ hasText: 'alice → carol' }).waitFor({ timeout: 30_000 });
    await hide.click();
    await rows.filter({ hasText: 'alice → carol' }).waitFor({ state: 'detached', timeout: 30_000 });
    await titleButton(pane, commandTitle('sipLens.calls.showPings'));

    await openFromExplorer(page, 'call-outcomes.log');
    await rows.filter({ hasText: '+442079460000' }).waitFor({ timeout: 30_000 });
    await (await titleButton(pane, commandTitle('sipLens.calls.groupByState'))).click();
    const groups = pane.locator('.monaco-list-row', { hasNotText: '→' });
    try {
      const list = await titleButton(pane, commandTitle('sipLens.calls.listInLogOrder'));
      await groups.first().waitFor({ timeout: 30_000 });
      // Label and count; the pane may be too short for the last groups, which the list then leaves unrendered.
      const groupTexts = await groups.evaluateAll((rows) =>
        rows.map((row) =>
          [row.querySelector('.label-name'), row.querySelector('.label-description')]
            .map((part) => part?.textContent?.trim())
            .join(' '),
        ),
      );
      console.log(`[figure] Calls view groups: ${groupTexts.join(' | ')}`);
      assert.deepEqual(groupTexts.slice(0, 3), ['busy 1', 'rejected 2', 'cancelled 1']);
      await list.click();
      await groups.first().waitFor({ state: 'detached', timeout: 30_000 });
    } finally {
      if (await groups.count()) await runCommand(page, commandTitle('sipLens.calls.listInLogOrder'));
    }
    await titleButton(pane, commandTitle('sipLens.calls.groupByState'));
    await runCommand(page, 'View: Close All Editors');
  });

  test('the Calls view scrolls through 21,000 calls with the keyboard, to the last one', async ({
    page,
    workspace,
  }) => {
    const path = join(workspace, SCROLL_LOG);
    writeCallsLog(path, SCROLL_CALLS);
    try {
      const figures = await scrollToTheLastCall(page);
      console.log(
        `[figure] Calls view, ${SCROLL_CALLS} calls: after opening, diagnostics ${figures.diagnosticsMs} ms, first rows ` +
          `${figures.firstRowsMs} ms, all listed ${figures.listedMs} ms; PageDown ×${figures.steps.length} (${figures.rowsPerPage} rows a page): ` +
          `median ${figures.median} ms, worst ${figures.worst} ms, in all ${figures.scrollMs} ms; Home ${figures.homeMs} ms, ` +
          `End ${figures.endMs} ms`,
      );
    } finally {
      await runCommand(page, 'View: Close All Editors').catch(() => undefined);
      rmSync(path, { force: true });
    }
  });

  // Call flow (issue 21): its own block.
}

/** Opens `file` from the Explorer and shows the Calls view (a fresh workbench has it collapsed); returns its pane. */
async function showCallsOf(page, file) {
  await runCommand(page, 'View: Show Explorer');
  await openFromExplorer(page, file);
  await runCommand(page, 'Explorer: Focus on SIP Calls View');
  return callsPane(page, CALLS_VIEW);
}

/** Opens the generated log, waits for its rows, then pages down from the first call to the last, timing each step. */
async function scrollToTheLastCall(page) {
  const pane = callsPane(page, CALLS_VIEW);
  // The view open on a small log first, as when an engineer moves on to the next log.
  await showCallsOf(page, 'call-outcomes.log');
  await callRows(pane).filter({ hasText: '+442079460000' }).waitFor({ timeout: 30_000 });
  // The file watcher may not have told the Explorer of the new file yet.
  const folders = callsPane(page, 'workspace');
  await (await titleButton(folders, 'Refresh Explorer')).click();
  const entry = page.locator('.explorer-folders-view .monaco-list-row', { hasText: SCROLL_LOG });
  await entry.waitFor({ timeout: 30_000 });
  const startedAt = Date.now();
  // Not openFromExplorer: a 10 MB log takes longer than its deadline to reach the browser's editor.
  await entry.click();
  const first = callRows(pane).filter({ hasText: calledNumber(0) });
  const since = async (locator) => {
    await locator.waitFor({ timeout: 120_000 });
    return Date.now() - startedAt;
  };
  // The Problems count in the status bar reaches thousands ("1K"): the big log's diagnostics have arrived.
  const problems = page.locator('#status\\.problems', { hasText: /\dK/u });
  const [diagnosticsMs, firstRowsMs, listedMs] = await Promise.all([
    since(problems),
    since(first),
    since(pane.locator('.pane-header .description', { hasText: String(SCROLL_CALLS) })),
  ]);
  // More rows a page: the Calls view takes the side bar's height while the folder's section is collapsed.
  await folders.locator('.pane-header').click();
  await folders.locator('.pane-header[aria-expanded="false"]').waitFor({ timeout: 30_000 });
  await first.click();
  const steps = [];
  let index = await focusedIndex(pane);
  const scrollStart = Date.now();
  while (index < SCROLL_CALLS - 1) {
    const before = Date.now();
    await page.keyboard.press('PageDown');
    const next = await nextFocused(pane, index);
    steps.push(Date.now() - before);
    assert.ok(next > index, `PageDown moved the focus back, from row ${index} to ${next}`);
    index = next;
  }
  const scrollMs = Date.now() - scrollStart;
  const last = callRows(pane).filter({ hasText: calledNumber(SCROLL_CALLS - 1) });
  assert.ok(await last.isVisible(), 'the last call’s row is on screen');
  const timed = async (key, row) => {
    const before = Date.now();
    await page.keyboard.press(key);
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    return Date.now() - before;
  };
  const homeMs = await timed('Home', first);
  const endMs = await timed('End', last);
  const { median, worst } = medianAndWorst(steps);
  const rowsPerPage = Math.round((SCROLL_CALLS - 1) / Math.max(1, steps.length));
  await folders.locator('.pane-header').click();
  return { diagnosticsMs, firstRowsMs, listedMs, steps, rowsPerPage, median, worst, scrollMs, homeMs, endMs };
}

/** The Calls view's title in English. */
const CALLS_VIEW = 'SIP Calls';
/** Generated in the workspace by the scrolling test and deleted after it (never committed: .gitignore). */
const SCROLL_LOG = 'calls-scroll.generated.log';
const SCROLL_CALLS = 21_000;
