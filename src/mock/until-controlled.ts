/**
 * Resolves once this page's requests go through its service worker. MSW's `worker.start()`
 * resolves when the worker is active, which on a first visit comes before `clients.claim()` has
 * made it the page's controller: a request sent in between goes to the real network (seen in CI
 * as a 404 for `/api/me` on the first test of a file).
 *
 *   await worker.start();
 *   await untilControlled();
 */
export function untilControlled(timeoutMs = 5000): Promise<void> {
  const container = navigator.serviceWorker;
  if (container.controller) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', done);
      resolve();
    };
    const timer = setTimeout(() => {
      container.removeEventListener('controllerchange', done);
      reject(new Error(`The mock service worker did not take control of this page within ${timeoutMs} ms; reload the page.`));
    }, timeoutMs);
    container.addEventListener('controllerchange', done);
  });
}
