import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through CSSOM, always. Lit's `styleMap` writes a `style` attribute on first
 * render, which a strict Content-Security-Policy (`style-src 'self'`, no 'unsafe-inline') blocks.
 * Use in element position: `<g ${styleProps({ transform: 'rotate(10deg)' })}>`.
 */
class StyleProps extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() must be used in element position.');
  }

  render(_props: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string>]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
