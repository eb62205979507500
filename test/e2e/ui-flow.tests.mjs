// UI tests of the call-flow view (issue 21): the ladder drawn from the Command Palette, a click that
// reveals the message, the Mermaid export, the README picture, and a hostile log that stays inert.
import assert from 'node:assert/strict';
import {
  assertInert,
  frameWith,
  lineNumber,
  pickInQuickInput,
  runCommand,
  screenshot,
  showLine,
} from './workbench.mjs';

export function registerCallFlowTests({ test }) {
  test('"Show call flow" draws the ladder, a click reveals the message, and it copies as Mermaid', async ({
    page,
    workspace,
    imagesDir,
  }) => {
    await showLine(page, workspace, 'call-outcomes.log', 'INVITE sip:+442079460000@');
    // For the picture: room for the ladder, without the side bar (Ctrl+B in the editor, as a person would).
    const sideBar = page.locator('.part.sidebar');
    if (await sideBar.isVisible()) await page.keyboard.press('Control+B');
    await sideBar
      .waitFor({ state: 'hidden', timeout: 5000 })
      .catch(() => console.log('    (the side bar stayed open)'));
    await runCommand(page, 'SIP: Show call flow');
    await pickInQuickInput(page, '+442079460000', '+442079460000', 'Show the call flow of which call?');
    const frame = await frameWith(page, 'g.arrow', '503 Service Unavailable');
    const ladder = frame.locator('#ladder');
    assert.equal(await ladder.getAttribute('role'), 'listbox');
    const labels = await frame
      .locator('g.arrow')
      .evaluateAll((arrows) => arrows.map((a) => a.getAttribute('aria-label')));
    assert.ok(
      labels.some((label) => label?.startsWith('503 Service Unavailable from ')),
      `arrow labels:\n${labels.join('\n')}`,
    );
    console.log(
      `    (ladder drawn in ${await frame.locator('body').getAttribute('data-render-ms')} ms in the webview)`,
    );
    await frame.locator('g.arrow', { hasText: '503 Service Unavailable' }).first().hover();
    // Only the ladder's editor group: the whole window would take the VSIX past its 1.5 MB budget.
    const group = page.locator('.editor-group-container', { has: page.locator('.tab', { hasText: 'Call flow' }) });
    const clip = await group.first().boundingBox();
    assert.ok(clip, 'the ladder has an editor group');
    await screenshot(page, imagesDir, 'call-flow.jpg', clip);
    await frame.locator('g.arrow', { hasText: '503 Service Unavailable' }).locator('rect.hit').first().click();
    const line = lineNumber(workspace, 'call-outcomes.log', 'SIP/2.0 503 Service Unavailable');
    await page
      .locator('.statusbar-item', { hasText: `Ln ${line},` })
      .first()
      .waitFor({ timeout: 30_000 });
    await frame.locator('#export').click();
    await pickInQuickInput(page, 'Mermaid', 'Mermaid sequence diagram', 'Export the call flow as');
    // The default: credentials masked.
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Mask what' }).first().waitFor();
    await page.keyboard.press('Enter');
    await pickInQuickInput(page, 'Copy', 'Copy to the clipboard', 'Export the call flow to');
    await page
      .locator('.notifications-toasts', { hasText: 'Call flow copied as Mermaid sequence diagram.' })
      .first()
      .waitFor({ timeout: 30_000 });
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'View: Show Explorer');
  });

  test('the call flow of the hostile log stays inert: the phrase is text, no element or handler injected', async ({
    page,
    workspace,
    dialogs,
  }) => {
    await showLine(page, workspace, 'hostile.log', 'SIP/2.0 403');
    await runCommand(page, 'SIP: Show call flow');
    await pickInQuickInput(page, '5275478c', '5275478c', 'Show the call flow of which call?');
    const frame = await frameWith(page, 'g.arrow', 'onerror');
    await assertInert(frame, 'img, iframe, object, embed, foreignObject');
    assert.deepEqual(dialogs, [], 'no alert or dialog may fire');
    await runCommand(page, 'View: Close All Editors');
  });
}
