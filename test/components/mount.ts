import { LitElement, render, type TemplateResult } from 'lit';
import { sendMouse } from '@web/test-runner-commands';

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

function inViewport([x, y]: [number, number]): boolean {
  return x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
}

/**
 * Clicks the centre of a node with the real pointer, scrolled into view first. Once, in Firefox under a full run, the
 * point was still below the viewport after `scrollIntoView` and the driver refused the click: the point is measured
 * again until it is in view (a second at most), and a refused click says where the page stood.
 */
export async function clickCentre(node: Element): Promise<void> {
  node.scrollIntoView({ block: 'center' });
  for (let i = 0; i < 20 && !inViewport(centre(node)); i++) {
    await new Promise((r) => setTimeout(r, 50));
    const r = node.getBoundingClientRect();
    scrollBy(0, r.top + r.height / 2 - innerHeight / 2);
  }
  const point = centre(node);
  try {
    await sendMouse({ type: 'click', position: point });
  } catch (e) {
    const where = `point ${point}, viewport ${innerWidth}×${innerHeight}, scrolled ${scrollY} of ${document.documentElement.scrollHeight}`;
    throw new Error(`${(e as Error).message} (${where})`, { cause: e });
  }
}
