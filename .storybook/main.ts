import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', 'msw-storybook-addon'],
  // Serves mockServiceWorker.js at the root, so MSW can answer the stories' REST calls.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // Vite 7 + es2022 lowers the standard `accessor` decorators the browser cannot parse yet.
  viteFinal: (c) => mergeConfig(c, { esbuild: { target: 'es2022' }, build: { target: 'es2022' } }),
};
export default config;
