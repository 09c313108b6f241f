// The page the embedding check serves under a strict CSP with Trusted Types enforced: every
// element registered by the library's own define entry, on the in-memory mock backend.
import '../../src/define.js';
import { InMemoryAdapter } from '../../src/mock/in-memory-adapter.js';

const adapter = new InMemoryAdapter();
for (const el of document.querySelectorAll<HTMLElement & { adapter?: unknown }>('[data-widget]')) {
  el.adapter = adapter;
}
document.documentElement.dataset.ready = 'true';
