/**
 * The manifest documents the public API only. The analyzer also reports private members and, for each
 * `dispatchEvent(new SomeEvent(detail))` call, an event with no name; the real events come from `@fires`.
 */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const d of mod.declarations ?? []) {
          if (!d.customElement) continue;
          d.members = d.members?.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name?.startsWith('_'));
          d.events = d.events?.filter((e) => typeof e.name === 'string' && e.name.includes('-'));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
