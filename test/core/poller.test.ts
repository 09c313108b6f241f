import { expect, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AccountWidgetsError } from '../../src/api/errors.js';
import { PollController } from '../../src/core/poller.js';

class PollHost extends LitElement {
  poller = new PollController<number>(this, { initialDelay: 10, factor: 2, maxDelay: 40, maxErrors: 3 });
}
customElements.define('test-poll-host', PollHost);

function host(): PollHost {
  const el = document.createElement('test-poll-host') as PollHost;
  document.body.append(el);
  return el;
}

describe('PollController', () => {
  afterEach(() => document.querySelectorAll('test-poll-host').forEach((n) => n.remove()));

  it('polls until done, waiting longer each time (backoff up to maxDelay)', async () => {
    const el = host();
    const times: number[] = [];
    let n = 0;
    const values: number[] = [];
    el.poller.start(
      async () => {
        times.push(performance.now());
        return ++n;
      },
      { done: (v) => v === 5, value: (v) => values.push(v) },
    );
    await waitUntil(() => !el.poller.running, 'did not finish', { timeout: 2000 });
    expect(values).to.deep.equal([1, 2, 3, 4, 5]);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    // 10, 20, 40, 40 ms: each gap at least its planned delay, the later ones capped
    expect(gaps[0]).to.be.at.least(9);
    expect(gaps[1]).to.be.at.least(19);
    expect(gaps[2]).to.be.at.least(38);
    expect(gaps[3]).to.be.at.least(38).and.below(gaps[2] * 3 + 1000);
  });

  it('retries retryable failures and gives up after maxErrors in a row', async () => {
    const el = host();
    const seen: [string, boolean][] = [];
    let calls = 0;
    el.poller.start(
      async () => {
        calls++;
        throw new AccountWidgetsError('network');
      },
      { done: () => false, error: (e, willRetry) => seen.push([e.code, willRetry]) },
    );
    await waitUntil(() => !el.poller.running, 'did not give up', { timeout: 2000 });
    expect(calls).to.equal(3);
    expect(seen).to.deep.equal([
      ['network', true],
      ['network', true],
      ['network', false],
    ]);
  });

  it('stops at once on a failure that is not retryable', async () => {
    const el = host();
    let calls = 0;
    el.poller.start(
      async () => {
        calls++;
        throw new AccountWidgetsError('forbidden');
      },
      { done: () => false },
    );
    await waitUntil(() => !el.poller.running);
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).to.equal(1);
  });

  it('pauses while disconnected (aborting the request) and resumes on reconnect', async () => {
    const el = host();
    const signals: AbortSignal[] = [];
    let calls = 0;
    el.poller.start(
      (signal) => {
        calls++;
        signals.push(signal);
        return new Promise<number>((resolve, reject) => {
          const t = setTimeout(() => resolve(calls), 30);
          signal.addEventListener('abort', () => {
            clearTimeout(t);
            reject(new DOMException('aborted', 'AbortError'));
          });
        });
      },
      { done: (v) => v >= 2 },
    );
    expect(calls).to.equal(1);
    el.remove();
    expect(signals[0].aborted).to.equal(true);
    await new Promise((r) => setTimeout(r, 80));
    expect(calls).to.equal(1);
    expect(el.poller.running).to.equal(true);
    document.body.append(el);
    await waitUntil(() => !el.poller.running, 'did not resume', { timeout: 2000 });
    expect(calls).to.equal(2);
  });

  it('start(…, false) waits initialDelay before the first request; stop() cancels', async () => {
    const el = host();
    let calls = 0;
    el.poller.start(async () => ++calls, { done: () => false }, false);
    expect(calls).to.equal(0);
    await waitUntil(() => calls >= 1);
    el.poller.stop();
    const before = calls;
    await new Promise((r) => setTimeout(r, 60));
    expect(calls).to.equal(before);
    expect(el.poller.running).to.equal(false);
  });
});
