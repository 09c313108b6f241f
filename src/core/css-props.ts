import { noChange } from 'lit';
import { Directive, directive, PartType, type DirectiveParameters, type ElementPart, type PartInfo } from 'lit/directive.js';

type Props = Readonly<Record<string, string | undefined>>;

/**
 * Sets style properties (custom properties above all) through the CSSOM, never through a `style`
 * attribute: a strict Content-Security-Policy (`style-src` without `'unsafe-inline'`) blocks style
 * attributes, and Lit's `styleMap` writes one on first render. Element position only:
 * `<div ${cssProps({ '--_i': String(index) })}>`. A property left out (or `undefined`) is removed.
 */
class CssPropsDirective extends Directive {
  private applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() belongs in element position');
  }

  render(_props: Props): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: DirectiveParameters<this>): typeof noChange {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      next.add(name);
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    for (const name of this.applied) if (!next.has(name)) style.removeProperty(name);
    this.applied = next;
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
