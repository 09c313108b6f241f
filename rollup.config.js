// Two builds from the same sources:
// 1. dist/**/*.js — ESM modules (one per source file) for bundlers; lit & co. stay external.
// 2. dist/account-widgets.bundle.js — one self-contained, minified file that registers every
//    element: the one-<script> drop-in. Lit's production build is bundled in.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const esbuildOptions = { target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true };
const isExternal = (id) => /^(lit|@lit|@lit-labs|msw)(\/|$)/.test(id);

export default [
  {
    input: ['src/index.ts', 'src/define.ts', 'src/mock/testing.ts'],
    external: isExternal,
    plugins: [esbuild(esbuildOptions)],
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  {
    input: 'src/define.ts',
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production', 'browser'] }),
      esbuild(esbuildOptions),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
    output: { file: 'dist/account-widgets.bundle.js', format: 'esm', sourcemap: true },
  },
];
