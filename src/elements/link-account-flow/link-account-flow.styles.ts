import { css } from 'lit';

export const styles = css`
  :host {
    max-width: 40rem;
  }
  .step-of {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  h2 {
    margin: 0.25rem 0 calc(var(--_space) * 2);
    font-size: var(--aw-link-heading-size, 1.25rem);
    line-height: 1.3;
  }
  p {
    margin: 0 0 calc(var(--_space) * 2);
    line-height: 1.45;
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  label {
    font-weight: 600;
  }
  .field input {
    max-width: 16rem;
    letter-spacing: 0.05em;
  }
  .field-error,
  .hint {
    margin: 0;
  }
  .message {
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-radius: var(--_radius);
  }
  .message.error {
    border-inline-start-color: var(--_danger);
  }
  .message.success {
    border-inline-start-color: var(--_success);
  }
  .message p:last-child {
    margin-bottom: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .actions.spread {
    justify-content: space-between;
  }
  /* One footer per step, the same in both flows: secondary actions first, the primary action at
     the end (in reading direction), wrapping as a whole on narrow screens. */
  .actions.footer {
    justify-content: flex-end;
  }
  .actions .spacer {
    flex: 1;
  }
  .meta {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
  }
  .meta p {
    margin: 0;
  }
  .expired {
    color: var(--_danger);
    font-weight: 600;
  }
  dl.account {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 2);
  }
  dl.account dt {
    color: var(--_muted);
  }
  dl.account dd {
    margin: 0;
    font-weight: 600;
  }
`;
