// A second copy of the library on the same page (another bundle: a micro-frontend, a partner app).
// Its define entry finds the default names taken by the first copy's classes: it must skip them
// without throwing. Its own classes still work under a partner's tag name, and the composite
// element finds its children's names at run time (core/tag-name.ts).
import '../../src/define.js';
import { defineElement, LocationManagement } from '../../src/index.js';
import { InMemoryAdapter } from '../../src/mock/in-memory-adapter.js';

defineElement('partner-site-management', LocationManagement);
defineElement('partner-site-management', LocationManagement); // twice: a no-op
const section = document.createElement('partner-site-management') as LocationManagement;
section.adapter = new InMemoryAdapter();
section.dataset.widget = '';
document.body.append(section);
document.documentElement.dataset.secondCopy = 'true';
