// `custom-elements.json` is written by `npm run analyze` (build-storybook runs it first) and is not
// committed. This declaration lets `.storybook/` type-check on a fresh clone too; once the file
// exists, TypeScript reads its real shape instead (`resolveJsonModule`).
declare module '*/custom-elements.json' {
  const manifest: { schemaVersion: string; modules: unknown[] };
  export default manifest;
}
