/**
 * A map that forgets its oldest entries once their total weight passes a budget. Catalog answers
 * are remembered per query, and queries are chosen by whoever sends them: a count alone would let
 * a few thousand distinct queries for 10,000 matches each hold hundreds of megabytes.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private total = 0;

  constructor(
    private readonly budget: number,
    private readonly weigh: (value: V) => number,
  ) {}

  get(key: string): V | undefined {
    return this.entries.get(key)?.value;
  }

  set(key: string, value: V): void {
    const weight = this.weigh(value);
    if (weight > this.budget) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.total -= previous.weight;
      this.entries.delete(key);
    }
    while (this.total + weight > this.budget) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, { weight: number }];
      this.entries.delete(oldestKey);
      this.total -= oldest.weight;
    }
    this.entries.set(key, { value, weight });
    this.total += weight;
  }

  get weight(): number {
    return this.total;
  }
}
