import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderSubaccountFlow } from '../../../src/elements/order-subaccount-flow/order-subaccount-flow.js';
import { active, chooseProduct, fieldError, fillSite, pressNext, q, qq, setup, text, typeInto, waitForStep } from './helpers.js';

async function toConfiguration(el: OrderSubaccountFlow, index: number): Promise<void> {
  await chooseProduct(el, index);
  await pressNext(el);
  await waitForStep(el, 'configuration');
}

/** Next is blocked, the field says why (aria-invalid + aria-describedby), and has focus. */
async function expectBlocked(el: OrderSubaccountFlow, selector: string, message: string, focused = true): Promise<void> {
  await pressNext(el);
  await el.updateComplete;
  const input = q(el, selector);
  expect(el.step, 'still on the step').to.equal('configuration');
  expect(input.getAttribute('aria-invalid')).to.equal('true');
  expect(fieldError(el, input)).to.equal(message);
  if (focused) expect(active(el)).to.equal(input);
}

describe('<order-subaccount-flow>: validation blocks Next with a message on the field', () => {
  it('requires a product', async () => {
    const { el } = await setup();
    await pressNext(el);
    const radios = qq<HTMLInputElement>(el, 'input[name="productId"]');
    expect(el.step).to.equal('product');
    expect(fieldError(el, radios[0])).to.equal('Choose a product.');
    expect(active(el)).to.equal(radios[0]);
    // choosing one clears the message
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(fieldError(el, radios[0])).to.equal(undefined);
  });

  it('requires every site field and the e-mail, focusing the first', async () => {
    const { el } = await setup();
    await toConfiguration(el, 0);
    await typeInto(el, '#f-contactEmail', ''); // pre-filled from the account: cleared here
    await pressNext(el);
    expect(el.step).to.equal('configuration');
    const expectations: [string, string][] = [
      ['#f-site-name', 'Enter a name for the site.'],
      ['#f-site-street', 'Enter street and house number.'],
      ['#f-site-postalCode', 'Enter the postal code of the site.'],
      ['#f-site-city', 'Enter the city.'],
      ['#f-contactEmail', 'Enter an e-mail address.'],
    ];
    for (const [selector, message] of expectations) {
      const input = q(el, selector);
      expect(input.getAttribute('aria-invalid'), selector).to.equal('true');
      expect(fieldError(el, input), selector).to.equal(message);
    }
    expect(active(el)).to.equal(q(el, '#f-site-name'));
    await waitForAnnouncement(el, 'Please check 5 entries.');
    // The site hint explains why the address is required
    expect(text(el)).to.contain('emergency calls (110 and 112)');
    // correcting a field clears its message while typing
    await typeInto(el, '#f-site-name', 'Filiale');
    expect(q(el, '#f-site-name').getAttribute('aria-invalid')).to.equal('false');
  });

  it('validates the German postal code (5 digits)', async () => {
    const { el } = await setup();
    await toConfiguration(el, 0);
    await fillSite(el, { name: 'A', street: 'B 1', postalCode: '1234', city: 'C' });
    await expectBlocked(el, '#f-site-postalCode', 'Enter a German postal code with 5 digits, e.g. 20095.');
    await typeInto(el, '#f-site-postalCode', '12a45');
    await expectBlocked(el, '#f-site-postalCode', 'Enter a German postal code with 5 digits, e.g. 20095.');
    await typeInto(el, '#f-site-postalCode', '12345');
    await pressNext(el);
    await waitForStep(el, 'invoice');
  });

  it('validates the e-mail address', async () => {
    const { el } = await setup();
    await toConfiguration(el, 0);
    await fillSite(el, undefined, 'not-an-address');
    await expectBlocked(el, '#f-contactEmail', 'Enter a valid e-mail address, e.g. name@example.de.');
  });

  it('validates number options: required, min, max and step', async () => {
    const { el } = await setup();
    await toConfiguration(el, 1); // SIP-Trunk: channels 2 … 120 in steps of 2
    await fillSite(el);
    const channels = '#f-options-channels';
    expect(text(el)).to.contain('From 2 to 120, in steps of 2');
    await typeInto(el, channels, '');
    await expectBlocked(el, channels, 'This field is required.');
    await typeInto(el, channels, '1');
    await expectBlocked(el, channels, 'Enter at least 2.');
    await typeInto(el, channels, '122');
    await expectBlocked(el, channels, 'Enter at most 120.');
    await typeInto(el, channels, '7');
    await expectBlocked(el, channels, 'Enter a value in steps of 2, e.g. 8.');
    await typeInto(el, channels, '8');
    await pressNext(el);
    await waitForStep(el, 'invoice');
  });

  it('validates text options: pattern and required', async () => {
    const { el } = await setup();
    await toConfiguration(el, 0); // cost centre: optional, 4 to 10 digits
    await fillSite(el);
    await typeInto(el, '#f-options-costCenter', '12');
    await expectBlocked(el, '#f-options-costCenter', 'The format is not valid. e.g. 4100');
    await typeInto(el, '#f-options-costCenter', '');
    await pressNext(el);
    await waitForStep(el, 'invoice');
  });

  it('validates a required text option with a pattern (area code)', async () => {
    const { el } = await setup();
    await toConfiguration(el, 2);
    await fillSite(el);
    await expectBlocked(el, '#f-options-areaCode', 'This field is required.', false);
    expect(active(el)).to.equal(q(el, '#f-options-areaCode')); // the first invalid field, above the site
    await typeInto(el, '#f-options-areaCode', '40');
    await expectBlocked(el, '#f-options-areaCode', 'The format is not valid. 040');
    await typeInto(el, '#f-options-areaCode', '040');
    await pressNext(el);
    await waitForStep(el, 'invoice');
  });

  it('requires accepting the terms before ordering', async () => {
    const { el, adapter } = await setup();
    await toConfiguration(el, 0);
    await fillSite(el);
    await pressNext(el);
    await pressNext(el);
    await waitForStep(el, 'review');
    await pressNext(el);
    const terms = q(el, '#f-acceptTerms');
    expect(el.step).to.equal('review');
    expect(terms.getAttribute('aria-invalid')).to.equal('true');
    expect(fieldError(el, terms)).to.equal('Please accept the terms and conditions to order.');
    expect(active(el)).to.equal(terms);
    expect(adapter.backend.orders()).to.have.length(0);
  });
});

async function waitForAnnouncement(el: OrderSubaccountFlow, message: string): Promise<void> {
  const { waitUntil } = await import('@open-wc/testing');
  await waitUntil(() => q(el, '[role="status"]').textContent === message, `announcement "${message}"`);
}
