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
  /** Reads the host's own geometry (e.g. a header's height) when the rows are measured: after a change or resize, never on a scroll. */
  measure?: () => void;
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
  private measuredRow?: Element;
  /** The last size the observer reported of each element it watches. */
  private readonly sizes = new WeakMap<Element, string>();
  /** True while the pending update was asked for by a scroll alone. */
  private scrolled = false;
  /** True during (and after) an update the scroll alone asked for. */
  private fromScroll = false;
  /** Whether the row geometry must be read again: at first, after a resize, after any update but a scroll's. */
  private stale = true;
  private readonly onViewport = () => {
    if (this.needsRender()) {
      // Only an update the scroll alone asked for is a scroll's (one already pending is not).
      if (!(this.host as { isUpdatePending?: boolean }).isUpdatePending) this.scrolled = true;
      this.host.requestUpdate();
    }
    this.o.onViewportChange?.();
  };
  private readonly onResize = () => {
    this.stale = true;
    this.onViewport();
  };

  constructor(host: ReactiveControllerHost & HTMLElement, options: VirtualWindowOptions) {
    this.host = host;
    this.o = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('scroll', this.onViewport, { passive: true });
    window.addEventListener('resize', this.onResize, { passive: true });
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.onViewport);
    window.removeEventListener('resize', this.onResize);
    this.resizeObserver?.disconnect();
    this.observed = undefined;
    this.measuredRow = undefined;
  }

  hostUpdated(): void {
    const scroller = this.o.scroller();
    if (scroller && scroller !== this.observed) {
      if (this.observed) this.resizeObserver?.unobserve(this.observed);
      this.observed = scroller;
      this.observe(scroller);
      this.stale = true;
    }
    // Rows have one fixed height: read it (a forced layout) only when it may have changed — never
    // on the updates a scroll asks for, so a scroll costs one style and layout pass, the frame's own.
    if (!this.stale) return;
    this.o.measure?.();
    const row = this.o.row();
    if (!row) return; // nothing to measure yet: again after the next update
    this.stale = false;
    // A theme or font change resizes the rows without resizing the scroller: watch the row measured.
    if (row !== this.measuredRow) {
      if (this.measuredRow) this.resizeObserver?.unobserve(this.measuredRow);
      this.measuredRow = row;
      this.observe(row);
    }
    if (row.offsetHeight && row.offsetHeight !== this.rowHeight) {
      this.rowHeight = row.offsetHeight;
      this.host.requestUpdate();
    }
  }

  /** Watches an element's size: a change (not the first report, measured already) makes the geometry stale. */
  private observe(element: Element): void {
    this.resizeObserver ??= new ResizeObserver((entries) => {
      let changed = false;
      for (const { target, contentRect } of entries) {
        if (!target.isConnected) continue; // a row scrolled out of the DOM: not a new size
        const size = `${contentRect.width}x${contentRect.height}`;
        const before = this.sizes.get(target);
        this.sizes.set(target, size);
        if (before !== undefined && before !== size) changed = true;
      }
      if (!changed) return;
      this.stale = true;
      this.host.requestUpdate();
    });
    this.sizes.delete(element);
    this.resizeObserver.observe(element);
  }

  /** True while the pending update was asked for by a scroll alone (then it may wait for its rows: see the tree). */
  get scrolling(): boolean {
    return this.scrolled;
  }

  /** The host's shown data changed while a scroll's update was pending: read the geometry after it. */
  remeasure(): void {
    this.stale = true;
  }

  /** Any update but a scroll's may change what the rows look like: their geometry is read after it. */
  hostUpdate(): void {
    if (!this.scrolled) this.stale = true;
    this.fromScroll = this.scrolled;
    this.scrolled = false;
  }

  /**
   * Whether the rows rendered may no longer fit what is in view, after an update: never after a
   * scroll's own update (its window was taken from where it is scrolled), so that one reads no
   * geometry once its rows are in the DOM (which would force a layout).
   */
  outOfDate(): boolean {
    return !this.fromScroll && this.needsRender();
  }

  /** The rows the next render will show (without the active row kept elsewhere): [start, end). */
  nextRange(): [number, number] {
    return this.windowFor(this.visibleRange(), this.o.count());
  }

  /** The scroller's `scroll` handler (bind it in the template: `@scroll=${window.onScroll}`). */
  readonly onScroll = (): void => this.onViewport();

  /** The indices to render, in order: the window for what is in view, plus `active` wherever it is. */
  indices(active: number): number[] {
    const total = this.o.count();
    const [start, end] = this.nextRange();
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
