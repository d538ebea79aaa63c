import { cssPropertiesRead, distPaths, publicApiOnly } from './scripts/manifest-plugins.mjs';

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // Order matters: the sources are read before the paths are pointed at dist/.
  plugins: [publicApiOnly(), cssPropertiesRead(), distPaths()],
};
