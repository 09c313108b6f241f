// What Storybook's tables and controls get from the manifest (.storybook/manifest.ts): text and
// choice controls for strings and literal unions, none for what a reviewer cannot set, and rows for
// the public methods, which Storybook's own tables leave out.
import { expect } from '@open-wc/testing';
import { changedProperties, controlsFromManifest, literalUnion, publicApi, settableProperties } from '../../.storybook/manifest.js';

const manifest = {
  schemaVersion: '2.1.0',
  modules: [
    {
      declarations: [
        {
          tagName: 'x-el',
          members: [
            { kind: 'field', name: 'label', type: { text: 'string | undefined' } },
            { kind: 'field', name: 'adapter', type: { text: 'AccountAdapter | undefined' } },
            { kind: 'field', name: 'view', type: { text: "'a' | 'b'" }, readonly: true },
            { kind: 'field', name: 'secret', privacy: 'private', type: { text: 'string' } },
            { kind: 'method', name: 'reveal', description: 'Shows one.', parameters: [{ name: 'id', type: { text: 'string' } }], return: { type: { text: 'Promise<boolean>' } } },
            { kind: 'method', name: 'errorMessage', privacy: 'protected' },
          ],
          attributes: [{ name: 'label-text', fieldName: 'label', type: { text: 'string | undefined' } }],
        },
      ],
    },
  ],
};
const row = (category: string, summary?: string) => ({ table: { category, type: { summary } } });

describe('.storybook/manifest.ts', () => {
  it('reads unions of string literals', () => {
    expect(literalUnion("'all' | 'some'")).to.deep.equal({ values: ['all', 'some'], optional: false });
    expect(literalUnion("'x' | undefined")).to.deep.equal({ values: ['x'], optional: true });
    expect(literalUnion('string')).to.equal(undefined);
    expect(literalUnion("'x' | number")).to.equal(undefined);
  });

  it('keeps public fields and types optional strings as strings (a text control, not "Set object")', () => {
    const members = (publicApi(manifest).modules[0] as typeof manifest.modules[0]).declarations[0].members;
    expect(members.map((m) => m.name)).to.deep.equal(['label', 'adapter', 'view', 'reveal']);
    expect(members[0].type).to.deep.equal({ text: 'string' });
  });

  it('gives literal unions a choice, read-only properties, events and parts no control, and lists public methods', () => {
    const enhance = controlsFromManifest(manifest);
    const argTypes = enhance({
      component: 'x-el',
      argTypes: {
        show: row('attributes', "'all' | 'some' | undefined"),
        view: row('properties', "'a' | 'b'"),
        picked: { ...row('properties', "'a' | 'b'"), control: 'text' },
        pick: row('events', 'CustomEvent<PickDetail>'),
        label: row('css shadow parts'),
      },
    }) as Record<string, { control?: unknown; type?: unknown; options?: unknown[]; table?: { category?: string; type?: { summary?: string } }; description?: string }>;
    expect(argTypes.show.control).to.deep.equal({ type: 'radio' });
    expect(argTypes.show.options).to.deep.equal([undefined, 'all', 'some']);
    expect(argTypes.show.type).to.deep.equal({ name: 'enum', value: ['all', 'some'] });
    expect(argTypes.view.control).to.equal(false);
    expect(argTypes.picked.control, "a story's own control stays").to.equal('text');
    expect(argTypes.pick.control).to.equal(false);
    expect(argTypes.label.control).to.equal(false);
    expect(argTypes['reveal()'].table).to.deep.equal({ category: 'methods', type: { summary: 'reveal(id: string): Promise<boolean>' } });
    expect(argTypes['reveal()'].description).to.equal('Shows one.');
    expect(argTypes['errorMessage()'], 'protected methods are not listed').to.equal(undefined);
  });

  it("sets the properties a reviewer changed in the Controls panel, and only those", () => {
    const settable = settableProperties(manifest).get('x-el');
    expect([...settable!]).to.deep.equal([['label', 'label'], ['label-text', 'label']]);
    expect(changedProperties(settable, { label: 'a', other: 1 }, { label: 'a' }), 'unchanged').to.deep.equal([]);
    expect(changedProperties(settable, { label: 'b', view: 'a', other: 2 }, { label: 'a' })).to.deep.equal([['label', 'b']]);
    expect(changedProperties(settable, { 'label-text': 'c' }, {})).to.deep.equal([['label', 'c']]);
    expect(changedProperties(undefined, { label: 'b' }, {})).to.deep.equal([]);
  });
});
