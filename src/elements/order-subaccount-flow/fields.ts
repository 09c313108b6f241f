import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { OptionValue, Price, ProductOption } from '../../api/types.js';
import type { OrderFlowMessages } from '../../i18n/order-subaccount-flow.js';

/** What the field renderers need from the element. */
export interface FieldContext {
  t: (key: keyof OrderFlowMessages & string, params?: Record<string, string | number>) => string;
  money: (amount: number) => string;
  num: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** The message of a field's error, if any. */
  error: (field: string) => string | undefined;
  change: (field: string, value: OptionValue) => void;
}

/** A DOM id for a field key (`site.postalCode` → `f-site-postalCode`); unique inside the shadow root. */
export function fieldId(field: string): string {
  return `f-${field.replace(/[^A-Za-z0-9_-]/g, (ch) => (ch === '.' ? '-' : `_${ch.charCodeAt(0).toString(16)}`))}`;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

export function errorText(ctx: FieldContext, field: string): TemplateResult | typeof nothing {
  const message = ctx.error(field);
  return message
    ? html`<p class="field-error" id="${fieldId(field)}-error" part="field-error">${message}</p>`
    : nothing;
}

export function priceAdds(ctx: FieldContext, price: Partial<Price> | undefined): string {
  const parts: string[] = [];
  if (price?.monthly) parts.push(ctx.t('priceAddMonthly', { price: ctx.money(price.monthly) }));
  if (price?.oneOff) parts.push(ctx.t('priceAddOneOff', { price: ctx.money(price.oneOff) }));
  return parts.join(', ');
}

export interface TextFieldSpec {
  field: string;
  label: string;
  value: string;
  required?: boolean;
  type?: 'text' | 'email';
  autocomplete?: string;
  inputmode?: string;
  hint?: string;
  maxlength?: number;
  placeholder?: string;
  /** A class for the input, e.g. `postal` for a short field. */
  size?: 'postal';
}

/** A labelled text input with its hint and error, tied by `aria-describedby`. */
export function textField(ctx: FieldContext, spec: TextFieldSpec): TemplateResult {
  const id = fieldId(spec.field);
  const error = ctx.error(spec.field);
  return html`<div class="field" part="field">
    <label for=${id}
      >${spec.label}${spec.required ? nothing : html` <span class="hint">${ctx.t('optional')}</span>`}</label
    >
    ${spec.hint ? html`<p class="hint" id="${id}-hint">${spec.hint}</p>` : nothing}
    <input
      id=${id}
      name=${spec.field}
      type=${spec.type ?? 'text'}
      class=${ifDefined(spec.size)}
      .value=${live(spec.value)}
      ?required=${!!spec.required}
      aria-required=${spec.required ? 'true' : 'false'}
      aria-invalid=${error ? 'true' : 'false'}
      ?data-invalid=${!!error}
      aria-describedby=${ifDefined(describedBy(error && `${id}-error`, spec.hint && `${id}-hint`))}
      autocomplete=${ifDefined(spec.autocomplete)}
      inputmode=${ifDefined(spec.inputmode)}
      maxlength=${ifDefined(spec.maxlength)}
      placeholder=${ifDefined(spec.placeholder)}
      @input=${(e: Event) => ctx.change(spec.field, (e.target as HTMLInputElement).value)}
    />
    ${errorText(ctx, spec.field)}
  </div>`;
}

/** A product option, rendered from its generic type. */
export function optionField(ctx: FieldContext, option: ProductOption, value: OptionValue | undefined): TemplateResult {
  const field = `options.${option.id}`;
  const id = fieldId(field);
  const error = ctx.error(field);
  const errorId = error ? `${id}-error` : undefined;
  const descId = option.description ? `${id}-desc` : undefined;
  const description = option.description ? html`<p class="hint" id=${descId!}>${option.description}</p>` : nothing;
  const optional = option.required ? nothing : html` <span class="hint">${ctx.t('optional')}</span>`;

  switch (option.type) {
    case 'choice':
      return html`<fieldset class="field choice" part="field" aria-describedby=${ifDefined(describedBy(descId, errorId))}>
        <legend>${option.label}${optional}</legend>
        ${description}
        ${option.choices.map((choice, i) => {
          const choiceId = `${id}-${i}`;
          const adds = priceAdds(ctx, choice.price);
          const hintId = choice.description ? `${choiceId}-hint` : undefined;
          const addsId = adds ? `${choiceId}-price` : undefined;
          return html`<div class="radio">
            <input
              type="radio"
              id=${choiceId}
              name=${field}
              .checked=${live(value === choice.value)}
              ?data-invalid=${!!error}
              aria-describedby=${ifDefined(describedBy(hintId, addsId, errorId))}
              @change=${() => ctx.change(field, choice.value)}
            />
            <label for=${choiceId}>${choice.label}</label>
            ${hintId ? html`<span class="hint" id=${hintId}>${choice.description}</span>` : nothing}
            ${addsId ? html`<span class="hint price" id=${addsId}>${adds}</span>` : nothing}
          </div>`;
        })}
        ${errorText(ctx, field)}
      </fieldset>`;
    case 'boolean': {
      const adds = priceAdds(ctx, option.price);
      const addsId = adds ? `${id}-price` : undefined;
      return html`<div class="field checkbox" part="field">
        <input
          type="checkbox"
          id=${id}
          name=${field}
          .checked=${live(value === true)}
          aria-invalid=${error ? 'true' : 'false'}
          ?data-invalid=${!!error}
          aria-describedby=${ifDefined(describedBy(descId, addsId, errorId))}
          @change=${(e: Event) => ctx.change(field, (e.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${option.label}</label>
        ${option.description ? html`<span class="hint" id=${descId!}>${option.description}</span>` : nothing}
        ${adds ? html`<span class="hint price" id=${addsId!}>${adds}</span>` : nothing}
        ${errorText(ctx, field)}
      </div>`;
    }
    case 'number': {
      const rangeParts: string[] = [];
      if (option.min !== undefined && option.max !== undefined) {
        rangeParts.push(ctx.t('numberRange', { min: ctx.num(option.min), max: ctx.num(option.max) }));
      } else if (option.min !== undefined) rangeParts.push(ctx.t('numberMin', { min: ctx.num(option.min) }));
      else if (option.max !== undefined) rangeParts.push(ctx.t('numberMax', { max: ctx.num(option.max) }));
      if (option.step && option.step !== 1) rangeParts.push(ctx.t('numberStep', { step: ctx.num(option.step) }));
      if (option.pricePerUnit?.monthly) rangeParts.push(ctx.t('pricePerUnit', { price: ctx.money(option.pricePerUnit.monthly) }));
      const range = rangeParts.join(', ');
      const rangeId = range ? `${id}-range` : undefined;
      const shown = typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
      const unitId = option.unit ? `${id}-unit` : undefined;
      return html`<div class="field" part="field">
        <label for=${id}>${option.label}${optional}</label>
        ${description} ${range ? html`<p class="hint" id=${rangeId!}>${range}</p>` : nothing}
        <span class="with-unit">
        <input
          id=${id}
          name=${field}
          type="number"
          class="number"
          inputmode="numeric"
          .value=${live(shown)}
          min=${ifDefined(option.min)}
          max=${ifDefined(option.max)}
          step=${ifDefined(option.step)}
          aria-required=${option.required ? 'true' : 'false'}
          aria-invalid=${error ? 'true' : 'false'}
          ?data-invalid=${!!error}
          aria-describedby=${ifDefined(describedBy(unitId, descId, rangeId, errorId))}
          @input=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            if (input.value === '') ctx.change(field, input.validity.badInput ? 'NaN' : '');
            else ctx.change(field, Number(input.value));
          }}
        />${unitId ? html`<span class="unit" id=${unitId}>${option.unit}</span>` : nothing}
        </span>
        ${errorText(ctx, field)}
      </div>`;
    }
    case 'text':
      return html`<div class="field" part="field">
        <label for=${id}>${option.label}${optional}</label>
        ${description}
        <input
          id=${id}
          name=${field}
          type="text"
          .value=${live(typeof value === 'string' ? value : '')}
          maxlength=${ifDefined(option.maxLength)}
          placeholder=${ifDefined(option.placeholder)}
          aria-required=${option.required ? 'true' : 'false'}
          aria-invalid=${error ? 'true' : 'false'}
          ?data-invalid=${!!error}
          aria-describedby=${ifDefined(describedBy(descId, errorId))}
          @input=${(e: Event) => ctx.change(field, (e.target as HTMLInputElement).value)}
        />
        ${errorText(ctx, field)}
      </div>`;
  }
}
