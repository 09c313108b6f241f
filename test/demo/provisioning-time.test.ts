import { expect } from '@open-wc/testing';
import { orderReadyAfterMs } from '../../demo/provisioning-time.js';

describe('demo: when orders are ready', () => {
  it('follows the status checks: with the demo settings (4 s, 350 ms latency) about 6 s, not 4', () => {
    const ms = orderReadyAfterMs({ provisioningMs: 4000, latency: 350 });
    expect(ms).to.be.closeTo(6050, 1);
  });

  it('changes with the configuration', () => {
    expect(orderReadyAfterMs({ provisioningMs: 1000, latency: 0 })).to.equal(2000);
    expect(orderReadyAfterMs({ provisioningMs: 10_000, latency: 0 })).to.equal(2000 + 3000 + 4500 + 6750);
  });
});
