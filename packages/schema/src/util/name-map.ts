/**
 * MOF names compare case-insensitively (DSP0004; every peer agrees) while the spelling of the
 * defining occurrence is kept for output. Tables key on the lower-cased name.
 */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

/** An insertion-ordered map keyed by case-folded name. */
export class NameMap<T> {
  private readonly map = new Map<string, T>();

  get size(): number {
    return this.map.size;
  }
  get(name: string): T | undefined {
    return this.map.get(name.toLowerCase());
  }
  /** Looks up a name that is already case-folded. */
  getKey(key: string): T | undefined {
    return this.map.get(key);
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: T): void {
    this.map.set(name.toLowerCase(), value);
  }
  delete(name: string): boolean {
    return this.map.delete(name.toLowerCase());
  }
  values(): IterableIterator<T> {
    return this.map.values();
  }
  [Symbol.iterator](): IterableIterator<[string, T]> {
    return this.map.entries();
  }
}
