// The UI test of the Chinese pass (run.mjs): a VS Code whose display language is zh-cn, with the
// packaged VSIX installed. VS Code's own menus stay English there (the test language pack translates
// none of them), so workbench commands are still run by their English titles; SIP Lens's are not.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/vscode/paths.mjs';
import {
  callRows,
  callsPane,
  commandTitle as titleIn,
  paneDescription,
  rowLabels,
  setFilter,
  titleButton,
  titleButtons,
} from './callsView.mjs';
import {
  frameWith,
  goToLine,
  openFromExplorer,
  pickInQuickInput,
  runCommand,
  screenshot,
  widenSideBar,
} from './workbench.mjs';

/** The bottom-left of the window from just above `locators` down to the status bar, as a screenshot clip. */
async function bottomLeftAround(page, locators) {
  const boxes = (await Promise.all(locators.map((locator) => locator.boundingBox()))).filter(Boolean);
  const viewport = page.viewportSize() ?? { width: 1440, height: 900 };
  const top = Math.max(0, Math.min(...boxes.map((box) => box.y)) - 8);
  const right = Math.min(viewport.width, Math.max(...boxes.map((box) => box.x + box.width)) + 8);
  return { x: 0, y: top, width: right, height: viewport.height - top };
}

/** JPEG like the other README pictures: docs/images/*.jpg ship in the VSIX (.vscodeignore). */
export const COMPARE_ZH_CN_IMAGE = 'compare-zh-cn.jpg';
export const CALLS_ZH_CN_IMAGE = 'calls-view-zh-cn.jpg';
const HAN = /\p{Script=Han}/u;
/** The headings of the reference page the compare view follows in Chinese (issue 19). */
const REFERENCE_HEADINGS = { differences: '主要区别', when: '何时使用哪个' };

function readJson(relativePath) {
  return JSON.parse(readFileSync(join(repoRoot, relativePath), 'utf8'));
}

/** The title VS Code shows for a SIP Lens command in Chinese: its `%key%` in package.nls.zh-cn.json. */
function commandTitle(command) {
  const raw = readJson('package.json').contributes.commands.find((entry) => entry.command === command)?.title;
  assert.ok(raw, `package.json contributes no ${command}`);
  const key = /^%(.+)%$/u.exec(raw)?.[1];
  assert.ok(key, `${command}'s title is not a %key%: ${raw}`);
  const title = readJson('package.nls.zh-cn.json')[key];
  assert.ok(title && HAN.test(title), `package.nls.zh-cn.json's title for ${command} is not Chinese: ${title}`);
  return title;
}

