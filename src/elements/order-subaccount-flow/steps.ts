import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Catalog, CurrentAccount, Product } from '../../api/types.js';
import type { EditStep, StoredDraft } from './draft.js';
import { fieldId, optionField, textField, type FieldContext } from './fields.js';
import { priceLines, priceOf, type PriceLine } from '../../api/pricing.js';
import { vatFraction, withVat } from './pricing.js';

/** What the step renderers need from the element (state read-only, changes through callbacks). */
export interface StepContext extends FieldContext {
  catalog: Catalog;
  draft: StoredDraft;
  /** The chosen product, if any. */
  product?: Product;
  current?: CurrentAccount;
  /** Jumps to a step (the review's Edit links). */
  go: (step: EditStep) => void;
}

/** A link target from data: only http(s) (absolute or relative), never `javascript:` and the like. */
export function safeUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, globalThis.location?.href ?? 'https://invalid.example/');
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Step 1: the catalog's products as one accessible radio group. */
export function productStep(ctx: StepContext): TemplateResult {
  const products = ctx.catalog.products;
  if (!products.length) return html`<p part="notice">${ctx.t('noProducts')}</p>`;
  const problem = ctx.error('productId');
  const errorId = problem ? `${fieldId('productId')}-error` : undefined;
  return html`<fieldset class="choice" aria-labelledby="heading">
    <div class="products">
      ${products.map((p, i) => {
        const id = `product-${i}`;
        const selected = ctx.draft.productId === p.id;
        return html`<div class="product ${selected ? 'selected' : ''}" part="product">
          <input
            type="radio"
            id=${id}
            name="productId"
            .checked=${live(selected)}
            ?data-invalid=${!!problem}
            aria-describedby=${[`${id}-details`, errorId].filter(Boolean).join(' ')}
            @change=${() => ctx.change('productId', p.id)}
          />
          <label for=${id}>${p.name}</label>
          <div class="details" id="${id}-details">
            <p class="price">
              ${ctx.t('pricePerMonth', { price: ctx.money(p.price.monthly) })} ·
              ${p.price.oneOff ? ctx.t('priceOneOff', { price: ctx.money(p.price.oneOff) }) : ctx.t('priceNoOneOff')}
            </p>
            ${p.description ? html`<p>${p.description}</p>` : nothing}
            ${p.features?.length
              ? html`<p class="hint">${ctx.t('features')}</p>
                  <ul>
                    ${p.features.map((f) => html`<li>${f}</li>`)}
                  </ul>`
              : nothing}
          </div>
        </div>`;
      })}
    </div>
    ${problem ? html`<p class="field-error" id=${errorId!} part="field-error">${problem}</p>` : nothing}
  </fieldset>`;
}

/** Step 2: the product's options (from their generic types), the site address and the contact e-mail. */
export function configurationStep(ctx: StepContext): TemplateResult {
      const product = ctx.product;
  const s = ctx.draft.site;
  return html`
    ${product?.options.length
      ? html`<fieldset>
          <legend>${ctx.t('optionsLegend', { product: product.name })}</legend>
          ${product.options.map((o) => optionField(ctx, o, ctx.draft.options[o.id]))}
        </fieldset>`
      : nothing}
    <fieldset aria-describedby="site-hint">
      <legend>${ctx.t('siteLegend')}</legend>
      <p class="hint" id="site-hint">${ctx.t('siteHint')}</p>
      ${textField(ctx, { field: 'site.name', label: ctx.t('siteName'), value: s.name, required: true, hint: ctx.t('siteNameHint'), autocomplete: 'organization', maxlength: 80 })}
      ${textField(ctx, { field: 'site.street', label: ctx.t('siteStreet'), value: s.street, required: true, autocomplete: 'address-line1' })}
      ${textField(ctx, { field: 'site.postalCode', label: ctx.t('sitePostalCode'), value: s.postalCode, required: true, hint: ctx.t('sitePostalCodeHint'), autocomplete: 'postal-code', inputmode: 'numeric', maxlength: 5, size: 'postal' })}
      ${textField(ctx, { field: 'site.city', label: ctx.t('siteCity'), value: s.city, required: true, autocomplete: 'address-level2' })}
    </fieldset>
    <fieldset>
      <legend>${ctx.t('contactLegend')}</legend>
      ${textField(ctx, { field: 'contactEmail', label: ctx.t('contactEmail'), value: ctx.draft.contactEmail, required: true, type: 'email', autocomplete: 'email', hint: ctx.t('contactEmailHint') })}
    </fieldset>
  `;
}

