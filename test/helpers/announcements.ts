/**
 * Records what every live region inside `host` says — through shadow roots, including regions of
 * elements created later (a flow rendered by a dialog) — as a screen reader would hear it: one
 * entry each time a region's text becomes non-empty or changes. `take()` returns the entries
 * since the last `take()`, so a test can count the announcements of one outcome.
 */
export function recordAnnouncements(host: Element): { take(): string[]; all: string[]; stop(): void } {
  const all: string[] = [];
  let mark = 0;
  const lastText = new WeakMap<Element, string>();
  const observers: MutationObserver[] = [];
  const seen = new WeakSet<Node>();

  const check = (region: Element) => {
    const now = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
    const before = lastText.get(region) ?? '';
    lastText.set(region, now);
    if (now && now !== before) all.push(now);
  };

  const regionOf = (node: Node): Element | null => {
    const element = node instanceof Element ? node : node.parentElement;
    return element?.closest('[aria-live]') ?? null;
  };

  const watch = (root: Node) => {
    if (seen.has(root)) return;
    seen.add(root);
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const region = regionOf(record.target);
        if (region) check(region);
        record.addedNodes.forEach(visit);
      }
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    observers.push(observer);
    visit(root);
  };

  const visit = (node: Node) => {
    if (node instanceof Element) {
      if (node.matches('[aria-live]')) lastText.set(node, (node.textContent ?? '').replace(/\s+/g, ' ').trim());
      if (node.shadowRoot) watch(node.shadowRoot);
      node.querySelectorAll('*').forEach((child) => child.shadowRoot && watch(child.shadowRoot));
      node.querySelectorAll('[aria-live]').forEach((r) => lastText.set(r, (r.textContent ?? '').replace(/\s+/g, ' ').trim()));
    } else if (node instanceof DocumentFragment) {
      node.querySelectorAll('*').forEach((child) => child.shadowRoot && watch(child.shadowRoot));
    }
  };

  watch(host);
  if (host.shadowRoot) watch(host.shadowRoot);
  // Elements upgraded after being added get their shadow root late: look again now and then.
  const rescan = setInterval(() => visit(host), 20);
  return {
    all,
    take() {
      const out = all.slice(mark);
      mark = all.length;
      return out;
    },
    stop() {
      clearInterval(rescan);
      observers.forEach((o) => o.disconnect());
    },
  };
}

/** Waits long enough for an announcer's short delay (and any second message) to land. */
export function settleAnnouncements(ms = 200): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
