// The split drop-in's page: the bundle registers the elements, this gives the section its backend.
import { InMemoryAdapter } from '../../src/mock/in-memory-adapter.js';

await customElements.whenDefined('location-management');
const el = document.querySelector<HTMLElement & { adapter?: unknown }>('location-management')!;
el.adapter = new InMemoryAdapter();
document.documentElement.dataset.ready = 'true';