/** Step 3: own invoice or the main account's collective invoice. */
export function invoiceStep(ctx: StepContext): TemplateResult {
  const problem = ctx.error('invoice');
  const errorId = problem ? `${fieldId('invoice')}-error` : undefined;
  const unavailable = (ctx.catalog as { collectiveInvoice?: unknown })?.collectiveInvoice === false;
  const choice = (value: 'own' | 'collective', label: string, hint: string) => html`<div class="radio">
    <input
      type="radio"
      id="invoice-${value}"
      name="invoice"
      ?disabled=${value === 'collective' && unavailable && ctx.draft.invoice !== 'collective'}
      .checked=${live(ctx.draft.invoice === value)}
      ?data-invalid=${!!problem}
      aria-describedby=${[`invoice-${value}-hint`, errorId].filter(Boolean).join(' ')}
      @change=${() => ctx.change('invoice', value)}
    />
    <label for="invoice-${value}">${label}</label>
    <span class="hint" id="invoice-${value}-hint">${hint}</span>
  </div>`;
  return html`<fieldset class="choice" aria-labelledby="heading">
    ${choice('own', ctx.t('invoiceOwn'), ctx.t('invoiceOwnHint'))}
    ${choice(
      'collective',
      ctx.t('invoiceCollective'),
      unavailable
        ? ctx.t('invoiceCollectiveUnavailable')
        : ctx.t('invoiceCollectiveHint', { customerNumber: ctx.current?.customerNumber ?? '' }),
    )}
    ${problem ? html`<p class="field-error" id=${errorId!} part="field-error">${problem}</p>` : nothing}
  </fieldset>`;
}

/** The chosen options as "label: value" lines. */
function optionSummary(ctx: StepContext, product: Product): string[] {
  const lines: string[] = [];
  for (const option of product.options) {
    const value = ctx.draft.options[option.id] ?? option.default;
    if (value === undefined || value === '') continue;
    let shown: string;
    if (option.type === 'choice') shown = option.choices.find((c) => c.value === value)?.label ?? String(value);
    else if (option.type === 'boolean') shown = ctx.t(value === true ? 'yes' : 'no');
    else if (option.type === 'number') shown = `${typeof value === 'number' ? ctx.num(value) : String(value)}${option.unit ? ` ${option.unit}` : ''}`;
    else shown = String(value);
    lines.push(`${option.label}: ${shown}`);
  }
  return lines;
}

/** How an option shows its value ("5 extensions", "Yes", a choice's label). */
function shownValue(ctx: StepContext, option: Product['options'][number], value: unknown): string {
  if (option.type === 'choice') return option.choices.find((c) => c.value === value)?.label ?? String(value);
  if (option.type === 'boolean') return ctx.t(value === true ? 'yes' : 'no');
  if (option.type === 'number') return `${typeof value === 'number' ? ctx.num(value) : String(value)}${option.unit ? ` ${option.unit}` : ''}`;
  return String(value);
}

/** The name of a price line: the product, "Extensions: 5 × €4.50", or "Call recording: Yes". */
function lineLabel(ctx: StepContext, product: Product, line: PriceLine): string {
  const option = line.option;
  if (!option) return product.name;
  if (line.units !== undefined && line.unitPrice) {
    const unit = line.unitPrice.monthly ? line.unitPrice.monthly : (line.unitPrice.oneOff ?? 0);
    return ctx.t('priceOptionUnits', { label: option.label, count: ctx.num(line.units), price: ctx.money(unit) });
  }
  return ctx.t('priceOptionValue', { label: option.label, value: shownValue(ctx, option, line.value) });
}

/** One amount cell: the money, or a spoken "none" for an empty one. */
function amount(ctx: StepContext, value: number, data?: string) {
  return html`<td data-price=${ifDefined(data)}>${value
    ? ctx.money(value)
    : html`<span aria-hidden="true">–</span><span class="visually-hidden">${ctx.t('priceNone')}</span>`}</td>`;
}

