import { css } from 'lit';

export const styles = css`
  :host {
    --_row-h: var(--aw-tree-row-height, 3.5rem);
    --_indent: var(--aw-tree-indent, 1.75rem);
    --_tree-bg: var(--aw-tree-background, var(--_surface));
    --_tree-border: var(--aw-tree-border-color, var(--_border));
    --_hover: var(--aw-tree-row-hover-background, var(--_surface-alt));
    --_selected: var(--aw-tree-selected-background, var(--_surface-alt));
    --_selected-bar: var(--aw-tree-selected-color, var(--_primary));
    --_reveal: var(--aw-tree-reveal-background, var(--_highlight));
    --_match: var(--aw-tree-match-background, var(--_highlight));
    --_badge-bg: var(--aw-tree-badge-background, var(--_surface-alt));
    --_badge-fg: var(--aw-tree-badge-color, var(--_text));
    --_tree-focus: var(--aw-tree-focus-color, var(--_focus));
  }

  .tree {
    container-type: inline-size;
    position: relative;
    max-height: var(--aw-tree-height, 32rem);
    overflow: auto;
    overscroll-behavior: contain;
    background: var(--_tree-bg);
    border: 1px solid var(--_tree-border);
    border-radius: var(--_radius);
  }

  [role='treeitem'] {
    outline: none;
  }
  .row {
    display: flex;
    align-items: center;
    gap: var(--_space);
    height: var(--_row-h);
    padding: 0 calc(var(--_space) * 1.5);
    cursor: default;
    user-select: none;
    background: var(--_tree-bg);
  }
  .row:hover {
    background: var(--_hover);
  }
  .row[aria-selected='true'] {
    background: var(--_selected);
    box-shadow: inset 4px 0 0 var(--_selected-bar);
  }
  :host(:dir(rtl)) .row[aria-selected='true'] {
    box-shadow: inset -4px 0 0 var(--_selected-bar);
  }
  .row:focus-visible {
    outline: 3px solid var(--_tree-focus);
    outline-offset: -3px;
  }
  .row.revealed {
    background: var(--_reveal);
    transition: background 0.6s;
  }

  .root {
    position: sticky;
    top: 0;
    z-index: 1;
    border-bottom: 1px solid var(--_tree-border);
  }
  .label {
    display: flex;
    align-items: center;
    gap: var(--_space);
    flex: 1;
    min-width: 0;
  }
  .twisty {
    flex: none;
    width: 1.25rem;
    text-align: center;
    color: var(--_muted);
    transition: transform 0.15s;
  }
  .root[aria-expanded='false'] .twisty {
    transform: rotate(-90deg);
  }
  :host(:dir(rtl)) .root[aria-expanded='false'] .twisty {
    transform: rotate(90deg);
  }
  .twisty.leaf {
    visibility: hidden;
  }

  .group {
    position: relative;
    height: calc(var(--_n, 0) * var(--_row-h));
    contain: layout size;
  }
  .child {
    position: absolute;
    top: 0;
    left: 0;
    right: 0;
    transform: translateY(calc(var(--_i, 0) * var(--_row-h)));
    padding-inline: calc(var(--_space) * 1.5 + var(--_indent)) calc(var(--_space) * 1.5);
    contain: layout style;
  }

  .text {
    display: flex;
    flex-direction: column;
    min-width: 0;
    flex: 1;
    line-height: 1.3;
  }
  .name {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .managed-by {
    color: var(--_muted);
    font-weight: normal;
  }
  mark {
    background: var(--_match);
    color: inherit;
    border-radius: 2px;
  }
  .badges {
    display: flex;
    flex: none;
    gap: calc(var(--_space) * 0.5);
  }
  .badge {
    font-size: 0.75em;
    line-height: 1.2;
    padding: 0.15em 0.5em;
    border-radius: 999px;
    border: 1px solid var(--_tree-border);
    background: var(--_badge-bg);
    color: var(--_badge-fg);
    white-space: nowrap;
  }
  .badge.status-provisioning {
    color: var(--_warning);
    border-color: currentColor;
  }
  .badge.status-suspended {
    color: var(--_danger);
    border-color: currentColor;
  }
  .child.status-provisioning .name {
    font-style: italic;
  }

  /* Windows High Contrast and other forced colours drop backgrounds and shadows: selection, the
     revealed row, matches and loading bars are drawn with system colours instead. */
  @media (forced-colors: active) {
    .row[aria-selected='true']::before {
      content: '';
      position: absolute;
      inset-block: 0;
      inset-inline-start: 0;
      width: 4px;
      forced-color-adjust: none;
      background: SelectedItem;
    }
    .row.revealed {
      outline: 2px dashed Highlight;
      outline-offset: -6px;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
    .placeholder .bar,
    .skeleton .bar {
      border: 1px dashed GrayText;
    }
  }

  /* Narrow trees (phones): badges move below the name, so names are not cut short. Every row
     grows alike — windowing needs one row height. */
  @container (max-width: 30rem) {
    .group,
    .row {
      --_row-h: calc(var(--aw-tree-row-height, 3.5rem) + 1.25rem);
    }
    .row,
    .label {
      flex-wrap: wrap;
      align-content: center;
      row-gap: 0.2rem;
    }
    .text {
      flex-basis: 100%;
    }
  }

  .placeholder .bar,
  .skeleton .bar {
    display: block;
    height: 0.75rem;
    width: 40%;
    border-radius: 4px;
    background: var(--_surface-alt);
    animation: pulse 1.2s ease-in-out infinite;
  }
  .skeleton .bar.short {
    width: 25%;
    margin-top: 0.4rem;
  }
  .skeleton .row {
    display: block;
    padding-top: 0.9rem;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }

  .empty,
  .no-matches,
  .error-state,
  .notice {
    margin: calc(var(--_space) * 1.5) 0 0;
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    line-height: 1.45;
  }
  .empty,
  .no-matches {
    color: var(--_muted);
    background: var(--_surface-alt);
  }
  .error-state,
  .notice {
    border: 1px solid var(--_danger);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    justify-content: space-between;
  }
  .error-state p,
  .notice p {
    margin: 0;
    color: var(--_danger);
  }
  .notice {
    margin: 0 0 var(--_space);
  }
`;
