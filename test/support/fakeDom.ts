/**
 * A recording stand-in for the browser's DOM, enough for client/media/flow/draw.ts: elements with
 * a namespace, attributes, children and text. Tests read back what was built: which element and
 * attribute names exist (the only places markup could be injected) and where the log's text went.
 */
import type { Dom, DomNode } from '../../client/media/flow/draw';

export class FakeElement implements DomNode {
  readonly attributes = new Map<string, string>();
  readonly children: FakeElement[] = [];
  textContent: string | null = null;

  constructor(
    readonly namespace: string,
    readonly name: string,
  ) {}

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }

  appendChild(child: DomNode): unknown {
    this.children.push(child as FakeElement);
    return child;
  }

  /** This element and every descendant, depth first. */
  *all(): Generator<FakeElement> {
    yield this;
    for (const child of this.children) yield* child.all();
  }
}

export const FAKE_DOM: Dom = { createElementNS: (namespace, name) => new FakeElement(namespace, name) };

/** Every text node's content and every attribute value under `root`. */
export function textsOf(root: FakeElement): string[] {
  return [...root.all()].flatMap((element) => [
    ...(element.textContent === null ? [] : [element.textContent]),
    ...element.attributes.values(),
  ]);
}
