import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps keyboard focus on the active item of a composite widget (tree, listbox, grid) with a
 * roving tabindex, across re-renders that move, recycle or replace the item's DOM node.
 *
 * Before each update it notes whether focus is on one of the host's items; after the update it
 * puts focus back on whatever `target()` returns now, if focus was there (the virtual window moved,
 * a filter swapped the rows) or `focus()` asked for it (a key press moved the active item).
 * The host renders `tabindex="0"` on the active item and `-1` on the others.
 */
export class RovingFocusController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly target: () => HTMLElement | null | undefined;
  private readonly itemSelector: string;
  private keep = false;
  private requested = false;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    options: { target: () => HTMLElement | null | undefined; itemSelector: string },
  ) {
    this.host = host;
    this.target = options.target;
    this.itemSelector = options.itemSelector;
    host.addController(this);
  }

  /** True when keyboard focus is on one of the host's items. */
  get focused(): boolean {
    const active = this.host.shadowRoot?.activeElement ?? null;
    return !!active && active.matches(this.itemSelector);
  }

  /** Moves focus to the active item after the next update. */
  focus(): void {
    this.requested = true;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.keep = this.focused;
  }

  hostUpdated(): void {
    if (!this.keep && !this.requested) return;
    this.requested = false;
    this.keep = false;
    const target = this.target();
    if (target && this.host.shadowRoot?.activeElement !== target) target.focus({ preventScroll: true });
  }

  hostDisconnected(): void {
    this.requested = false;
    this.keep = false;
  }
}