export function registerChineseTests({ test }) {
  test('in Chinese, the Command Palette finds Compare by its Chinese title; 100 vs 607 shows the reference page’s headings', async ({
    page,
    imagesDir,
  }) => {
    const title = commandTitle('sipLens.compareCodes');
    await runCommand(page, 'View: Close All Editors');
    // runCommand waits for a palette row showing `title`: the Chinese title VS Code resolved.
    await runCommand(page, title);
    await pickInQuickInput(page, '100', '100', '（1/2）');
    await pickInQuickInput(page, '607', '607', '（2/2）');
    const frame = await frameWith(page, '#title', '607');
    try {
      const heading = async (id) => (await frame.locator(`#${id}`).innerText()).trim();
      const shown = { differences: await heading('differences-heading'), when: await heading('when-heading') };
      await screenshot(page, imagesDir, COMPARE_ZH_CN_IMAGE);
      console.log(`[figure] zh-cn compare view headings: ${shown.differences} | ${shown.when}`);
      assert.deepEqual(shown, REFERENCE_HEADINGS);
    } finally {
      await runCommand(page, 'View: Close All Editors');
    }
  });

  test('in Chinese, the SIP Calls view speaks Chinese: rows, tooltip, buttons, filter, status bar and statistics', async ({
    page,
    imagesDir,
  }) => {
    const zh = (command) => titleIn(command, 'package.nls.zh-cn.json');
    await openFromExplorer(page, 'call-outcomes.log');
    // The status bar item counts the calls and opens the view.
    const status = page.locator('.statusbar-item', { hasText: 'SIP：5 个呼叫 · 3 个失败' }).first();
    await status.waitFor({ timeout: 30_000 });
    await status.click();
    const pane = callsPane(page, 'SIP 呼叫');
    const rows = callRows(pane);
    await rows.nth(4).waitFor({ timeout: 30_000 });
    try {
      const labels = await rowLabels(pane);
      const buttons = await titleButtons(pane);
      console.log(`[figure] zh-cn Calls rows: ${labels.join(' | ')}`);
      console.log(`[figure] zh-cn Calls buttons: ${buttons.join(' | ')}`);
      assert.ok(
        labels.some((label) => label.includes('状态：忙')),
        `no busy call among ${labels.join(' | ')}`,
      );
      for (const text of labels) assert.match(text, HAN, `not Chinese: ${text}`);
      // VS Code's own buttons (Collapse All, More Actions) stay English: the test language pack has no words for them.
      const ours = ['sipLens.calls.filter', 'sipLens.calls.showPings', 'sipLens.calls.groupByState'].map(zh);
      for (const title of ours) assert.ok(buttons.includes(title), `no button "${title}" among ${buttons.join(' | ')}`);
      // The tooltip of the 503 call, in the picture, beside rows wide enough for their start and outcome.
      await widenSideBar(page, 330);
      await rows.filter({ hasText: '+442079460000' }).hover();
      const tooltip = page.locator('.monaco-hover, .workbench-hover', { hasText: '最终响应：503' }).first();
      await tooltip.waitFor({ timeout: 30_000 });
      const tip = await tooltip.innerText();
      console.log(`[figure] zh-cn Calls tooltip: ${tip.replace(/\n/gu, ' / ')}`);
      assert.match(tip, /状态：被拒绝（呼叫）/u);
      // Only the view, its tooltip and the status bar: the picture ships in the VSIX (its size budget).
      await screenshot(page, imagesDir, CALLS_ZH_CN_IMAGE, await bottomLeftAround(page, [tooltip, pane]));
      await page.mouse.move(5, 5);

      await setFilter(page, pane, await titleButton(pane, zh('sipLens.calls.filter')), '失败');
      assert.equal(await paneDescription(pane), '显示 3 / 5 · 筛选：失败');
      assert.equal(await rows.count(), 3);
      await (await titleButton(pane, zh('sipLens.calls.clearFilter'))).click();
      await pane.locator('.pane-header .description', { hasText: /^\s*5\s*$/u }).waitFor({ timeout: 30_000 });

      await runCommand(page, zh('sipLens.showCallStatistics'));
      const statistics = page.locator('.editor-instance .view-line', { hasText: '按类型统计的呼叫' }).first();
      await statistics.waitFor({ timeout: 30_000 });
      await page.locator('.tabs-container .tab.active', { hasText: 'call-outcomes.log（统计）' }).waitFor();
    } finally {
      await page.keyboard.press('Escape');
      await runCommand(page, 'View: Close All Editors');
    }
  });

  // Call flow (issue 21): its own block.
  test('in Chinese, "显示呼叫流程" draws the ladder with Chinese words around the log’s own', async ({
    page,
    runDir,
  }) => {
    await runCommand(page, 'View: Show Explorer');
    await openFromExplorer(page, 'call-outcomes.log');
    await goToLine(page, 164);
    await runCommand(page, commandTitle('sipLens.showCallFlow'));
    await pickInQuickInput(page, '+442079460000', '+442079460000', '显示哪个呼叫的呼叫流程？');
    const frame = await frameWith(page, 'g.arrow', '503 Service Unavailable');
    try {
      const facts = await frame.locator('.facts').innerText();
      const offer = await frame.locator('tspan.sdp.offer').first().textContent();
      await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
      // In the run's folder, not the README's: one call-flow picture ships (the VSIX's size budget).
      await screenshot(page, runDir, 'call-flow-zh-cn.jpg');
      console.log(`[figure] zh-cn call flow: ${facts} | ${offer}`);
      assert.match(facts, /建立时延：\d+ 毫秒/u);
      // textContent runs on into its tooltip (the media lines, a <title> child).
      assert.ok(offer?.startsWith('SDP offer（提议）m=audio'), offer ?? '');
    } finally {
      await runCommand(page, 'View: Close All Editors');
      await runCommand(page, 'View: Show Explorer');
    }
  });
}
