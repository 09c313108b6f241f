import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows rendered beyond the visible ones on each side. */
export const OVERSCAN = 10;
/** Never more rows than this in the DOM, whatever the count and the viewport. */
export const MAX_ROWS = 200;

export interface VirtualWindowOptions {
  /** The scroll container (the tree's box, the listbox). */
  scroller: () => HTMLElement | null;
  /** The element the rows are positioned in: its top is row 0's top; it is `count × row height` tall. */
  group: () => HTMLElement | null;
  /** How many rows the list has now (0 when collapsed or empty). */
  count: () => number;
  /** A rendered row, to measure the row height from (rows have one fixed height). */
  row: () => HTMLElement | null;
  /** Height of what sticks at the top of the scroller and covers rows (a tree's root row); default 0. */
  header?: () => number;
  /** Called when the page or the scroller scrolled or resized (after the window asked for a render if needed). */
  onViewportChange?: () => void;
}

/**
 * Windowing for fixed-height rows, shared by `<account-tree>` and `<account-switcher>`: which rows
 * to render for what is in view — the rows visible in the scroller *and* in the browser's
 * viewport, plus `OVERSCAN` on each side, capped at `MAX_ROWS` — with the active row kept in the
 * DOM wherever it is (so focus, or `aria-activedescendant`, never points at nothing). Index ↔
 * offset is O(1), so a jump to any row (End, `reveal()`, a search result) renders it in the same
 * update. The host positions rows itself (`--_i`, `translateY`) and sizes the group (`--_n`).
 *
 * The host renders `indices(active)` and calls `onScroll` from its scroller's `scroll` event;
 * the controller listens to the page's scroll and resize and to the scroller's size itself, and
 * re-renders the host only when the rendered rows no longer fit (with some slack).
 */
export class VirtualWindowController implements ReactiveController {
  /** The measured row height in px (from a rendered row). */
  rowHeight = 56;
  /** The rows rendered last: [start, end). */
  rendered: [number, number] = [0, 0];

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly o: VirtualWindowOptions;
  private resizeObserver?: ResizeObserver;
  private observed?: Element;
  private readonly onViewport = () => {
    if (this.needsRender()) this.host.requestUpdate();
    this.o.onViewportChange?.();
  };

  constructor(host: ReactiveControllerHost & HTMLElement, options: VirtualWindowOptions) {
    this.host = host;
    this.o = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('scroll', this.onViewport, { passive: true });
    window.addEventListener('resize', this.onViewport, { passive: true });
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.onViewport);
    window.removeEventListener('resize', this.onViewport);
    this.resizeObserver?.disconnect();
    this.observed = undefined;
  }

  hostUpdated(): void {
    const scroller = this.o.scroller();
    if (scroller && scroller !== this.observed) {
      this.observed = scroller;
      this.resizeObserver ??= new ResizeObserver(() => {
        if (this.needsRender()) this.host.requestUpdate();
      });
      this.resizeObserver.disconnect();
      this.resizeObserver.observe(scroller);
    }
    const row = this.o.row();
    if (row && row.offsetHeight && row.offsetHeight !== this.rowHeight) {
      this.rowHeight = row.offsetHeight;
      this.host.requestUpdate();
    }
  }

  /** The scroller's `scroll` handler (bind it in the template: `@scroll=${window.onScroll}`). */
  readonly onScroll = (): void => this.onViewport();

  /** The indices to render, in order: the window for what is in view, plus `active` wherever it is. */
  indices(active: number): number[] {
    const total = this.o.count();
    const [start, end] = this.windowFor(this.visibleRange(), total);
    this.rendered = [start, end];
    const out: number[] = [];
    if (active >= 0 && active < start) out.push(active);
    for (let i = start; i < end; i++) out.push(i);
    if (active >= end && active < total) out.push(active);
    return out;
  }

  /** True when the rendered rows no longer fit what is in view (with some slack, to render less often). */
  needsRender(): boolean {
    const total = this.o.count();
    if (!total) return false;
    const [start, end] = this.windowFor(this.visibleRange(), total);
    const [rs, re] = this.rendered;
    return Math.abs(start - rs) > OVERSCAN / 2 || Math.abs(end - re) > OVERSCAN / 2;
  }

  /** The rows in view: [first, last), from the scroller's and the page's viewport. */
  visibleRange(): [number, number] {
    const count = this.o.count();
    const scroller = this.o.scroller();
    const group = this.o.group();
    if (!count) return [0, 0];
    const rh = this.rowHeight || 56;
    if (!scroller || !group) return [0, Math.min(count, 10)];
    const g = group.getBoundingClientRect();
    const t = scroller.getBoundingClientRect();
    const top = Math.max(g.top, t.top, 0);
    const bottom = Math.min(g.bottom, t.bottom, window.innerHeight);
    let first: number;
    let last: number;
    if (bottom > top) {
      first = Math.floor((top - g.top) / rh);
      last = Math.ceil((bottom - g.top) / rh);
    } else {
      // Off screen (below the fold, or hidden): render what the scroller's own position shows.
      first = Math.floor(Math.max(0, scroller.scrollTop - this.header()) / rh);
      last = first + Math.max(1, Math.ceil((scroller.clientHeight || 600) / rh));
    }
    first = Math.min(Math.max(0, first), count);
    last = Math.min(Math.max(first, last), count);
    return [first, last];
  }

  /** The rows to render for the rows in view: overscan on both sides, capped at `MAX_ROWS`. */
  windowFor([first, last]: [number, number], total: number): [number, number] {
    const start = Math.max(0, Math.min(first - OVERSCAN, total));
    let end = Math.min(total, last + OVERSCAN);
    if (end - start > MAX_ROWS - 1) end = start + MAX_ROWS - 1;
    return [start, Math.max(start, end)];
  }

  /**
   * Scrolls so that row `index` is in view: centred, or to the nearest edge. When the scroller is
   * not a scroller of its own (its height follows its content), the page scrolls instead.
   */
  scrollToIndex(index: number, center: boolean): void {
    const scroller = this.o.scroller();
    if (!scroller) return;
    const rh = this.rowHeight;
    const header = this.header();
    if (scroller.scrollHeight <= scroller.clientHeight + 1) {
      const group = this.o.group();
      if (!group) return;
      const top = group.getBoundingClientRect().top + index * rh;
      const view = window.innerHeight;
      if (center) window.scrollBy(0, top - (view - rh) / 2);
      else if (top < 0) window.scrollBy(0, top);
      else if (top + rh > view) window.scrollBy(0, top + rh - view);
      return;
    }
    const rowTop = header + index * rh;
    const viewTop = scroller.scrollTop + header;
    const viewBottom = scroller.scrollTop + scroller.clientHeight;
    if (center) scroller.scrollTop = rowTop - header - (scroller.clientHeight - header - rh) / 2;
    else if (rowTop < viewTop) scroller.scrollTop = rowTop - header;
    else if (rowTop + rh > viewBottom) scroller.scrollTop = rowTop + rh - scroller.clientHeight;
  }

  /** How many rows a screenful holds (PageUp/PageDown): the scroller's visible part, cut by the browser's viewport. */
  pageRows(): number {
    const scroller = this.o.scroller();
    if (!scroller) return 1;
    const r = scroller.getBoundingClientRect();
    const visible = Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0);
    const height = Math.max(0, Math.min(scroller.clientHeight, visible > 0 ? visible : scroller.clientHeight));
    return Math.max(1, Math.floor((height - this.header()) / (this.rowHeight || 56)) - 1);
  }

  private header(): number {
    return this.o.header?.() ?? 0;
  }
}
