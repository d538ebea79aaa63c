import { frameworkTypes } from './scripts/framework-types.mjs';
import { cssPropertiesRead, distPaths, publicApiOnly } from './scripts/manifest-plugins.mjs';

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // Order matters: the sources are read before the paths are pointed at dist/, and the framework types and
  // editor data come from the finished manifest.
  plugins: [publicApiOnly(), cssPropertiesRead(), distPaths(), frameworkTypes()],
};
