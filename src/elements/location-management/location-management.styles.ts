import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_gap: var(--aw-location-gap, calc(var(--_space) * 2));
    container: aw-location / inline-size;
  }
  .intro {
    margin: var(--_gap) 0;
  }
  .intro .description {
    margin: 0;
  }
  .more {
    display: none;
  }
  /* Phones: the description shortens to two lines (Read more opens it), so the first screen
     shows the add button and the first rows of the tree. */
  @container aw-location (max-width: 30rem) {
    .intro:not(.open) .description {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
    }
    .more {
      display: inline-block;
      margin-top: calc(var(--_space) * 0.5);
    }
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gap);
  }
  .header ::slotted(*),
  h2 {
    margin: 0;
    font-size: var(--aw-location-heading-size, 1.5rem);
  }
  .description {
    margin: var(--_gap) 0;
    color: var(--_muted);
    max-width: 60ch;
  }
  .notice {
    margin: var(--_gap) 0;
    padding: calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
  }
  .notice.error {
    border-inline-start-color: var(--_danger);
  }
  .notice p {
    margin: 0 0 var(--_space);
  }
  .notice p:last-child {
    margin: 0;
  }
  .hint {
    color: var(--_muted);
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    margin-block-end: var(--_gap);
    max-width: 28rem;
  }
  .search[hidden] {
    display: none;
  }
  .search input {
    width: 100%;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    margin: 0 0 var(--_gap);
    padding: 0;
    border: 0;
  }
  .filters[hidden] {
    display: none;
  }
  .filters legend {
    float: inline-start;
    margin-inline-end: calc(var(--_space) * 0.5);
    padding: 0;
    font-weight: 600;
  }
  /* Chips: a real radio group (one tab stop, arrow keys), the radio drawn as a check mark. */
  .chip {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.25rem;
    padding: 0.25rem 0.85rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  /* The radio covers its whole chip, the tap target (a replaced element is not stretched by
     inset alone: WebKit kept its 12 px radio). */
  .chip input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    appearance: none;
    opacity: 0;
    cursor: pointer;
  }
  .chip:has(input:checked) {
    border: 2px solid var(--_primary);
    padding-inline: calc(0.85rem - 1px);
    background: var(--_surface-alt);
    font-weight: 600;
  }
  .chip:has(input:checked) span::before {
    content: '✓' / '';
    margin-inline-end: 0.3em;
  }
  .chip:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .chip:has(input:checked) {
      border-color: Highlight;
    }
  }
`;
