// Minifies the CSS inside Lit `css` template literals at build time. Bundlers minify JavaScript but leave
// template text alone, so every element would ship its stylesheet's indentation and line breaks.
// Used by vite.config.ts (the npm and CDN builds) and bench/size.mjs (the size figures measured from source);
// test/internal/css-literals.test.ts checks that every stylesheet of the kit parses to the same rules after it.

const KEEP_NO_SPACE_AROUND = new Set(['{', '}', ';', ',']);

/**
 * Removes comments and needless whitespace from a stylesheet. Quoted strings are copied as they are, and a
 * space is only dropped next to `{`, `}`, `;` or `,`, where CSS never needs one (a space before `:` can be a
 * descendant combinator, so it is kept).
 */
export function minifyCss(text) {
  let out = '';
  let pendingSpace = false;
  const push = (chunk) => {
    if (pendingSpace && out && !KEEP_NO_SPACE_AROUND.has(out.at(-1)) && !KEEP_NO_SPACE_AROUND.has(chunk[0])) out += ' ';
    pendingSpace = false;
    out += chunk;
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      pendingSpace = true;
    } else if (/\s/.test(c)) {
      pendingSpace = true;
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      push(text.slice(i, j + 1));
      i = j + 1;
    } else if (c === '\\') {
      push(text.slice(i, i + 2));
      i += 2;
    } else {
      if (c === '}' && out.at(-1) === ';') out = out.slice(0, -1);
      push(c);
      i++;
    }
  }
  return out;
}

/**
 * Minifies every css`…` literal in a module's source. A literal with `${…}` or a backtick escape is left
 * as it is: the kit has none, and whitespace next to an interpolation can be significant.
 */
export function minifyCssLiterals(code) {
  return code.replace(/\bcss`([^`]*)`/g, (literal, body) => (body.includes('${') || body.includes('\\`') ? literal : `css\`${minifyCss(body)}\``));
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
