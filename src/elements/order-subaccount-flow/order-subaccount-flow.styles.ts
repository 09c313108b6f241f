import { css } from 'lit';

export const styles = css`
  :host {
    --_o-accent: var(--aw-order-accent, var(--_primary));
    --_o-gap: var(--aw-order-gap, calc(var(--_space) * 2));
    --_o-card-border: var(--aw-order-card-border, var(--_border));
    --_o-card-radius: var(--aw-order-card-radius, var(--_radius));
    --_o-selected: var(--aw-order-selected-background, var(--_surface-alt));
    --_o-done: var(--aw-order-progress-done, var(--_success));
    --_o-max-width: var(--aw-order-max-width, 48rem);
    max-width: var(--_o-max-width);
  }
  h2 {
    font-size: 1.25em;
    margin: 0 0 var(--_o-gap);
  }
  h3 {
    font-size: 1.05em;
    margin: 0;
  }
  p {
    margin: 0 0 var(--_space);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_o-gap);
    counter-reset: step;
  }
  .progress li {
    counter-increment: step;
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    color: var(--_muted);
    font-size: 0.9em;
  }
  .progress li::before {
    content: counter(step);
    display: inline-grid;
    place-items: center;
    width: 1.6em;
    height: 1.6em;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-weight: 600;
  }
  .progress li.done {
    color: var(--_o-done);
  }
  .progress li[aria-current='step'] {
    color: var(--_o-accent);
    font-weight: 600;
  }
  .progress li[aria-current='step']::before {
    background: var(--_o-accent);
    border-color: var(--_o-accent);
    color: var(--_on-primary);
  }
  form {
    display: grid;
    gap: var(--_o-gap);
  }
  fieldset {
    border: 1px solid var(--_o-card-border);
    border-radius: var(--_o-card-radius);
    padding: var(--_o-gap);
    margin: 0;
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  fieldset.choice {
    border: none;
    padding: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 calc(var(--_space) / 2);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .field > label {
    font-weight: 600;
  }
  .field input[type='text'],
  .field input[type='email'],
  .field input.number {
    max-width: 28rem;
    width: 100%;
  }
  .field input.number,
  .field input.postal {
    max-width: 10rem;
  }
  .radio,
  .checkbox {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .radio > .hint,
  .checkbox > .hint,
  .checkbox > p,
  .checkbox > .field-error {
    flex-basis: 100%;
    padding-inline-start: 1.75rem;
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 1.15rem;
    height: 1.15rem;
    min-height: auto;
    accent-color: var(--_o-accent);
  }
  .field-error {
    font-weight: 600;
    margin: 0;
  }
  .with-unit {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .prices h3 {
    margin-bottom: var(--_space);
  }
  .prices dd {
    text-align: end;
    max-width: 10rem;
  }
  .prices .hint {
    margin: var(--_space) 0 0;
  }
  .products {
    display: grid;
    gap: var(--_space);
  }
  .product {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_o-card-border);
    border-radius: var(--_o-card-radius);
    padding: var(--_o-gap);
  }
  .product.selected {
    border-color: var(--_o-accent);
    border-width: 2px;
    background: var(--_o-selected);
  }
  .product > input {
    margin-top: 0.25rem;
  }
  .product label {
    font-weight: 600;
  }
  .product .details {
    grid-column: 2;
  }
  .product .price {
    font-weight: 600;
  }
  .product ul {
    margin: var(--_space) 0 0;
    padding-inline-start: 1.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: flex-end;
    margin-top: var(--_o-gap);
  }
  .actions .spacer {
    flex: 1;
  }
  .notice {
    border-inline-start: 4px solid var(--_warning);
    background: var(--_surface-alt);
    padding: var(--_space) var(--_o-gap);
    border-radius: var(--_radius);
    margin: 0 0 var(--_o-gap);
  }
  .notice.info {
    border-color: var(--_o-accent);
  }
  .alert {
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface-alt);
    padding: var(--_space) var(--_o-gap);
    border-radius: var(--_radius);
  }
  .summary {
    display: grid;
    gap: var(--_o-gap);
  }
  .summary section {
    border: 1px solid var(--_o-card-border);
    border-radius: var(--_o-card-radius);
    padding: var(--_o-gap);
  }
  .summary header {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: calc(var(--_space) / 2) var(--_o-gap);
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .prices dd {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  progress {
    width: 100%;
    max-width: 28rem;
    accent-color: var(--_o-accent);
  }
  .success {
    border-inline-start: 4px solid var(--_success);
    padding-inline-start: var(--_o-gap);
  }
  /* The focused heading's bar lies on the section's own bar instead of doubling it. */
  .success [data-heading]:focus-visible::after {
    inset-inline-start: calc(var(--_o-gap) * -1 - 4px);
  }
  /* The review's price table: a line per priced item, amounts aligned on the end edge. */
  .price-table {
    width: 100%;
    max-width: 40rem;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .price-table th,
  .price-table td {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-bottom: 1px solid var(--_o-card-border);
    text-align: end;
    vertical-align: top;
  }
  /* Long German compounds ("Gesprächsaufzeichnung") break instead of widening a phone's dialog. */
  .price-table th {
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .price-table th[scope='row'],
  .price-table thead th:first-child {
    text-align: start;
    font-weight: normal;
    padding-inline-start: 0;
  }
  .price-table thead th {
    font-size: 0.875em;
    color: var(--_muted);
    font-weight: 600;
  }
  .price-table td {
    white-space: nowrap;
  }
  .price-table tfoot .subtotal th,
  .price-table tfoot .subtotal td,
  .price-table tfoot .total th,
  .price-table tfoot .total td {
    font-weight: 600;
  }
  .price-table tfoot tr:last-child th,
  .price-table tfoot tr:last-child td {
    border-bottom: 2px solid var(--_text);
  }
  .term dl {
    margin-top: var(--_space);
  }
`;
