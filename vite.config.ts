import { dirname, join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { cssLiteralsPlugin } from './scripts/css-literals.mjs';
import { languages, tags } from './scripts/package-parts.mjs';

// The split CDN build's shared chunks, each holding what the same pages need, so a page fetches no code it does not
// run. `base`, every page: Lit, the localize controller, the tokens, element definition and loading on demand.
// `bands`, every page but the radar's: d3-scale's threshold scale and the benchmark status built on it (the gauge and
// the assessment, which loads the gauge later: apart, the status would be a file of its own on the gauge's page).
// `helpers`, the elements that read attributes and storage (badge, survey, assessment). `records`, the radar and the
// assessment: null-prototype records, copies of host lists and the size limits on models and charts. `scoring`,
// rounding and freezing (the assessment, a badge's details). `chart`, the gauge and the radar: their base class, the
// linear map, the error box and the loading of its words, and the loading of the models' numbers. Modules in none go
// with the element, or chunk by themselves.
const BASE = /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]|src[\\/]internal[\\/](define|tokens|localize|on-demand)\.ts$/;
const BANDS = /node_modules[\\/](d3-scale|d3-array)[\\/]|src[\\/]core[\\/]benchmark\.ts$/;
const HELPERS = /src[\\/](internal[\\/](converters|storage)|core[\\/]describe)\.ts$/;
const RECORDS = /src[\\/]core[\\/](records|limits)\.ts$/;
const SCORING = /src[\\/]core[\\/](round|freeze)\.ts$/;
const CHART = /src[\\/]internal[\\/](chart-element|scale|error-box|model-facts|facts-on-demand|problem-words-on-demand)\.ts$/;

/** Resolves `./<name>-on-demand.js` to `./<name>-static.ts` in the same folder (the one-file CDN build). */
function staticOnDemand(): Plugin {
  return {
    name: 'advocacy-kit:static-on-demand',
    enforce: 'pre',
    resolveId(source, importer) {
      const m = /^\.\/([\w-]+)-on-demand\.js$/.exec(source);
      return m && importer ? join(dirname(importer), `${m[1]}-static.ts`) : null;
    },
  };
}

/**
 * `vite build` — ES modules for npm consumers, one per entry point, with lit, zod, d3-scale and React left external.
 * `vite build --mode cdn` — `dist/cdn/advocacy-kit.js`, one self-contained module for a `<script type="module">`, and
 * beside it `advocacy-kit.<code>.js`, each shipped language's strings as data, which the bundle fetches on demand.
 * `vite build --mode cdn-split`, run after it — `dist/cdn/autoloader.js` and `dist/cdn/<tag>.js`, whose shared code
 * (Lit, the core, the built-in models, the elements one another uses) goes into `dist/cdn/chunks/`, so a page loads
 * each module once and only what it shows. A build of its own: in the one-file build's module graph shared chunks
 * would take code out of `advocacy-kit.js`, which must stay self-contained. `npm run build:cdn` runs both.
 */
export default defineConfig(({ mode }) =>
  mode === 'cdn-split'
    ? {
        plugins: [cssLiteralsPlugin()],
        // For src/cdn/shipped-languages.ts: the autoloader loads a page's language by this list.
        define: { __AK_LANGUAGES__: JSON.stringify(languages) },
        build: {
          target: 'es2022',
          outDir: 'dist/cdn',
          // Beside the one-file build's advocacy-kit.js; stale chunks are cleared by that build (emptyOutDir).
          emptyOutDir: false,
          lib: {
            entry: {
              autoloader: 'src/cdn/autoloader.ts',
              ...Object.fromEntries(tags.map((t) => [t, `src/components/${t}/${t}.ts`])),
              // The autoloader loads the page's language; it registers into the same localize store as the elements.
              ...Object.fromEntries(languages.map((l) => [`translations/${l}`, `src/translations/${l}.ts`])),
            },
            formats: ['es'],
          },
          rolldownOptions: {
            // An element another element imports (the gauge and radar in the assessment) is its own entry file,
            // not a one-line re-export of a chunk: one file fewer to fetch for a page with only that element.
            preserveEntrySignatures: 'allow-extension',
            // Minified output keeps `@__PURE__` annotations for bundlers by default; browsers have no use for them.
            output: {
              minify: true,
              comments: false,
              entryFileNames: '[name].js',
              chunkFileNames: 'chunks/[name]-[hash].js',
              codeSplitting: {
                groups: [
                  { name: 'base', test: BASE, priority: 2 },
                  { name: 'helpers', test: HELPERS, priority: 2 },
                  { name: 'bands', test: BANDS, priority: 2 },
                  { name: 'records', test: RECORDS, priority: 2 },
                  { name: 'scoring', test: SCORING, priority: 2 },
                  { name: 'chart', test: CHART, priority: 1 },
                ],
              },
            },
          },
        },
      }
    : mode === 'cdn'
    ? {
        // The file holds every model, the validator and the badge's details: each `./<name>-on-demand.js` (dynamic
        // imports) is swapped for its `./<name>-static.ts` beside it, so no dynamic imports are bundled.
        plugins: [cssLiteralsPlugin(), staticOnDemand()],
        // For src/cdn/shipped-languages.ts: the shipped languages, one list for the build and the bundle.
        define: { __AK_LANGUAGES__: JSON.stringify(languages) },
        build: {
          target: 'es2022',
          outDir: 'dist/cdn',
          emptyOutDir: true,
          lib: {
            // The bundle's languages (src/cdn/languages.ts), data only (`export default {…}`, no import): it registers
            // what it fetches into its own store, and English pages still load the one file.
            entry: { 'advocacy-kit': 'src/cdn/advocacy-kit.ts', ...Object.fromEntries(languages.map((l) => [`advocacy-kit.${l}`, `src/translations/data/${l}.ts`])) },
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
          // Lib mode keeps whitespace in ES output so bundlers can tree-shake it; this file goes straight to browsers.
          rolldownOptions: { output: { minify: true, comments: false } },
        },
      }
    : {
        plugins: [cssLiteralsPlugin()],
        build: {
          target: 'es2022',
          outDir: 'dist',
          // `npm run build` empties dist first; `npm test` rebuilds in place and keeps dist/types.
          emptyOutDir: false,
          minify: false,
          lib: {
            entry: {
              index: 'src/index.ts',
              'core/index': 'src/core/index.ts',
              'sql/index': 'src/sql/index.ts',
              ...Object.fromEntries(tags.map((t) => [`components/${t}/${t}`, `src/components/${t}/${t}.ts`])),
              'react/index': 'src/react/index.ts',
              'translations/index': 'src/translations/index.ts',
              ...Object.fromEntries(languages.map((l) => [`translations/${l}`, `src/translations/${l}.ts`])),
            },
            formats: ['es'],
          },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^d3-/, /^react($|\/)/, /^@shoelace-style\/localize($|\/)/],
            // One file per source module, as in src/: a bundler can then drop every module a site does not use
            // (package.json lists the few with side effects), which shared chunks would defeat.
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
      },
);
