import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface StepFocusHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface StepFocusOptions {
  /**
   * The current step (any comparable value); a change between two updates is a step change.
   * Return `undefined` while the flow is not ready (loading): those renders are skipped, and the
   * first defined step counts as the first render.
   */
  step: () => unknown;
  /** The heading to focus; default: the element with `data-step-heading` in the render root. */
  heading?: () => HTMLElement | null | undefined;
  /** Speaks a step change, e.g. through an `Announcer`; receives the heading's text. */
  announce?: (headingText: string) => void;
}

/**
 * Moves focus to the current step's heading whenever a multi-step flow changes step, and
 * announces the change. The heading needs `tabindex="-1"` (focusable by script, not a tab stop)
 * and `data-step-heading` (or pass `heading`).
 *
 * Focus only moves when it is inside the host or was lost (the focused button was re-rendered
 * away): a step change finishing in the background never pulls focus from elsewhere on the page.
 * The first render never moves focus (a flow placed on a page does not grab it) unless focus is
 * already inside the host (waiting on a loading message); call `focusHeading()` for that, e.g.
 * when a dialog switches to the flow.
 */
export class StepFocusController implements ReactiveController {
  private readonly host: StepFocusHost;
  private readonly options: StepFocusOptions;
  private last: unknown;
  private seen = false;

  constructor(host: StepFocusHost, options: StepFocusOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Whether focus was inside the host before this update (a re-render may have removed it). */
  private focusWasWithin = false;

  hostUpdate(): void {
    this.focusWasWithin = focusIsWithin(this.host);
  }

  hostUpdated(): void {
    const step = this.options.step();
    if (step === undefined) return;
    if (!this.seen) {
      this.seen = true;
      this.last = step;
      // Focus already waits inside the host (a dialog moved it in while the flow was loading):
      // it goes on to the first step's heading. Otherwise the first render never takes focus.
      if (!this.focusWasWithin) return;
    } else {
      if (Object.is(step, this.last)) return;
      this.last = step;
    }
    const mayMove = focusIsWithin(this.host) || focusIsLost(this.host);
    if (mayMove) this.focusHeading();
    const heading = this.heading();
    if (heading) this.options.announce?.(heading.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  }

  /** The current step's heading element, if rendered. */
  heading(): HTMLElement | null | undefined {
    return this.options.heading?.() ?? this.host.renderRoot.querySelector<HTMLElement>('[data-step-heading]');
  }

  /** Focuses the current step's heading; returns false when there is none. */
  focusHeading(): boolean {
    const heading = this.heading();
    if (!heading) return false;
    heading.focus();
    return true;
  }
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * True when the focused element is the host or inside it (its shadow tree or light children).
 * Walked from the focused element rather than `:focus-within`, which WebKit does not always match
 * on a host whose nested shadow tree holds focus (seen with the order flow inside the dialog).
 */
export function focusIsWithin(host: HTMLElement): boolean {
  const active = deepActiveElement(host.ownerDocument);
  return active !== null && composedContains(host, active);
}

/** Focus is nowhere (body) or on something that contains the host, e.g. the dialog around it. */
export function focusIsLost(host: HTMLElement): boolean {
  const doc = host.ownerDocument;
  const active = deepActiveElement(doc);
  if (active === null || active === doc.body || active === doc.documentElement) return true;
  return composedContains(active, host);
}

function composedContains(ancestor: Element, node: Node): boolean {
  let current: Node | null = node;
  while (current) {
    if (current === ancestor) return true;
    current = current.parentNode ?? ((current as ShadowRoot).host || null);
  }
  return false;
}
