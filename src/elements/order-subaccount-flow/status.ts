import { html, nothing, type TemplateResult } from 'lit';
import type { AccountWidgetsError } from '../../api/errors.js';
import type { Order } from '../../api/types.js';
import type { OrderStep } from './draft.js';
import type { FieldContext } from './fields.js';

/** The order number as the backend names it to customers, else its id. */
export function orderNumberOf(order: Order | undefined): string {
  return order?.number || order?.id || '';
}

/** What the status views (provisioning, done, failed, hand-over) need from the element. */
export interface StatusContext {
  t: FieldContext['t'];
  heading: (step: OrderStep) => TemplateResult;
  order?: Order;
  /** A status check failed; `willRetry` tells whether polling goes on. */
  poll?: { error: AccountWidgetsError; willRetry: boolean };
  /** Why the shop cannot be reached (hand-over mode). */
  shopError?: AccountWidgetsError;
  errorText: (error: unknown) => string;
  embedded: boolean;
  handover: boolean;
  /** The catalog is loaded, so a failed order can be checked and placed again here. */
  canOrderAgain: boolean;
  on: {
    cancel: () => void;
    close: () => void;
    checkAgain: () => void;
    orderAnother: () => void;
    orderAgain: () => void;
    continueInShop: () => void;
  };
}

/** Step 6: the placed order is being set up; polling shows its status; the customer may leave. */
export function provisioningView(ctx: StatusContext): TemplateResult {
  const order = ctx.order;
  const poll = ctx.poll;
  return html`<section part="step" data-step="provisioning" aria-labelledby="heading">
    ${ctx.heading('provisioning')}
    <p>${ctx.t('provisioningText', { orderId: orderNumberOf(order) })}</p>
    <progress aria-label=${ctx.t('provisioningProgress')}></progress>
    <p class="hint" data-status=${order?.status ?? ''}>
      ${ctx.t(order?.status === 'provisioning' ? 'statusProvisioning' : 'statusSubmitted')}
    </p>
    <p>${ctx.t('provisioningLeave')}</p>
    ${poll
      ? html`<div class="alert" part="error">
          <p>${poll.willRetry ? ctx.t('pollError') : ctx.t('pollStopped')}</p>
          ${poll.willRetry ? nothing : html`<p>${ctx.errorText(poll.error)}</p>`}
          ${poll.willRetry
            ? nothing
            : html`<button type="button" @click=${ctx.on.checkAgain}>${ctx.t('checkAgain')}</button>`}
        </div>`
      : nothing}
    <div class="actions" part="actions">
      <button type="button" part="cancel" @click=${ctx.on.cancel}>${ctx.t('close')}</button>
    </div>
  </section>`;
}

/** Step 7: the new account, and where further information goes. */
export function doneView(ctx: StatusContext): TemplateResult {
  const order = ctx.order;
  const account = order?.account;
  return html`<section part="step" data-step="done" aria-labelledby="heading" class="success">
    ${ctx.heading('done')}
    <p>
      ${account
        ? ctx.t('doneText', { name: account.name, customerNumber: account.customerNumber })
        : ctx.t('doneNoAccount', { orderId: orderNumberOf(order) })}
    </p>
    ${account && order ? html`<p data-order-number>${ctx.t('orderNumber', { number: orderNumberOf(order) })}</p>` : nothing}
    ${order?.contactEmail ? html`<p>${ctx.t('doneEmail', { email: order.contactEmail })}</p>` : nothing}
    <slot name="done"></slot>
    <div class="actions" part="actions">
      ${ctx.handover ? nothing : html`<button type="button" @click=${ctx.on.orderAnother}>${ctx.t('orderAnother')}</button>`}
      ${ctx.embedded ? html`<button type="button" class="primary" part="cancel" @click=${ctx.on.close}>${ctx.t('close')}</button>` : nothing}
    </div>
  </section>`;
}

/** The order ended `failed`, with its reason. */
export function failedView(ctx: StatusContext): TemplateResult {
  const order = ctx.order;
  return html`<section part="step" data-step="failed" aria-labelledby="heading">
    ${ctx.heading('failed')}
    <div class="alert" part="error">
      <p>${ctx.t('failedText', { orderId: orderNumberOf(order) })}</p>
      ${order?.failureReason ? html`<p>${ctx.t('failedReason', { reason: order.failureReason })}</p>` : nothing}
    </div>
    <p>${ctx.t('failedNoCharge')}</p>
    <div class="actions" part="actions">
      <button type="button" part="cancel" @click=${ctx.on.cancel}>${ctx.t('close')}</button>
      <span class="spacer"></span>
      ${ctx.handover
        ? html`<button type="button" class="primary" part="next" @click=${ctx.on.continueInShop}>${ctx.t('continueInShop')}</button>`
        : ctx.canOrderAgain
          ? html`<button type="button" class="primary" part="next" @click=${ctx.on.orderAgain}>${ctx.t('orderAgain')}</button>`
          : nothing}
    </div>
  </section>`;
}

/** Hand-over mode: off to the portal's shop. */
export function handoverView(ctx: StatusContext): TemplateResult {
  return html`<section part="step" data-step="handover" aria-labelledby="heading">
    ${ctx.heading('handover')}
    <p>${ctx.t('handoverText')}</p>
    ${ctx.shopError
      ? html`<div class="alert" role="alert" part="error"><p>${ctx.errorText(ctx.shopError)}</p></div>`
      : nothing}
    <div class="actions" part="actions">
      <button type="button" part="cancel" @click=${ctx.on.cancel}>${ctx.t('cancel')}</button>
      <span class="spacer"></span>
      <button type="button" class="primary" part="next" @click=${ctx.on.continueInShop}>${ctx.t('continueInShop')}</button>
    </div>
  </section>`;
}
