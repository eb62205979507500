/**
 * The compare view's script, bundled for the browser (client/media/dist/compare.js). It only
 * turns user actions into typed messages; the extension validates them and re-renders the page.
 * It never builds HTML from strings: text goes in through `textContent`. It has no words of its
 * own either: the messages it shows come from the page (`data-` attributes the extension wrote in
 * the user's language).
 */
import { parseStatusCode } from '../../catalog/src/status-code';
import type { CompareViewState, WebviewMessage } from '../src/compare/messages';

interface SavedState extends CompareViewState {
  /** The control that had focus when the page was re-rendered, so keyboard users stay in place. */
  readonly focus?: string;
}

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): SavedState | undefined;
  setState(state: SavedState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscodeApi = acquireVsCodeApi();
const FOCUSABLE_IDS = ['code-a', 'code-b', 'swap', 'compare'];

function element<T extends HTMLElement>(id: string, type: new () => T): T | undefined {
  const found = document.getElementById(id);
  return found instanceof type ? found : undefined;
}

function documentCodes(): number[] {
  const raw = document.body.dataset.documentCodes ?? '';
  return raw
    .split(',')
    .map((part) => parseStatusCode(part))
    .filter((code): code is number => code !== undefined);
}

function saveState(a: number, b: number, focus?: string): void {
  vscodeApi.setState({ a, b, documentCodes: documentCodes(), ...(focus ? { focus } : {}) });
}

function showFormError(message: string, input?: HTMLInputElement): void {
  const error = element('form-error', HTMLParagraphElement);
  if (error) error.textContent = message;
  for (const id of ['code-a', 'code-b']) element(id, HTMLInputElement)?.removeAttribute('aria-invalid');
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  }
}

/** A message the extension put on the form, such as `data-first-invalid`. */
function formMessage(name: 'firstInvalid' | 'secondInvalid'): string {
  return element('compare-form', HTMLFormElement)?.dataset[name] ?? '';
}

function onSubmit(event: Event): void {
  event.preventDefault();
  const inputA = element('code-a', HTMLInputElement);
  const inputB = element('code-b', HTMLInputElement);
  const a = parseStatusCode(inputA?.value);
  const b = parseStatusCode(inputB?.value);
  if (a === undefined) return showFormError(formMessage('firstInvalid'), inputA);
  if (b === undefined) return showFormError(formMessage('secondInvalid'), inputB);
  showFormError('');
  const focused = document.activeElement?.id;
  saveState(a, b, focused && FOCUSABLE_IDS.includes(focused) ? focused : 'compare');
  vscodeApi.postMessage({ type: 'compare', a, b });
}

function onSwap(): void {
  const state = vscodeApi.getState();
  if (state) saveState(state.b, state.a, 'swap');
  vscodeApi.postMessage({ type: 'swap' });
}

/** Webviews must not navigate: the extension opens RFC links in the browser. */
function onClick(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target.closest('a.rfc-link') : null;
  if (!(target instanceof HTMLAnchorElement)) return;
  event.preventDefault();
  const url = target.getAttribute('href');
  if (url) vscodeApi.postMessage({ type: 'openRfc', url });
}

function restoreFocus(): void {
  const focus = vscodeApi.getState()?.focus;
  if (focus && FOCUSABLE_IDS.includes(focus)) document.getElementById(focus)?.focus();
}

function start(): void {
  restoreFocus();
  // The page's own codes are the truth after a render; the focus hint is used once.
  const a = parseStatusCode(document.body.dataset.a);
  const b = parseStatusCode(document.body.dataset.b);
  if (a !== undefined && b !== undefined) saveState(a, b);
  element('compare-form', HTMLFormElement)?.addEventListener('submit', onSubmit);
  element('swap', HTMLButtonElement)?.addEventListener('click', onSwap);
  document.addEventListener('click', onClick);
  vscodeApi.postMessage({ type: 'ready' });
}

start();
