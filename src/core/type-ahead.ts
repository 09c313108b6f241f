import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Type-ahead for lists, trees and menus: printable characters typed in quick succession build a
 * search string; the buffer resets after `timeout` ms (500 by default) without a key. A space
 * counts only after another character ("Standort K…"), so Space alone still selects.
 */
export class TypeAheadController implements ReactiveController {
  private readonly timeout: number;
  private text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost, timeout = 500) {
    this.timeout = timeout;
    host.addController(this);
  }

  /** The characters typed so far. */
  get buffer(): string {
    return this.text;
  }

  /**
   * Adds the key of a `keydown` to the buffer and returns the buffer, or returns undefined when
   * the key is not type-ahead input (modifiers, named keys, a leading space).
   */
  handle(event: KeyboardEvent): string | undefined {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return undefined;
    const key = event.key;
    if ([...key].length !== 1) return undefined;
    if (key === ' ' && !this.text) return undefined;
    this.text += key;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.reset(), this.timeout);
    return this.text;
  }

  reset(): void {
    clearTimeout(this.timer);
    this.text = '';
  }

  hostDisconnected(): void {
    this.reset();
  }
}

/** True when `text` starts with `prefix` under `collator` (case- and, for 'base', accent-insensitive). */
export function startsWithCollated(collator: Intl.Collator, text: string, prefix: string): boolean {
  return collator.compare(text.slice(0, prefix.length), prefix) === 0;
}
