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
    /* Height follows content: a short list is shown in full (no scroll box inside the page); a
       long one (.bounded) scrolls in a box of at most --aw-tree-height, which, when set, is the
       maximum at any length. */
    max-height: var(--aw-tree-height, none);
    overflow: auto;
    /* Rows scrolled into view stop below the sticky root row (its height is set from script). */
    scroll-padding-block-start: var(--_root-h, var(--_row-h));
    background: var(--_tree-bg);
    border: 1px solid var(--_tree-border);
    border-radius: var(--_radius);
  }

  .tree.bounded {
    max-height: var(--aw-tree-height, 32rem);
    overscroll-behavior: contain;
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
    outline: var(--_ring-width) solid var(--_tree-focus);
    /* Inside the row: the scroll box would clip a ring drawn outside it. */
    outline-offset: calc(var(--_ring-width) * -1);
  }
  .row.revealed {
    background: var(--_reveal);
    transition: background 0.6s;
  }

  .root {
    position: sticky;
    top: 0;
    z-index: 3;
    border-bottom: 1px solid var(--_tree-border);
    /* Not virtualised: the root row grows with its text (long names, counts, "Managed by"). */
    height: auto;
    min-height: var(--_row-h);
    padding-block: calc(var(--_space) * 0.5);
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
  .headline {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
  }
  .headline .name {
    flex: 0 1 auto;
    min-width: 0;
  }
  .badges {
    display: flex;
    flex: none;
    flex-wrap: wrap;
    max-width: 100%;
    gap: calc(var(--_space) * 0.5);
  }

  /* The visible Open link: a 44 px tall tap target on every openable row (not a tab stop). */
  .open,
  .open-reason {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-height: 2.75rem;
    min-width: 2.75rem;
    margin-inline-start: auto;
    padding: 0 calc(var(--_space) * 1.25);
    border-radius: var(--_radius);
    white-space: nowrap;
  }
  .open {
    color: var(--_primary);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
    -webkit-user-drag: none;
  }
  .open:hover {
    background: var(--_surface-alt);
    text-decoration-thickness: 2px;
  }
  .chevron::after {
    content: '›';
    display: inline-block;
    font-size: 1.25em;
    line-height: 1;
  }
  :host(:dir(rtl)) .chevron::after {
    content: '‹';
  }
  .open-reason {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Legible badges: never below 12 px, the weight of body text or more, 4.5:1 with every theme's
     tokens (text colours on the row surface). Icon, text and outline tell them apart; colour only adds. */
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    font-size: max(12px, 0.8125em);
    font-weight: 600;
    line-height: 1.2;
    padding: 0.15em 0.55em 0.15em 0.45em;
    border-radius: 999px;
    border: 1px solid var(--_tree-border);
    background: var(--_badge-bg);
    color: var(--_badge-fg);
    white-space: nowrap;
  }
  .badge .icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
  }
  /* Outlined on the row's surface like every badge, so a partner's colour for the badge part keeps
     its contrast; a double-weight outline and a filled icon set it apart. */
  .badge-main {
    background: var(--_tree-bg);
    border: 2px solid currentColor;
    color: var(--_primary);
    --_badge-icon-cut: var(--_tree-bg);
  }
  .badge-collective {
    color: var(--_primary);
    border-color: currentColor;
    background: var(--_tree-bg);
    border-radius: 4px;
  }
  .badge-this {
    color: var(--_text);
    border-style: dashed;
    background: var(--_tree-bg);
  }
  .badge-provisioning {
    color: var(--_warning);
    border-color: currentColor;
    border-style: dashed;
    background: var(--_tree-bg);
  }
  .badge-suspended {
    color: var(--_danger);
    border: 2px solid currentColor;
    background: var(--_tree-bg);
    border-radius: 3px;
  }

  /* What the badges mean: on hover over the badges (and over the explanation itself, so it can be
     read), and while the row has keyboard focus; Escape hides it. Never a tab stop of its own. */
  .tip {
    position: absolute;
    z-index: 3;
    inset-inline-end: calc(var(--_space) * 1.5);
    top: 50%;
    transform: translateY(-50%);
    max-width: min(24rem, 48%);
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    padding: 0.35rem 0.6rem;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.875rem;
    font-weight: normal;
    line-height: 1.35;
    white-space: normal;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    visibility: hidden;
    opacity: 0;
    transition:
      opacity 0.12s 0.25s,
      visibility 0s 0.37s;
    pointer-events: none;
  }
  /* The root's explanation: a sticky anchor of no height right below the (sticky) root row, placed
     by the root's measured height (--_root-h, set on the tree), which grows with its text. Its
     rules look at the root row through "~" (and .hovered, set from script), never
     ".tree:has(…)": a :has() anchored on the tree is checked again whenever rows come and go, a
     second style pass on every scroll. */
  .root-tip {
    position: sticky;
    top: var(--_root-h, var(--_row-h));
    height: 0;
    z-index: 4;
  }
  .root-tip .tip {
    top: calc(var(--_root-h, var(--_row-h)) / -2);
  }
  .row:has(.badges:hover) .tip,
  .root-tip.hovered .tip,
  .root:focus-visible ~ .root-tip .tip,
  .tip:hover,
  .row:focus-visible .tip {
    visibility: visible;
    opacity: 1;
    transition-delay: 0s;
    pointer-events: auto;
  }
  /* Shown for keyboard focus, the explanation never takes the pointer's clicks from the row's Open
     link and actions button beneath it (hovering the badges still makes it hoverable). */
  .row:focus-visible:not(:has(.badges:hover)) .tip,
  .root:focus-visible ~ .root-tip:not(.hovered) .tip {
    pointer-events: none;
  }
  .tips-hidden .row:focus-visible .tip,
  .tips-hidden .root:focus-visible ~ .root-tip .tip {
    visibility: hidden;
    opacity: 0;
  }
  .child:hover,
  .child:focus-visible {
    z-index: 2;
  }
  @media (prefers-reduced-motion: reduce) {
    .tip {
      transition: none;
    }
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
    .badge {
      border-color: CanvasText;
    }
    .tip {
      border: 1px solid CanvasText;
    }
  }

  /* Narrow trees (phones): names, numbers and "Managed by" wrap instead of being cut; badges and
     the Open link move to a line of their own below. Every child row grows alike — windowing
     needs one row height — and fits two lines of name, the badges' line, two of details and the
     Open link's line, with room for the text metrics of every engine (Firefox's run taller). */
  @container (max-width: 30rem) {
    .group,
    .row {
      --_row-h: calc(var(--aw-tree-row-height, 3.5rem) + 6rem);
    }
    /* 12 px badges: two of them (e.g. collective invoice and being set up) share one line at 320 px. */
    .badge {
      font-size: 12px;
    }
    .row,
    .label {
      flex-wrap: wrap;
      align-content: center;
      row-gap: 0.2rem;
    }
    .root {
      --_row-h: var(--aw-tree-row-height, 3.5rem);
    }
    .label {
      flex-basis: calc(100% - 1.25rem - var(--_space));
    }
    .text {
      flex-basis: 100%;
    }
    .name,
    .meta {
      white-space: normal;
      overflow-wrap: anywhere;
    }
    .child .name,
    .child .meta {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
    }
    .open,
    .open-reason {
      min-height: 2rem;
    }
    .root .open,
    .root .open-reason {
      margin-inline-start: calc(1.25rem + var(--_space));
    }
    .headline {
      flex-direction: column;
      align-items: flex-start;
      row-gap: 0.2rem;
    }
    .headline .name {
      max-width: 100%;
    }
    .tip {
      top: calc(100% - 0.25rem);
      transform: none;
      inset-inline: calc(var(--_space) * 1.5);
      max-width: none;
    }
    .root-tip .tip {
      top: -0.25rem;
    }
  }

  /* Row actions: a menu button per sub-account row (a tap target, not a tab stop). */
  .actions {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    min-width: 2.75rem;
    margin-inline-start: calc(var(--_space) * -0.5);
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .actions:hover,
  .actions[aria-expanded='true'] {
    background: var(--_surface-alt);
    border-color: var(--_tree-border);
  }
  .actions:focus-visible {
    outline: 3px solid var(--_tree-focus);
    outline-offset: 1px;
  }
  .dots::after {
    content: '⋯';
    font-size: 1.4em;
    line-height: 1;
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
