// Driving code-server's workbench the way a person does: clicks, keys and the mouse, read back from
// the DOM. Every wait is a Playwright wait on something visible, with a deadline; nothing sleeps.
/* global document, NodeFilter, requestAnimationFrame -- measureToken and the frame wait run inside the page */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const UI_TIMEOUT_MS = 30_000;
/** How long one hover waits for its card before the mouse moves away and back. */
const HOVER_ATTEMPT_MS = 8_000;

/** Opens the workbench on `folder` and waits until the Explorer lists its files. */
export async function openWorkbench(page, serverUrl, folder) {
  await page.goto(`${serverUrl}?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  await explorerRows(page).first().waitFor({ timeout: 90_000 });
}

function explorerRows(page) {
  return page.locator('.explorer-folders-view .monaco-list-row');
}

/** Clicks a file in the Explorer and waits for its editor tab to be active. */
export async function openFromExplorer(page, fileName) {
  await explorerRows(page).filter({ hasText: fileName }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: UI_TIMEOUT_MS });
  await page.locator('.editor-instance .view-lines').first().waitFor({ timeout: UI_TIMEOUT_MS });
}

/** How long one look at the palette waits for a row before it is asked again. */
const PALETTE_LOOK_MS = 3000;

/**
 * Runs a command by its title from the Command Palette (F1 belongs to the browser). A palette
 * opened before the extension host has registered the extensions' commands does not list them
 * later, so, like a person, close it and ask again until the row shows or the deadline passes.
 */
export async function runCommand(page, title) {
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  const deadline = Date.now() + UI_TIMEOUT_MS;
  for (;;) {
    await page.keyboard.press('Control+Shift+P');
    await input.waitFor({ timeout: UI_TIMEOUT_MS });
    await input.fill(`>${title}`);
    const left = deadline - Date.now();
    const listed = await row.waitFor({ timeout: Math.max(1, Math.min(PALETTE_LOOK_MS, left)) }).then(
      () => true,
      () => false,
    );
    if (listed) break;
    if (Date.now() >= deadline) throw new Error(`the Command Palette lists no "${title}"`);
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('Enter');
}

/** Types into the open QuickPick and accepts the first match. */
export async function pickInQuickInput(page, text, expected = text, title = undefined) {
  // Two pickers in a row reuse one widget: wait for this step's title, or the text could be typed
  // into the previous picker just before it is replaced.
  const titled = title ? page.locator('.quick-input-widget .quick-input-title', { hasText: title }) : undefined;
  if (titled) await titled.first().waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  await input.fill(text);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: expected })
    .first()
    .waitFor({ timeout: UI_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  if (titled) await titled.first().waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
}

/** Moves the cursor to a line with Go to Line (Ctrl+G), which also scrolls it into view. */
export async function goToLine(page, lineNumber) {
  await page.locator('.editor-instance .view-lines').first().click();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  await input.fill(`:${lineNumber}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
}

/**
 * Screen coordinates of the middle of `token` on the rendered line whose text is `lineText`.
 * A DOM Range over the token's characters gives its exact box; hovering a long span's middle
 * would land on the wrong word. The editor lays lines out on the next animation frame after a
 * reveal, so the box is read until two readings agree and it has a size.
 */
export async function tokenPoint(page, lineText, token) {
  const line = page.locator('.editor-instance .view-line', { hasText: lineText }).first();
  await line.waitFor({ timeout: UI_TIMEOUT_MS });
  const deadline = Date.now() + UI_TIMEOUT_MS;
  let previous;
  for (;;) {
    const box = await line.evaluate(measureToken, token);
    if (!box) throw new Error(`"${token}" is not on the rendered line "${lineText}"`);
    const settled = box.width > 0 && previous && previous.x === box.x && previous.y === box.y;
    if (settled) return { x: box.x, y: box.y };
    if (Date.now() > deadline) throw new Error(`"${token}" on "${lineText}" never settled on screen`);
    previous = box;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  }
}

/** Runs in the page: the box of `wanted`'s characters inside a rendered `.view-line`. */
function measureToken(line, wanted) {
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node, start: text.length });
    text += node.textContent.replace(/\u00a0/g, ' ');
  }
  const at = text.indexOf(wanted);
  if (at < 0) return null;
  const locate = (offset) => {
    const hit = [...nodes].reverse().find((entry) => entry.start <= offset);
    return [hit.node, offset - hit.start];
  };
  const range = document.createRange();
  range.setStart(...locate(at));
  range.setEnd(...locate(at + wanted.length));
  const rect = range.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, width: rect.width };
}

/**
 * Hovers `token` on the line `lineText` and returns the hover widget once it shows `expect`.
 * A hover asked for before the language server is up comes back empty and is not asked again
 * until the mouse moves, so, like a person, move away and back until it shows.
 */
