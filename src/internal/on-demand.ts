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
