/** The subscribers of an external store, as `useSyncExternalStore` expects them. */
export class Listeners<Args extends unknown[] = []> {
  private listeners = new Set<(...args: Args) => void>();

  subscribe = (listener: (...args: Args) => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  notify(...args: Args): void {
    this.listeners.forEach((listener) => listener(...args));
  }
}
