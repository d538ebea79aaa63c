import type { ReactiveElement } from 'lit';

/**
 * Loads a module an element needs only sometimes (a badge's details, a survey's invitation, an assessment's report)
 * once for the page: the function returned starts the load or joins the one under way, and hands the module to
 * `arrived`. A failed load is forgotten, so the next call tries again.
 */
export function onDemand<M>(load: () => Promise<M>, arrived: (module: M) => void): () => Promise<void> {
  let loading: Promise<void> | undefined;
  return () =>
    (loading ??= load().then(arrived, () => {
      loading = undefined;
    }));
}

const held = new WeakSet<ReactiveElement>();

/**
 * For `shouldUpdate`, where an element that waits in `scheduleUpdate` for a module also sees the properties a host
 * set before the element was defined: Lit hands those over only in the first update, after `scheduleUpdate` has
 * looked. If they need the module, that update is skipped, once, and requested again when the module has arrived
 * (or failed to). Returns whether to go on with the update.
 */
export function holdFirstUpdate(el: ReactiveElement, ensure: () => Promise<void>): boolean {
  if (el.hasUpdated || held.has(el)) return true;
  held.add(el);
  void ensure().then(() => el.requestUpdate());
  return false;
}

/** For `getUpdateComplete`: whether the first update was skipped by `holdFirstUpdate` and has not happened yet. */
export function firstUpdateHeld(el: ReactiveElement): boolean {
  return !el.hasUpdated && held.has(el);
}
