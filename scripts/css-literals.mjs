// Minifies the CSS inside Lit `css` template literals at build time. Bundlers minify JavaScript but leave
// template text alone, so every element would ship its stylesheet's indentation and line breaks.
// Used by vite.config.ts (the npm and CDN builds) and bench/size.mjs (the size figures measured from source);
// test/internal/css-literals.test.ts checks that every stylesheet of the kit parses to the same rules after it
// (lightningcss is native: the test runner runs it in Node through its `minify-css` command).

import { transform } from 'lightningcss';

/**
 * Minifies a stylesheet with lightningcss (already in the tree through Vite): comments and whitespace go, and
 * values are written shortest (`0px` → `0`, merged longhands). No browser targets, so nothing is lowered or
 * prefixed. Throws on CSS it cannot parse, so a typo fails the build instead of shipping.
 */
export function minifyCss(text) {
  return transform({ filename: 'element.css', code: Buffer.from(text), minify: true }).code.toString();
}

/**
 * Minifies every css`…` literal in a module's source. A literal with `${…}` or any backslash is left as it is:
 * the kit has none, an interpolation is not CSS until it is filled, and the source text of a JavaScript escape
 * is not the CSS the browser reads.
 */
export function minifyCssLiterals(code) {
  return code.replace(/\bcss`([^`]*)`/g, (literal, body) => (body.includes('${') || body.includes('\\') ? literal : `css\`${minifyCss(body)}\``));
}

/** The kit's own TypeScript modules, the only ones whose literals are rewritten. */
const KIT_SOURCE = /[\\/]src[\\/].*\.ts$/;

/** Vite/Rollup plugin: minifies the css`…` literals of the kit's own TypeScript modules. */
export function cssLiteralsPlugin() {
  return {
    name: 'advocacy-kit:css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!KIT_SOURCE.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}

/** esbuild plugin doing the same, for the size figures measured from source. */
export function cssLiteralsEsbuildPlugin() {
  return {
    name: 'advocacy-kit:css-literals',
    setup(build) {
      build.onLoad({ filter: KIT_SOURCE }, async ({ path }) => {
        const { readFile } = await import('node:fs/promises');
        const code = await readFile(path, 'utf8');
        return { contents: code.includes('css`') ? minifyCssLiterals(code) : code, loader: 'ts' };
      });
    },
  };
}
