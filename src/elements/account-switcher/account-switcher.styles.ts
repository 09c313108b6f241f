import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    position: relative;
    min-width: 0;
    max-width: var(--aw-switcher-max-width, 22rem);
    --_opt-h: var(--aw-switcher-option-height, 3.25rem);
    --_active: var(--aw-switcher-active-background, var(--_surface-alt));
    --_sw-focus: var(--aw-switcher-focus-color, var(--_focus));
  }
  .switcher {
    position: relative;
  }
  .current {
    box-sizing: border-box;
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    max-width: 100%;
    min-height: 2.75rem;
    padding: 0.25rem calc(var(--_space) * 1.5);
    padding-inline-end: 2rem;
    position: relative;
    text-align: start;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  button.current {
    cursor: pointer;
  }
  button.current:focus-visible,
  .listbox:focus-visible,
  input:focus-visible,
  .error button:focus-visible {
    outline: 3px solid var(--_sw-focus);
    outline-offset: 1px;
  }
  .chevron::after {
    content: '▾';
    position: absolute;
    inset-inline-end: 0.75rem;
    top: 50%;
    transform: translateY(-50%);
  }
  .name {
    max-width: 100%;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-weight: 600;
  }
  .meta {
    display: flex;
    max-width: 100%;
    overflow: hidden;
    gap: 0.5em;
    font-size: 0.875em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .role {
    font-weight: 600;
  }
  .popup {
    position: absolute;
    z-index: 20;
    top: calc(100% + 0.25rem);
    inset-inline-start: 0;
    width: min(var(--aw-switcher-popup-width, 24rem), calc(100vw - 1rem));
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
  }
  /* Near the end of the viewport (a header's end), the popup opens towards the start instead. */
  .popup.end {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }
  input {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75rem;
    margin-bottom: calc(var(--_space) * 0.75);
    padding: 0 calc(var(--_space) * 1);
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .listbox {
    position: relative;
    max-height: var(--aw-switcher-list-height, 20rem);
    overflow: auto;
    overscroll-behavior: contain;
  }
  .options {
    position: relative;
    height: calc(var(--_n, 0) * var(--_opt-h));
  }
  .option {
    box-sizing: border-box;
    position: absolute;
    inset-inline: 0;
    top: 0;
    transform: translateY(calc(var(--_i, 0) * var(--_opt-h)));
    height: var(--_opt-h);
    display: flex;
    flex-direction: column;
    justify-content: center;
    padding: 0 calc(var(--_space) * 1.25);
    border-radius: var(--_radius);
    cursor: pointer;
    overflow: hidden;
  }
  .option:hover,
  .option.active {
    background: var(--_active);
  }
  .option.active {
    box-shadow: inset 3px 0 0 var(--_primary);
  }
  .option[aria-disabled='true'] {
    cursor: default;
    color: var(--_muted);
  }
  .option[aria-selected='true'] .name::after {
    content: ' ✓';
  }
  .tag {
    position: absolute;
    inset-inline-end: calc(var(--_space) * 1.25);
    top: 0.35rem;
    font-size: 0.75rem;
  }
  .status,
  .loading {
    margin: calc(var(--_space) * 0.75) 0 0;
    color: var(--_muted);
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    color: var(--_danger);
  }
  .error button {
    min-height: 2.75rem;
    font: inherit;
  }
  @media (forced-colors: active) {
    .option.active {
      outline: 2px solid Highlight;
    }
  }
`;
