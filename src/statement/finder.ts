/** Next position of a character at or after `from`, cached so that repeated forward scans stay linear on hostile input. */
export class Finder {
  readonly #text: string;
  readonly #cache = new Map<string, { from: number; at: number }>();

  constructor(text: string) {
    this.#text = text;
  }

  next(ch: string, from: number): number {
    const hit = this.#cache.get(ch);
    if (hit && hit.from <= from && (hit.at === -1 || hit.at >= from)) return hit.at;
    const at = this.#text.indexOf(ch, from);
    this.#cache.set(ch, { from, at });
    return at;
  }
}
