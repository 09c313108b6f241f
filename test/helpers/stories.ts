// Stories as test fixtures: each story in every language the Storybook toolbar offers, as the
// preview renders it (a story that pins its language with `pinLang`: only in that one).
import { LANGS, type LangContext } from '../../stories/support.js';

interface Pinnable {
  parameters?: { lang?: string };
}

/** `[exportName, story, context]` for each story × language; `context` is what the story's render/play read. */
export function inEachLanguage<S extends Pinnable>(stories: Record<string, S>): [string, S, LangContext][] {
  return Object.entries(stories).flatMap(([name, story]) =>
    (story.parameters?.lang ? [story.parameters.lang] : LANGS).map(
      (locale): [string, S, LangContext] => [name, story, { parameters: story.parameters, globals: { locale } }],
    ),
  );
}
