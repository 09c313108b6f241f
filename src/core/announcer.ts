import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region inside the element's shadow root. Render `announcer.render()` once in the
 * template; `announce(text)` speaks it. The region is cleared first so that the same text twice
 * is announced twice.
 */
export class Announcer implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The text currently in the live region (what a screen reader was last told). */
  get message(): string {
    return this.text;
  }

  announce(text: string): void {
    clearTimeout(this.timer);
    this.text = '';
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.text = text;
      this.host.requestUpdate();
    }, 50);
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" part="announcer">${this.text}</div>`;
  }
}
