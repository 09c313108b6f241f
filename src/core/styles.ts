import { css } from 'lit';

/**
 * Library-wide design tokens. Every element reads its own `--aw-<element>-*` properties with a
 * fallback to these `--aw-*` tokens, which a page sets once (on `:root` or any ancestor) to
 * re-skin everything. The defaults meet WCAG 2.1 AA contrast on white.
 *
 * | token | default |
 * |---|---|
 * | --aw-font-family | inherit |
 * | --aw-font-size | 1rem |
 * | --aw-color-text | #1d2329 |
 * | --aw-color-text-muted | #56606b |
 * | --aw-color-surface | #ffffff |
 * | --aw-color-surface-alt | #f3f5f7 |
 * | --aw-color-border | #8a949e |
 * | --aw-color-primary | #0b5cad |
 * | --aw-color-on-primary | #ffffff |
 * | --aw-color-danger | #b3261e |
 * | --aw-color-success | #1e7a34 |
 * | --aw-color-warning | #8a5300 |
 * | --aw-color-highlight | #fff3b0 |
 * | --aw-color-focus | #0b5cad |
 * | --aw-focus-ring-width | 3px |
 * | --aw-radius | 6px |
 * | --aw-space | 0.5rem |
 */
export const tokens = css`
  :host {
    --_text: var(--aw-color-text, #1d2329);
    --_muted: var(--aw-color-text-muted, #56606b);
    --_surface: var(--aw-color-surface, #ffffff);
    --_surface-alt: var(--aw-color-surface-alt, #f3f5f7);
    --_border: var(--aw-color-border, #8a949e);
    --_primary: var(--aw-color-primary, #0b5cad);
    --_on-primary: var(--aw-color-on-primary, #ffffff);
    --_danger: var(--aw-color-danger, #b3261e);
    --_success: var(--aw-color-success, #1e7a34);
    --_warning: var(--aw-color-warning, #8a5300);
    --_highlight: var(--aw-color-highlight, #fff3b0);
    --_focus: var(--aw-color-focus, var(--aw-color-primary, #0b5cad));
    --_ring-width: var(--aw-focus-ring-width, 3px);
    --_radius: var(--aw-radius, 6px);
    --_space: var(--aw-space, 0.5rem);
    font-family: var(--aw-font-family, inherit);
    font-size: var(--aw-font-size, 1rem);
    color: var(--_text);
  }
`;

/** Shared building blocks: hidden-but-spoken text, focus ring, buttons, fields, messages. */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* One focus ring for inputs, buttons, rows and links: the same colour and width everywhere. */
  :focus-visible {
    outline: var(--_ring-width) solid var(--_focus);
    outline-offset: 2px;
  }
  /* A focused step heading is not a field: no box around it, but a bar at its start and a line
     under it (together as large as a 2 px perimeter, WCAG 2.4.13), so nobody tries to type in it. */
  [data-step-heading],
  [data-heading],
  [data-focus-spot] {
    position: relative;
  }
  [data-step-heading]:focus,
  [data-heading]:focus,
  [data-focus-spot]:focus {
    outline: none;
  }
  [data-step-heading]:focus-visible::after,
  [data-heading]:focus-visible::after,
  [data-focus-spot]:focus-visible::after {
    content: '';
    position: absolute;
    inset-block: -0.125rem -0.3rem;
    inset-inline: -0.625rem 0;
    border-inline-start: 4px solid var(--_focus);
    border-block-end: 4px solid var(--_focus);
    border-end-start-radius: 2px;
    pointer-events: none;
  }
  @media (forced-colors: active) {
    [data-step-heading]:focus-visible::after,
    [data-heading]:focus-visible::after,
    [data-focus-spot]:focus-visible::after {
      border-color: Highlight;
    }
  }
  /* Links follow the theme (the browser's default blue is unreadable on a dark surface). */
  a {
    color: var(--_primary);
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1) calc(var(--_space) * 2);
    border: 1px solid var(--_primary);
    background: var(--_surface);
    color: var(--_primary);
    min-height: 2.5rem;
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  button.link {
    border: none;
    background: none;
    padding: 0 0.125rem;
    /* Still a 24 × 24 px target (WCAG 2.5.8). */
    min-height: 1.5rem;
    min-width: 1.5rem;
    text-decoration: underline;
  }
  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1);
    min-height: 2.5rem;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field-error,
  .error {
    color: var(--_danger);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
