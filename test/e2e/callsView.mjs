// The SIP Calls view in the workbench, as a person sees it: its pane in the Explorer, its rows, the
// buttons of its title bar (found by their tooltips, which are the commands' titles), and a
// generated log with tens of thousands of calls for the scrolling test.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/vscode/paths.mjs';

const UI_TIMEOUT_MS = 30_000;

/** The Calls view's pane, found by its title in the Explorer ("SIP Calls", "SIP 呼叫"). */
export function callsPane(page, title) {
  return page.locator('.pane', { has: page.locator('.pane-header', { hasText: title }) }).first();
}

/** The call rows of the pane (a group row has no arrow). */
export function callRows(pane) {
  return pane.locator('.monaco-list-row', { hasText: '→' });
}

/** Every row's screen-reader label: the From → To, the state in words, start, duration and outcome. */
export function rowLabels(pane) {
  return pane.locator('.monaco-list-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')));
}

/** The pane header's description: how many calls show of how many, and the filter. */
export async function paneDescription(pane) {
  return (await pane.locator('.pane-header .description').innerText()).trim();
}

/**
 * The title-bar button whose tooltip is `title`. VS Code shows a pane's buttons while the mouse is
 * over it (or it has focus): hover the header first, as a person reaches for them.
 */
export async function titleButton(pane, title) {
  await pane.locator('.pane-header').hover();
  const button = pane.locator(`.pane-header .actions .action-label[aria-label="${title}"]`);
  await button.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  return button;
}

/** The tooltips of the buttons the title bar shows now. */
export async function titleButtons(pane) {
  await pane.locator('.pane-header').hover();
  return pane
    .locator('.pane-header .actions .action-label')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));
}

/** Types `text` into the filter's input box (opened by `button`) and waits for the description to name it. */
export async function setFilter(page, pane, button, text) {
  await button.click();
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  await input.fill(text);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  await pane.locator('.pane-header .description', { hasText: text }).waitFor({ timeout: UI_TIMEOUT_MS });
}

/** The list index of the pane's focused row, or -1. */
export function focusedIndex(pane) {
  return pane
    .locator('.monaco-list')
    .first()
    .evaluate((list) => Number(list.querySelector('.monaco-list-row.focused')?.getAttribute('data-index') ?? -1));
}

/** Waits until the pane's focused row is another than `previous`; returns its index. */
export async function nextFocused(pane, previous) {
  const list = await pane.locator('.monaco-list').first().elementHandle();
  const handle = await pane.page().waitForFunction(
    ({ element, before }) => {
      const index = Number(element.querySelector('.monaco-list-row.focused')?.getAttribute('data-index') ?? -1);
      return index !== before && index >= 0 ? index : false;
    },
    { element: list, before: previous },
    { polling: 'raf', timeout: UI_TIMEOUT_MS },
  );
  return handle.jsonValue();
}

/** The called number of generated call `index`: unique, so its row can be found. */
export function calledNumber(index) {
  return `+1555${String(index).padStart(7, '0')}`;
}

const OUTCOMES = [
  '200 OK',
  '486 Busy Here',
  '404 Not Found',
  '603 Decline',
  '487 Request Terminated',
  '480 Temporarily Unavailable',
];

/**
 * Writes a log of `count` calls to `path`, each an INVITE and its final response as bare SIP
 * messages. Smaller per call than the benchmark's generator (scripts/bench/generate.mjs, about
 * 3 KB a call in several log formats), so 21,000 calls stay under the 10 MB past which VS Code in a
 * browser asks before opening a file (`workbench.editorLargeFileConfirmation`).
 */
export function writeCallsLog(path, count) {
  const chunks = [];
  for (let index = 0; index < count; index++) {
    const headers = (toTag) =>
      [
        `Via: SIP/2.0/UDP 198.51.100.10:5060;branch=z9hG4bK${index}`,
        `From: <sip:${1000 + (index % 50)}@example.com>;tag=f${index}`,
        `To: <sip:${calledNumber(index)}@example.net>${toTag}`,
        `Call-ID: scroll-${index}@example.com`,
        'CSeq: 1 INVITE',
      ].join('\n');
    chunks.push(
      `INVITE sip:${calledNumber(index)}@example.net SIP/2.0\n${headers('')}\n\n`,
      `SIP/2.0 ${OUTCOMES[index % OUTCOMES.length]}\n${headers(`;tag=t${index}`)}\n\n`,
    );
  }
  writeFileSync(path, chunks.join(''));
}

/** The median and the largest of `values`. */
export function medianAndWorst(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, worst: sorted.at(-1) ?? 0 };
}

/** A SIP Lens command's title as VS Code shows it in `nlsFile` (package.nls.json or package.nls.zh-cn.json). */
export function commandTitle(command, nlsFile = 'package.nls.json') {
  const readJson = (file) => JSON.parse(readFileSync(join(repoRoot, file), 'utf8'));
  const raw = readJson('package.json').contributes.commands.find((entry) => entry.command === command)?.title;
  const key = /^%(.+)%$/u.exec(raw ?? '')?.[1];
  const title = key && readJson(nlsFile)[key];
  if (!title) throw new Error(`no title for ${command} in ${nlsFile}`);
  return title;
}
