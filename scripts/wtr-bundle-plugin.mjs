// Serves `<name>.bundle.js` under test/frameworks/ as an esbuild bundle of `<name>.tsx|.ts`, so the React and
// Vue apps run in the browser as an app's own bundler would build them: React is CommonJS, `.vue` files need
// Vue's compiler, and `advocacy-kit` resolves through package.json "exports" to dist/, the files npm ships.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { compileScript, parse } from 'vue/compiler-sfc';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** `advocacy-kit/<subpath>` → the file package.json exports for it, as from node_modules/advocacy-kit. */
const selfReference = {
  name: 'advocacy-kit-exports',
  setup(build) {
    build.onResolve({ filter: /^advocacy-kit(\/|$)/ }, (args) => {
      const target = pkg.exports[`.${args.path.slice('advocacy-kit'.length)}`];
      const file = typeof target === 'string' ? target : target?.default;
      if (!file) return { errors: [{ text: `advocacy-kit does not export "${args.path}"` }] };
      return { path: join(root, file) };
    });
  },
};

/** Single-file components, compiled as @vitejs/plugin-vue does with `isCustomElement` for dashed tags. */
const vueFiles = {
  name: 'vue-sfc',
  setup(build) {
    build.onLoad({ filter: /\.vue$/ }, (args) => {
      const { descriptor, errors } = parse(readFileSync(args.path, 'utf8'), { filename: args.path });
      if (errors.length) return { errors: errors.map((e) => ({ text: String(e) })) };
      const script = compileScript(descriptor, {
        id: args.path,
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } },
      });
      return { contents: script.content, loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};

export function frameworkBundles() {
  return {
    name: 'framework-bundles',
    async serve(context) {
      const m = /^\/(test\/frameworks\/.+)\.bundle\.js$/.exec(context.path);
      if (!m) return undefined;
      const entry = ['.tsx', '.ts'].map((ext) => join(root, m[1] + ext)).find((f) => existsSync(f));
      if (!entry) return undefined;
      const out = await esbuild.build({
        entryPoints: [entry],
        bundle: true,
        format: 'esm',
        target: 'es2022',
        jsx: 'automatic',
        write: false,
        logLevel: 'silent',
        plugins: [selfReference, vueFiles],
        define: {
          'process.env.NODE_ENV': '"production"',
          __VUE_OPTIONS_API__: 'false',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
      });
      return { body: out.outputFiles[0].text, type: 'js' };
    },
  };
}

/**
 * `/__ssr__/<name>,<name>.html`: those fixtures of test/ssr/render.mjs as @lit-labs/ssr renders them, in a
 * separate Node process so the test runner's own process never loads Lit's server DOM shim.
 */
export function ssrFixtures() {
  return {
    name: 'ssr-fixtures',
    async serve(context) {
      const m = /^\/__ssr__\/([a-z,-]+)\.html$/.exec(context.path);
      if (!m) return undefined;
      const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'test/ssr/render.mjs'), ...m[1].split(',')], {
        cwd: root,
      });
      return { body: stdout, type: 'html' };
    },
  };
}
