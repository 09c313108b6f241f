import { css } from 'lit';

/** The row menu and the unlink confirmation: adopted by the tree when their code arrives. */
export const menuStyles = css`
  .row-menu [role='menuitem']:focus-visible,
  .unlink button:focus-visible {
    outline: 3px solid var(--_tree-focus);
    outline-offset: 1px;
  }
  .row-menu {
    position: fixed;
    z-index: 10;
    top: var(--_menu-top, 0);
    right: var(--_menu-right, 0);
    min-width: 12rem;
    padding: calc(var(--_space) * 0.5);
    background: var(--_tree-bg);
    border: 1px solid var(--_tree-border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  .row-menu [role='menuitem'] {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    padding: 0 calc(var(--_space) * 1.5);
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .row-menu [role='menuitem']:hover,
  .row-menu [role='menuitem']:focus {
    background: var(--_surface-alt);
  }
  .unlink {
    max-width: min(32rem, calc(100vw - 2rem));
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_tree-border);
    border-radius: var(--_radius);
    background: var(--_tree-bg);
    color: var(--_text);
    line-height: 1.45;
  }
  .unlink::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .unlink h2 {
    margin: 0 0 var(--_space);
    font-size: 1.25rem;
  }
  .unlink ul {
    padding-inline-start: 1.25rem;
  }
  .unlink-error {
    color: var(--_danger);
  }
  .unlink-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space);
  }
  .unlink-actions button {
    min-height: 2.75rem;
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_tree-border);
    border-radius: var(--_radius);
    background: var(--_tree-bg);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  /* The surface colour on the danger colour: readable in light and dark themes alike (a fixed
     white failed axe on the dark theme's light red). */
  .unlink-actions .danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_tree-bg);
    font-weight: 600;
  }
  .unlink-actions .danger[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
`;
