// DOM helpers the bench pages share: waiting for a state, finding through shadow roots, and the
// bare <dialog> floor every "dialog open → focused" figure stands beside.
import { afterPaint } from './after-paint.js';

/** Polls `ready()` at every mutation anywhere (shadow roots included, by polling each frame too). */
export function until(ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const tick = () => (ready() ? resolve() : requestAnimationFrame(tick));
    const mo = new MutationObserver(() => {
      if (ready()) {
        mo.disconnect();
        resolve();
      }
    });
    mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    tick();
  });
}

/** Every element matching `selector` in `root` and the open shadow roots below it. */
export const deep = (root: Document | ShadowRoot, selector: string): Element[] => {
  const found = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deep(el.shadowRoot, selector));
  return found;
};

/** The focused element, through open shadow roots. */
export const deepActive = (): Element | null => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

/** True when focus is inside an open <dialog> (in whichever shadow root it lives). */
export const focusInOpenDialog = (): boolean => {
  const active = deepActive();
  return !!active && deep(document, 'dialog[open]').some((d) => d.contains(active) || (d.getRootNode() as ShadowRoot).host?.shadowRoot?.contains(active));
};

/** The floor of a dialog opening: a bare <dialog>, showModal() and focus on its button, painted. */
export async function bareDialogOpen(): Promise<number> {
  const dialog = document.createElement('dialog');
  const b = document.createElement('button');
  b.textContent = 'Bestehendes Konto hinzufügen';
  dialog.append(b);
  document.body.append(dialog);
  const t0 = performance.now();
  dialog.showModal();
  b.focus();
  const t = (await afterPaint()) - t0;
  dialog.remove();
  return t;
}
