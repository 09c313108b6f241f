import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', 'msw-storybook-addon'],
  // Serves mockServiceWorker.js at the root, so MSW can answer the stories' REST calls.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // es2022, as the library is built (Vite reads the decorator settings from tsconfig.json).
  viteFinal: (c) => mergeConfig(c, { esbuild: { target: 'es2022' }, build: { target: 'es2022' } }),
};
export default config;
