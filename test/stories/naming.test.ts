// One naming scheme for every story (docs/conventions.md, "Stories"): the export name is the story's
// name (Storybook shows `SubAccountView` as "Sub Account View", its id ends in `--sub-account-view`);
// a story follows the toolbar's language, unless it pins one, and then its name ends in
// `German` / `English`. scripts/check-stories.js and the stories.test.ts files rely on it.
import { expect } from '@open-wc/testing';
import * as switcher from '../../stories/account-switcher.stories.js';
import * as tree from '../../stories/account-tree.stories.js';
import * as dialog from '../../stories/add-subaccount-dialog.stories.js';
import * as link from '../../stories/link-account-flow.stories.js';
import * as section from '../../stories/location-management.stories.js';
import * as order from '../../stories/order-subaccount-flow.stories.js';

interface StoryLike {
  name?: string;
  parameters?: { lang?: string };
}
interface MetaLike {
  title: string;
  component: string;
}

const files = { switcher, tree, dialog, link, section, order } as unknown as Record<string, Record<string, StoryLike | MetaLike>>;
const titleOf = (tag: string) => `Elements/${tag.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ')}`;

describe('story names follow one scheme', () => {
  for (const [file, module] of Object.entries(files)) {
    const meta = module.default as MetaLike;
    const stories = Object.entries(module).filter(([key]) => key !== 'default') as [string, StoryLike][];

    it(`${meta.component}: the title is the tag in words`, () => {
      expect(meta.title, file).to.equal(titleOf(meta.component));
      expect(stories.length, file).to.be.above(5);
    });

    it(`${meta.component}: every export is the story's name, in PascalCase, without an own \`name\``, () => {
      for (const [key, story] of stories) {
        expect(key, `${file}: ${key}`).to.match(/^[A-Z][A-Za-z0-9]*$/);
        expect(story.name, `${file}: ${key} has its own name`).to.equal(undefined);
        expect(key, `${file}: ${key} uses the old De/En suffix`).not.to.match(/[a-z](De|En)$/);
      }
    });

    it(`${meta.component}: a story pins a language exactly when its name ends in German or English`, () => {
      for (const [key, story] of stories) {
        const suffix = /(German|English)$/.exec(key)?.[1];
        const expected = suffix === 'German' ? 'de' : suffix === 'English' ? 'en' : undefined;
        expect(story.parameters?.lang, `${file}: ${key}`).to.equal(expected);
      }
    });
  }
});
