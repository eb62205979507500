/** A binary heap: `compare(a, b) < 0` puts `a` nearer the top. */
export class Heap<T> {
  private readonly items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i] as T, items[parent] as T) >= 0) break;
      [items[i], items[parent]] = [items[parent] as T, items[i] as T];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  /** Every item, in no particular order, the heap unchanged. */
  snapshot(): T[] {
    return [...this.items];
  }

  /** Every item, emptying the heap, in no particular order. */
  drain(): T[] {
    return this.items.splice(0);
  }

  private siftDown(from: number): void {
    const items = this.items;
    let i = from;
    for (;;) {
      const [left, right] = [2 * i + 1, 2 * i + 2];
      let best = i;
      if (left < items.length && this.compare(items[left] as T, items[best] as T) < 0) best = left;
      if (right < items.length && this.compare(items[right] as T, items[best] as T) < 0) best = right;
      if (best === i) return;
      [items[i], items[best]] = [items[best] as T, items[i] as T];
      i = best;
    }
  }
}