/** The price table: a line per priced item (monthly and one-off), the total, and VAT as the catalog states it. */
function priceTable(ctx: StepContext, product: Product): TemplateResult {
  const catalog = ctx.catalog;
  const lines = priceLines(product, ctx.draft.options);
  const price = priceOf(product, ctx.draft.options);
  const vat = withVat(price, catalog.vat);
  const rate = ctx.num(vatFraction(catalog.vat.rate), { style: 'percent', maximumFractionDigits: 1 });
  const included = catalog.vat.included;
  return html`<table class="price-table" aria-labelledby="price-summary">
      <thead>
        <tr>
          <th scope="col">${ctx.t('priceItem')}</th>
          <th scope="col">${ctx.t('totalMonthly')}</th>
          <th scope="col">${ctx.t('totalOneOff')}</th>
        </tr>
      </thead>
      <tbody>
        ${lines.map(
          (line) => html`<tr data-line=${line.option ? `option:${line.option.id}` : 'product'}>
            <th scope="row">${lineLabel(ctx, product, line)}</th>
            ${amount(ctx, line.monthly)}${amount(ctx, line.oneOff)}
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr class="subtotal">
          <th scope="row">${ctx.t(included ? 'subtotal' : 'subtotalNet')}</th>
          ${amount(ctx, price.monthly, 'monthly')}${amount(ctx, price.oneOff, 'one-off')}
        </tr>
        <tr class="vat">
          <th scope="row">${ctx.t(included ? 'vatContained' : 'vatAdded', { rate })}</th>
          ${amount(ctx, vat.vat.monthly, 'vat-monthly')}${amount(ctx, vat.vat.oneOff, 'vat-one-off')}
        </tr>
        ${included
          ? nothing
          : html`<tr class="total">
              <th scope="row">${ctx.t('totalGross')}</th>
              ${amount(ctx, vat.gross.monthly, 'gross-monthly')}${amount(ctx, vat.gross.oneOff, 'gross-one-off')}
            </tr>`}
      </tfoot>
    </table>
    <p class="hint" data-vat>${ctx.t(included ? 'vatIncluded' : 'vatExcluded', { rate })}</p>`;
}

/** The contract term and notice period, when the catalog gives them. */
function termSection(ctx: StepContext, product: Product): TemplateResult | typeof nothing {
  const term = product.term;
  const min = term?.minimumMonths;
  const notice = term?.noticeMonths;
  if (min === undefined && notice === undefined) return nothing;
  return html`<section aria-labelledby="review-term" class="term" data-term>
    <h3 id="review-term">${ctx.t('reviewTerm')}</h3>
    <dl>
      ${min !== undefined
        ? html`<dt>${ctx.t('termMinimum')}</dt>
            <dd data-term="minimum">${ctx.t('months', { count: min, formatted: ctx.num(min) })}</dd>`
        : nothing}
      ${notice !== undefined
        ? html`<dt>${ctx.t('termNotice')}</dt>
            <dd data-term="notice">${ctx.t('months', { count: notice, formatted: ctx.num(notice) })}</dd>`
        : nothing}
    </dl>
  </section>`;
}

/** Step 4: everything chosen with Edit links, the price summary and the terms. */
export function reviewStep(ctx: StepContext): TemplateResult {
  const product = ctx.product;
  const catalog = ctx.catalog;
  if (!product) return html``;
  const d = ctx.draft;
  const section = (step: EditStep, title: string, body: TemplateResult) => html`<section aria-labelledby="review-${step}">
    <header>
      <h3 id="review-${step}">${title}</h3>
      <button type="button" class="link" @click=${() => ctx.go(step)}>
        ${ctx.t('edit')}<span class="visually-hidden"> ${title}</span>
      </button>
    </header>
    ${body}
  </section>`;
  const options = optionSummary(ctx, product);
  const termsProblem = ctx.error('acceptTerms');
  const termsId = fieldId('acceptTerms');
  return html`<div class="summary" part="summary">
      ${section('product', ctx.t('reviewProduct'), html`<p>${product.name}</p>
        ${options.length ? html`<ul>${options.map((o) => html`<li>${o}</li>`)}</ul>` : html`<p class="hint">${ctx.t('noOptions')}</p>`}`)}
      ${section('configuration', ctx.t('reviewSite'), html`<p>${d.site.name}</p>
        <p>${d.site.street}<br />${d.site.postalCode} ${d.site.city}</p>
        <p>${ctx.t('reviewContact')}: ${d.contactEmail}</p>`)}
      ${section('invoice', ctx.t('reviewInvoice'), html`<p>${ctx.t(d.invoice === 'collective' ? 'invoiceCollectiveShort' : 'invoiceOwnShort')}</p>`)}
      <section aria-labelledby="price-summary" part="price-summary" class="prices">
        <h3 id="price-summary">${ctx.t('priceSummary')}</h3>
        ${priceTable(ctx, product)}
      </section>
      ${termSection(ctx, product)}
    </div>
    <div class="field checkbox" part="field">
      <input
        type="checkbox"
        id=${termsId}
        name="acceptTerms"
        .checked=${live(d.acceptTerms)}
        aria-required="true"
        aria-invalid=${termsProblem ? 'true' : 'false'}
        ?data-invalid=${!!termsProblem}
        aria-describedby=${ifDefined(termsProblem ? `${termsId}-error` : undefined)}
        @change=${(e: Event) => ctx.change('acceptTerms', (e.target as HTMLInputElement).checked)}
      />
      <label for=${termsId}>${ctx.t('acceptTerms')}</label>
      ${safeUrl(catalog.termsUrl)
        ? html`<p>
            <a href=${safeUrl(catalog.termsUrl)!} target="_blank" rel="noopener noreferrer"
              >${ctx.t('termsLink')}<span class="visually-hidden"> ${ctx.t('opensInNewTab')}</span></a
            >
          </p>`
        : nothing}
      ${termsProblem ? html`<p class="field-error" id="${termsId}-error" part="field-error">${termsProblem}</p>` : nothing}
    </div>`;
}
