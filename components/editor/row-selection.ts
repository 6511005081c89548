import { Listeners } from "./listeners";

/**
 * The paragraphs the translator selected for a batch (Change status…): a checkbox per row, Shift+click
 * (or the shortcut with Shift held) for a range in the order shown. Outside React, so that a row
 * re-renders only when its own box changes.
 */
export class RowSelection {
  private selected = new Set<number>();
  private anchor: number | null = null;
  private rowListeners = new Map<number, Listeners>();
  private listeners = new Listeners();
  private size = 0;

  has = (id: number): boolean => this.selected.has(id);

  getSize = (): number => this.size;

  subscribe = this.listeners.subscribe;

  subscribeRow(id: number, listener: () => void): () => void {
    let listeners = this.rowListeners.get(id);
    if (!listeners) this.rowListeners.set(id, (listeners = new Listeners()));
    return listeners.subscribe(listener);
  }

  /** The selected paragraphs, in the order given (the document's). */
  ids(order: readonly number[]): number[] {
    return order.filter((id) => this.selected.has(id));
  }

  /** Selects or unselects one row; with `extend`, every row shown between the last one toggled and this one takes its new state. */
  toggle(id: number, { extend = false, visible = [] as readonly number[] } = {}): void {
    const isOn = !this.selected.has(id);
    const from = extend && this.anchor !== null ? visible.indexOf(this.anchor) : -1;
    const to = visible.indexOf(id);
    const ids = from >= 0 && to >= 0 ? visible.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
    for (const one of ids) this.set(one, isOn);
    this.anchor = id;
    this.changed();
  }

  clear(): void {
    for (const id of [...this.selected]) this.set(id, false);
    this.anchor = null;
    this.changed();
  }

  private set(id: number, isOn: boolean): void {
    if (this.selected.has(id) === isOn) return;
    if (isOn) this.selected.add(id);
    else this.selected.delete(id);
    this.rowListeners.get(id)?.notify();
  }

  private changed(): void {
    this.size = this.selected.size;
    this.listeners.notify();
  }
}
