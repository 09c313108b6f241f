/**
 * Loaded by web-test-runner.config.js after the test framework, before any test file. A failed
 * assertion about DOM nodes (`expect(hit).to.equal(row)`) carries those nodes as its `actual` and
 * `expected`; handed back to the runner they take the browser down ("the browser disconnected")
 * and the message is lost. A root hook turns them into their markup first.
 */
const readable = (value: unknown): unknown =>
  value instanceof Element ? value.outerHTML : value instanceof Node ? `${value.nodeName} ${value.textContent ?? ''}` : value;

mocha.suite.afterEach(function () {
  const err = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!err) return;
  err.actual = readable(err.actual);
  err.expected = readable(err.expected);
});
