/**
 * Brings an element fully into view in every scrolling box around it — its own widget's scroll
 * container, any scrolling ancestor of the host page (across shadow roots) and the page itself —
 * the way `scrollIntoView({ block: 'nearest' })` does: nothing moves when it is already fully
 * visible; otherwise each box scrolls by the least amount that shows it.
 *
 * Why not a widget's own `scrollTop` arithmetic: that only knows the widget's box, so focus could
 * sit on a row below the browser's fold while the page stays put (WCAG 2.4.11 Focus Not Obscured).
 * Why `behavior: 'instant'`: a page with `scroll-behavior: smooth` would otherwise leave the
 * focused element hidden for the length of the animation (and tests measuring it flaky).
 *
 * Sticky headers inside a scroller are respected through that scroller's `scroll-padding`
 * (e.g. `scroll-padding-block-start` as tall as a sticky root row), which the browser honours.
 */
export function scrollIntoViewNearest(element: Element | null | undefined): void {
  if (!element?.isConnected) return;
  element.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
  finishInPage(element);
}

/**
 * WebKit stops up to a pixel short of the viewport's edge (it rounds the page's scroll offset),
 * leaving the element's last pixel row below the fold: the page finishes the move.
 */
function finishInPage(element: Element): void {
  const view = element.ownerDocument.defaultView;
  if (!view) return;
  const r = element.getBoundingClientRect();
  const height = element.ownerDocument.documentElement.clientHeight || view.innerHeight;
  const below = r.bottom - height;
  const above = -r.top;
  const by = below > 0 && above < 0 ? Math.min(Math.ceil(below), -above) : above > 0 && below < 0 ? -Math.min(Math.ceil(above), -below) : 0;
  if (by) view.scrollBy({ top: by, behavior: 'instant' as ScrollBehavior });
}

/**
 * True when the element's border box lies inside the browser's viewport (and has a size). What
 * tests and dev checks use to tell that a focused element can be seen.
 */
export function isInViewport(element: Element, slack = 0.5): boolean {
  const r = element.getBoundingClientRect();
  const view = element.ownerDocument.defaultView;
  if (!view || r.width === 0 || r.height === 0) return false;
  const width = element.ownerDocument.documentElement.clientWidth || view.innerWidth;
  const height = element.ownerDocument.documentElement.clientHeight || view.innerHeight;
  return r.top >= -slack && r.left >= -slack && r.bottom <= height + slack && r.right <= width + slack;
}
