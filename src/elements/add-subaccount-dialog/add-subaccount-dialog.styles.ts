import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    width: min(var(--aw-dialog-width, 40rem), calc(100vw - 2rem));
    /* Nothing jumps between steps: the top edge stays put and the dialog grows downward (then
       scrolls), instead of re-centring as its height changes. */
    --_dialog-top: clamp(0.75rem, 5dvh, 4rem);
    margin-block: var(--_dialog-top) auto;
    max-height: calc(100dvh - var(--_dialog-top) - 0.75rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.25);
  }
  dialog::backdrop {
    background: var(--aw-dialog-backdrop, rgb(16 24 32 / 0.55));
  }
  .frame {
    padding: calc(var(--_space) * 3);
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
    /* Title and close button stay in view while a long flow scrolls (the dialog is the scroller;
       the header covers the frame's top padding too, so nothing shows above it). */
    position: sticky;
    top: calc(var(--_space) * -3);
    z-index: 1;
    margin-block: calc(var(--_space) * -3) calc(var(--_space) * -1);
    padding-block: calc(var(--_space) * 3) var(--_space);
    background: var(--_surface);
  }
  h2 {
    margin: 0;
    font-size: var(--aw-dialog-title-size, 1.375rem);
    line-height: 1.3;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  button.close {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    padding: 0;
    border-color: transparent;
    font-size: 1.5rem;
    line-height: 1;
  }
  button.close:hover {
    border-color: var(--_border);
  }
  p {
    margin: 0;
    line-height: 1.45;
  }
  .body {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .body[hidden] {
    display: none;
  }
  .options {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .option {
    position: relative;
    display: grid;
    gap: calc(var(--_space) * 0.5);
    text-align: start;
    width: 100%;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .option:not(.unavailable):hover {
    border-color: var(--_primary);
    background: var(--_surface-alt);
  }
  .option:has(.option-button:focus-visible) {
    outline: var(--_ring-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .option-button {
    all: unset;
    cursor: pointer;
    font-weight: 600;
    font-size: 1.0625rem;
    color: var(--_primary);
  }
  .option-button:focus-visible {
    outline: none;
  }
  /* The whole card is the button's click target. */
  .option-button::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .option-title {
    font-weight: 600;
    font-size: 1.0625rem;
    color: var(--_primary);
  }
  .option.unavailable .option-title {
    color: var(--_muted);
  }
  .option-description {
    color: var(--_muted);
  }
  .notice {
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-radius: var(--_radius);
    display: grid;
    gap: var(--_space);
  }
  .notice.warning {
    border-inline-start-color: var(--_warning);
  }
  .notice.error {
    border-inline-start-color: var(--_danger);
  }
  .confirm {
    display: grid;
    gap: calc(var(--_space) * 2);
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }
  .confirm h3 {
    margin: 0;
    font-size: 1.125rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    /* The primary action at the end, as in the flows' footers. */
    justify-content: flex-end;
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
`;