export async function hoverToken(page, lineText, token, expect) {
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: expect }).first();
  const deadline = Date.now() + UI_TIMEOUT_MS;
  for (;;) {
    const point = await tokenPoint(page, lineText, token);
    await page.mouse.move(point.x - 60, point.y + 60);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    // A first hover can wait on a server still warming up under CI's load: give each attempt time
    // before moving away, which cancels the pending request and starts it over.
    const shown = await hover.waitFor({ state: 'visible', timeout: HOVER_ATTEMPT_MS }).then(
      () => true,
      () => false,
    );
    if (shown) return hover;
    if (Date.now() > deadline) throw new Error(`no hover with "${expect}" over "${token}" on "${lineText}"`);
  }
}

/** Moves the mouse away and presses Escape so the next step starts with no widget open. */
export async function dismissWidgets(page) {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
}

/** Searches every frame (webviews nest two deep) for `selector` containing `text`. */
export async function frameWith(page, selector, text, timeoutMs = UI_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      const element = frame.locator(selector, { hasText: text }).first();
      if ((await element.count().catch(() => 0)) > 0) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no frame shows ${selector} with "${text}"`);
    await page.waitForEvent('framenavigated', { timeout: 1000 }).catch(() => undefined);
  }
}

/** Saves a screenshot a person can look at. */
export async function screenshot(page, directory, name, clip) {
  const path = join(directory, name);
  // JPEG for the README images: they ship inside the VSIX, which must stay small.
  const options = path.endsWith('.jpg') ? { path, type: 'jpeg', quality: 70 } : { path };
  await page.screenshot(clip ? { ...options, clip } : options);
  return path;
}

/** Applies a colour theme by its label in "Preferences: Color Theme". */
export async function setColorTheme(page, label) {
  // The keybinding, not the palette: typed "Color Theme" also finds the Marketplace browser.
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  await input.fill(label);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: UI_TIMEOUT_MS });
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
}

/**
 * The elements of a webview whose content is wider than their box, or that reach past the right
 * edge of the view: text a narrow panel would clip or hide behind a horizontal scroll bar.
 */
export function horizontalOverflow(frame) {
  return frame.evaluate(() => {
    const view = document.documentElement.clientWidth;
    const name = (e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${e.className}` : ''}`;
    const wide = [document.documentElement, ...document.body.querySelectorAll('*'), document.body].filter(
      (e) => (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1) || e.getBoundingClientRect().right > view + 1,
    );
    return wide.map((e) => `${name(e)}: scrollWidth ${e.scrollWidth} > clientWidth ${e.clientWidth}`);
  });
}

/** Drags the side bar's right edge `by` pixels to the right, as a person would. */
export async function widenSideBar(page, by) {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box) return;
  const x = box.x + box.width + 1;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + by / 2, y);
  await page.mouse.move(x + by, y);
  await page.mouse.up();
  // Off the edge, which stays highlighted while the mouse is on it.
  await page.mouse.move(x + by + 200, y);
}

/** 1-based line number of the n-th line containing `text` in a workspace file. */
export function lineNumber(workspace, file, text, occurrence = 0) {
  const lines = readFileSync(join(workspace, file), 'utf8').split(/\r?\n/);
  const hits = lines.flatMap((line, index) => (line.includes(text) ? [index + 1] : []));
  assert.ok(hits[occurrence], `${file} has no line #${occurrence} with "${text}"`);
  return hits[occurrence];
}

export async function showLine(page, workspace, file, text) {
  await openFromExplorer(page, file);
  await goToLine(page, lineNumber(workspace, file, text));
}

/**
 * What a hostile log could smuggle into a webview, counted in the browser: elements of `injectable`,
 * scripts carrying the payload (VS Code injects its own host script into every webview, so a script
 * as such proves nothing) and any element with an inline event handler.
 */
export async function assertInert(frame, injectable) {
  assert.equal(await frame.locator(injectable).count(), 0, 'an element was injected into the webview');
  const smuggled = await frame
    .locator('script')
    .evaluateAll(
      (scripts) =>
        scripts.filter((s) => /alert|onerror/u.test(`${s.textContent ?? ''} ${s.getAttribute('src') ?? ''}`)).length,
    );
  assert.equal(smuggled, 0, 'a script carrying the payload is in the page');
  const handlers = await frame
    .locator('body *')
    .evaluateAll(
      (elements) => elements.filter((e) => [...e.attributes].some((a) => a.name.toLowerCase().startsWith('on'))).length,
    );
  assert.equal(handlers, 0, 'an element with an inline event handler is in the page');
}
