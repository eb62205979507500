// The UI test of the Chinese pass (run.mjs): a VS Code whose display language is zh-cn, with the
// packaged VSIX installed. VS Code's own menus stay English there (the test language pack translates
// none of them), so workbench commands are still run by their English titles; SIP Lens's are not.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/vscode/paths.mjs';
import { frameWith, goToLine, openFromExplorer, pickInQuickInput, runCommand, screenshot } from './workbench.mjs';

/** JPEG like the other README pictures: docs/images/*.jpg ship in the VSIX (.vscodeignore). */
export const COMPARE_ZH_CN_IMAGE = 'compare-zh-cn.jpg';
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
