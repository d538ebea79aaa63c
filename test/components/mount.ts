import { LitElement, render, type TemplateResult } from 'lit';

const mounted: HTMLElement[] = [];

/**
 * Like fixture() for a template with plain wrappers (a form, a div of buttons), but it waits on the Lit
 * elements inside rather than on an animation frame, which a page that is not in front never gets.
 */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const lit = [...container.querySelectorAll('*')].filter((e): e is LitElement => e instanceof LitElement);
  await Promise.all(lit.map((e) => e.updateComplete));
  return container.firstElementChild as T;
}

/** Removes everything `mount` added; call it in afterEach. */
export function unmountAll(): void {
  for (const c of mounted.splice(0)) c.remove();
}

/** The viewport point at the centre of a node, for sendMouse. */
export function centre(node: Element): [number, number] {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}
