import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { action } from 'storybook/actions';
import manifest from '../custom-elements.json';
import { langOf } from '../stories/support.js';
import { changedProperties, controlsFromManifest, publicApi, publicEvents, settableProperties } from './manifest.js';
import { themes } from './themes.js';

// Controls and the docs tables (attributes, properties, events, slots, parts, custom properties)
// come from the manifest `npm run analyze` writes — its public API only.
setCustomElementsManifest(publicApi(manifest));
const EVENTS = publicEvents(manifest);
const SETTABLE = settableProperties(manifest);

/** The elements inherit the page's font, as in a portal; a story page gets a portal-like one. */
const PAGE_FONT = 'font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;';

const preview: Preview = {
  loaders: [mswLoader()],
  // Literal-union properties get a choice of their values; read-only properties, events, parts and
  // custom properties no control; the public methods rows of their own.
  argTypesEnhancers: [controlsFromManifest(manifest)],
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme (CSS custom properties)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.keys(themes).map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'de', theme: 'default' },
  decorators: [
    (story) => {
      // Every public event of every element reaches the Actions panel with its `detail` (the
      // default handler logs the bare Event, whose `detail` the panel cannot show). Captured on
      // the document, so stories and docs pages alike, and `close` (which does not bubble) too.
      if (!document.documentElement.dataset.awActions) {
        document.documentElement.dataset.awActions = 'true';
        for (const name of EVENTS) document.addEventListener(name, (e) => action(name)((e as CustomEvent).detail ?? {}), true);
      }
      return story();
    },
    (story, context) => {
      // A control a reviewer changes acts on the story's element even when the story's render
      // does not read that arg (`selectedId`, `inlineRows`, `requestTimeout` …).
      const result = story();
      const tag = typeof context.component === 'string' ? context.component : '';
      const changed = changedProperties(SETTABLE.get(tag), context.args, context.initialArgs);
      if (changed.length) {
        requestAnimationFrame(() => {
          for (const el of context.canvasElement.querySelectorAll(tag)) Object.assign(el, Object.fromEntries(changed));
        });
      }
      return result;
    },
    (story, context) => {
      // Every story in the toolbar's language, but the few that pin one (`pinLang`; their names
      // end in German/English). Stories never set `lang` themselves.
      const lang = langOf(context);
      const theme = themes[context.globals.theme as keyof typeof themes] ?? themes.default;
      return html`<div lang=${lang} style=${PAGE_FONT + theme} class="aw-story">${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Elements'] } },
  },
  tags: ['autodocs'],
};

export default preview;
