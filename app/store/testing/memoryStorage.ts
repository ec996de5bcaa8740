// A localStorage stand-in for tests: a Map, and a switch that makes every write fail as a full storage does.
export class MemoryStorage implements Storage {
  items = new Map<string, string>();
  failing = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failing) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}
