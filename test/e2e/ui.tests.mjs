/* global document -- the narrow compare test measures inside the webview */
// The UI tests: what a VoIP engineer does with SIP Lens, step by step, in a real workbench with the
// packaged VSIX installed. Screenshots of the passing steps go to `imagesDir`: docs/images/ under
// `npm run screenshots`, the run's own ignored folder under `npm run test:e2e` (see run.mjs).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { registerCallFlowTests } from './ui-flow.tests.mjs';
import { registerCallsViewTests } from './ui-calls.tests.mjs';
import {
  assertInert,
  dismissWidgets,
  frameWith,
  horizontalOverflow,
  goToLine,
  hoverToken,
  pickInQuickInput,
  runCommand,
  screenshot,
  setColorTheme,
  showLine,
} from './workbench.mjs';

export const HOSTILE_PHRASE = '<img src=x onerror=alert(1)> [run](command:workbench.action.files.delete)';

export function registerTests({ test }) {
  test('hovering 486 in an Asterisk pjsip log shows its card', async ({ page, workspace, imagesDir }) => {
    await showLine(page, workspace, 'call-outcomes.log', 'SIP/2.0 486 Busy Here');
    // Wait for text only the language server's card has: the Problems part of the hover can show first.
    const hover = await hoverToken(page, 'SIP/2.0 486 Busy Here', '486', 'Client Failure');
    const text = await hover.innerText();
    for (const expected of ['486 Busy Here', 'Client Failure', 'RFC 3261']) {
      assert.ok(text.includes(expected), `hover lacks "${expected}":\n${text}`);
    }
    await screenshot(page, imagesDir, 'hover.jpg');
    await dismissWidgets(page);
  });

  test('the Problems panel lists SIP Lens findings for the open log', async ({ page, imagesDir }) => {
    await runCommand(page, 'Problems: Focus on Problems View');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.filter({ hasText: 'SIP Lens' }).first().waitFor({ timeout: 30_000 });
    const texts = await rows.allInnerTexts();
    const all = texts.join('\n');
    assert.ok(all.includes('503'), `no 503 finding among:\n${all}`);
    assert.ok(all.includes('486'), `no 486 finding among:\n${all}`);
    await screenshot(page, imagesDir, 'problems.jpg');
    await page.keyboard.press('Escape');
  });

  test('"Compare SIP codes" from the Command Palette compares 486 with 600', async ({ page, imagesDir }) => {
    await runCommand(page, 'Compare SIP codes');
    await pickInQuickInput(page, '486', '486', '(1/2)');
    await pickInQuickInput(page, '600', '600', '(2/2)');
    const frame = await frameWith(page, '#title', '600');
    const text = await frame.locator('body').innerText();
    for (const expected of ['486', 'Busy Here', '600', 'Busy Everywhere']) {
      assert.ok(text.includes(expected), `compare panel lacks "${expected}":\n${text.slice(0, 800)}`);
    }
    await screenshot(page, imagesDir, 'compare.jpg');
    await runCommand(page, 'View: Close All Editors');
  });

  test('a code picker answers a search that matches nothing with a row that says what to try', async ({ page }) => {
    await runCommand(page, 'Compare SIP codes');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('hello');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: "No code matches 'hello'" });
    await row.first().waitFor({ timeout: 30_000 });
    assert.match(await row.first().innerText(), /try a number like 486 or a word like busy/u);
    await page.keyboard.press('Enter');
    // Enter on the explanation picks nothing: the picker stays open for another try.
    await input.fill('busy every');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: '600 Busy Everywhere' }).first().waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  });

  test('a .sip trace opens in the SIP language and is highlighted by the grammar', async ({
    page,
    workspace,
    imagesDir,
  }) => {
    await showLine(page, workspace, 'trace.sip', 'SIP/2.0 404 Not Found');
    await page.locator('.statusbar-item', { hasText: /^SIP$/ }).first().waitFor({ timeout: 30_000 });
    const line = page.locator('.editor-instance .view-line', { hasText: 'SIP/2.0 404 Not Found' }).first();
    const classes = await line.locator('span span').evaluateAll((spans) => [...new Set(spans.map((s) => s.className))]);
    assert.ok(classes.length >= 3, `the status line should have at least 3 token colours, got ${classes.join(' ')}`);
    // The grammar is the subject here: hide the Problems panel and show the top of the trace.
    await runCommand(page, 'View: Hide Panel');
    await goToLine(page, 1);
    await screenshot(page, imagesDir, 'highlight.jpg');
  });

  test('in a Kamailio log the recognised 486 is coloured apart from the process id beside it', async ({
    page,
    workspace,
  }) => {
    const lineText = 'completed with code: 486';
    await showLine(page, workspace, 'kamailio.log', lineText);
    const line = page.locator('.editor-instance .view-line', { hasText: lineText }).first();
    // Semantic tokens arrive after the grammar's colours: read the spans until the code has its own.
    const colours = async () =>
      line.locator('span span').evaluateAll((spans) => {
        const colourOf = (match) => {
          const span = spans.find((s) => match(s.textContent ?? ''));
          return span ? span.ownerDocument.defaultView?.getComputedStyle(span).color : undefined;
        };
        return { code: colourOf((t) => t === '486'), pid: colourOf((t) => t.includes('2221')) };
      });
    let seen = await colours();
    for (let tries = 0; tries < 60 && !(seen.code && seen.pid && seen.code !== seen.pid); tries++) {
      await page.waitForTimeout(500);
      seen = await colours();
    }
    assert.ok(seen.code && seen.pid, `spans of the 486 and the PID: ${JSON.stringify(seen)}`);
    assert.notEqual(seen.code, seen.pid, 'the 486 takes its class colour, the PID keeps the number colour');
  });

  test('a hostile reason phrase is shown as text: no image, no command link, no dialog', async ({
    page,
    workspace,
    dialogs,
  }) => {
    await showLine(page, workspace, 'hostile.log', 'SIP/2.0 403');
    const hover = await hoverToken(page, 'SIP/2.0 403', '403', 'Client Failure');
    const text = await hover.innerText();
    assert.ok(text.includes(HOSTILE_PHRASE.slice(0, 28)), `the phrase should appear as plain text:\n${text}`);
    assert.equal(await hover.locator('img').count(), 0, 'an <img> was rendered inside the hover');
    const commandLinks = hover.locator(
      'a[href*="workbench.action.files.delete"], a[data-href*="workbench.action.files.delete"]',
    );
    assert.equal(await commandLinks.count(), 0, 'a live link to the delete command was rendered');
    await dismissWidgets(page);
    assert.deepEqual(dialogs, [], 'no alert or dialog may fire');
    assert.ok(existsSync(join(workspace, 'hostile.log')), 'the file must still exist');
  });

  test('the compare view opened from the hostile log stays inert: no injected element, no dialog', async ({
    page,
    workspace,
    dialogs,
  }) => {
    await showLine(page, workspace, 'hostile.log', 'SIP/2.0 403');
    await runCommand(page, 'Compare SIP codes');
    await pickInQuickInput(page, '403', '403', '(1/2)');
    await pickInQuickInput(page, '401', '401', '(2/2)');
    const frame = await frameWith(page, '#title', '401');
    const body = await frame.locator('body').innerText();
    assert.ok(body.includes('403 Forbidden'), `the panel should compare 403:\n${body.slice(0, 400)}`);
    assert.ok(!body.includes('onerror'), 'text from the log must not reach the compare view');
    await assertInert(frame, 'img, iframe, object, embed');
    assert.deepEqual(dialogs, [], 'no alert or dialog may fire');
    await runCommand(page, 'View: Close All Editors');
  });

  test('the Settings editor groups SIP Lens settings under their own titles, without "Sip Lens ›"', async ({
    page,
    imagesDir,
  }) => {
    await runCommand(page, 'Preferences: Open Settings (UI)');
    const editor = page.locator('.settings-editor');
    await editor.waitFor({ timeout: 30_000 });
    try {
      // Browse, not search: the table of contents shows the groups package.json declares.
      const toc = editor.locator('.settings-toc-container');
      await toc.getByText('Extensions', { exact: true }).first().click();
      await page.keyboard.press('ArrowRight'); // expands the focused tree row
      // The list renders only the rows in view: scroll until SIP Lens is one of them.
      const tocEntry = toc.getByText('SIP Lens', { exact: true }).first();
      const box = await toc.boundingBox();
      for (let step = 0; step < 20 && !(await tocEntry.isVisible()); step++) {
        await page.mouse.move((box?.x ?? 0) + 50, (box?.y ?? 0) + 100);
        await page.mouse.wheel(0, 200);
      }
      await tocEntry.click();
      const labels = editor.locator('.settings-tree-container .setting-item-title');
      await labels.filter({ hasText: 'Severity' }).first().waitFor({ timeout: 30_000 });
      const titles = await labels.allInnerTexts();
      const ours = titles.filter((title) => /Diagnostics|Inlay Hints|Trace/u.test(title));
      assert.ok(ours.length >= 4, `SIP Lens settings not shown:\n${titles.join('\n')}`);
      await screenshot(page, imagesDir, 'settings.jpg');
      console.log(`[figure] Settings editor labels: ${ours.map((title) => title.replace(/\s+/gu, ' ')).join(' | ')}`);
      assert.ok(
        ours.every((title) => !/Sip Lens/u.test(title)),
        `a label still carries the key's prefix:\n${ours.join('\n')}`,
      );
    } finally {
      // This VS Code shows Settings as a modal over the workbench: Escape closes it.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await editor.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
      await runCommand(page, 'View: Close All Editors');
    }
  });

  test('the compare view at a narrow width leads with the differences and clips nothing, in three themes', async ({
    page,
    imagesDir,
  }) => {
    const wide = page.viewportSize();
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    await runCommand(page, 'Compare SIP codes');
    await pickInQuickInput(page, '486', '486', '(1/2)');
    await pickInQuickInput(page, '600', '600', '(2/2)');
    await runCommand(page, 'View: Single Column Editor Layout');
    // About 320 px of editor: the window minus the activity bar.
    await page.setViewportSize({ width: NARROW_WINDOW_PX, height: wide?.height ?? 900 });
    const frame = await frameWith(page, '#differences-heading', 'Key differences');
    try {
      await frame.waitForFunction((limit) => document.documentElement.clientWidth <= limit, NARROW_VIEW_MAX_PX);
      const width = await frame.evaluate(() => document.documentElement.clientWidth);
      assert.ok(width >= 280, `the compare view is ${width} px wide: the test wants about 320`);
      const order = await frame.evaluate(() =>
        ['#differences-heading', '#when-heading', '#card-a-heading', '#card-b-heading'].map(
          (selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? -1,
        ),
      );
      assert.ok(order.every((top) => top >= 0));
      assert.deepEqual(
        order,
        [...order].sort((x, y) => x - y),
        'differences, when to use, then the cards, stacked',
      );
      for (const [theme, bodyClass, image] of COMPARE_THEMES) {
        await setColorTheme(page, theme);
        await frame.locator(`body.${bodyClass}`).waitFor({ timeout: 30_000 });
        // The picture first, so a failing run keeps what was clipped.
        await screenshot(page, imagesDir, image);
        const clipped = await horizontalOverflow(frame);
        assert.deepEqual(clipped, [], `${theme} at ${width} px: elements wider than their box`);
      }
      console.log(`[figure] compare view checked at ${width} px in ${COMPARE_THEMES.length} themes`);
    } finally {
      // Put the workbench back for any later test; a failure here must not hide the test's own.
      if (wide) await page.setViewportSize(wide);
      await page.keyboard.press('Escape');
      await setColorTheme(page, 'Dark Modern').catch((error) => console.log(`    (theme not restored: ${error})`));
      await runCommand(page, 'View: Close All Editors').catch(() => undefined);
    }
  });

  registerCallsViewTests({ test });
  registerCallFlowTests({ test });
}

/** The browser window for the narrow compare test: 48 px of activity bar leave about 320 px of editor. */
const NARROW_WINDOW_PX = 370;
const NARROW_VIEW_MAX_PX = 340;
/** Theme picker label, the class VS Code puts on a webview's body in it, and the screenshot's name. */
const COMPARE_THEMES = [
  ['Light Modern', 'vscode-light', 'compare-narrow-light.jpg'],
  ['Dark Modern', 'vscode-dark', 'compare-narrow-dark.jpg'],
  ['Dark High Contrast', 'vscode-high-contrast', 'compare-narrow-high-contrast.jpg'],
];
