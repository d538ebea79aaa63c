// Generates, from custom-elements.json, what frameworks and editors read: JSX types for React 19, Vue
// GlobalComponents types, VS Code custom data and JetBrains web-types. Runs as the analyzer's last plugin,
// so every element in the manifest (a new one included) is covered without a list to keep up to date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const typesDir = 'dist/types';

/**
 * The generators type a handler as `(e: CustomEvent<T>) => void` with T the manifest's event type, which
 * here is already the event class (`HealthChangeEvent extends CustomEvent<HealthChangeDetail>`): unwrapped,
 * `e.detail` is the detail, not an event.
 */
const unwrapEvents = (code) => code.replace(/CustomEvent<(\w+Event)>/g, '$1');

/**
 * vue-tsc camelizes what a template writes (`survey-id`, `@nps-submit`) before looking it up in the props
 * type, so the Vue types name props `surveyId` and handlers `onNpsSubmit`; Vue itself still sets the
 * element's property or attribute.
 */
const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const vueNames = (code) =>
  code
    .replace(/"on([a-z0-9]+(?:-[a-z0-9]+)+)"\?:/g, (_, event) => `on${camel(`-${event}`)}?:`)
    .replace(/"([a-z0-9]+(?:-[a-z0-9]+)+)"\?:/g, (_, attr) => `${camel(attr)}?:`);

/** Read-only getters (`validity`, `result`) are not something a template can set. */
function settableOnly(manifest) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (d.customElement) d.members = d.members?.filter((m) => !(m.kind === 'field' && m.readonly));
    }
  }
  return copy;
}

const quiet = { hideLogs: true };

/** `nps-submit` → `onNpsSubmit`, the handler prop name React users expect. */
const handlerName = (event) => `on${camel(`-${event}`)}`;

/**
 * src/react/index.ts: one `@lit/react` wrapper per element in the manifest, each event as a typed
 * camel-case prop. Committed, so the sources type-check on a fresh clone, and rewritten by every analyze
 * (which `npm run build` and `npm test` run before bundling), so a new element gets its wrapper.
 */
function reactWrappers(manifest) {
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (d.customElement && d.tagName) elements.push({ ...d, source: `../${mod.path.slice('dist/'.length)}` });
    }
  }
  elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
  const eventTypes = [...new Set(elements.flatMap((d) => (d.events ?? []).map((e) => e.type?.text).filter(Boolean)))].sort();
  const lines = [
    '// Generated from custom-elements.json by scripts/framework-types.mjs (`npm run analyze`); do not edit.',
    '/**',
    ' * React wrappers, made with `@lit/react`: `<HealthBadge score={72} onHealthChange={(e) => e.detail.band} />`.',
    ' * Importing this module registers every element. React is an optional peer dependency of advocacy-kit.',
    ' */',
    "import * as React from 'react';",
    "import { createComponent, type EventName } from '@lit/react';",
    ...elements.map((d) => `import { ${d.name} as ${d.name}Element } from '${d.source}';`),
    `import type { ${eventTypes.join(', ')} } from '../index.js';`,
    '',
  ];
  for (const d of elements) {
    const events = (d.events ?? []).filter((e) => e.name);
    lines.push(
      `/** React wrapper of \`<${d.tagName}>\`${d.summary ? `: ${d.summary.replace(/\.$/, '')}` : ''}. */`,
      `export const ${d.name} = createComponent({`,
      `  tagName: '${d.tagName}',`,
      `  elementClass: ${d.name}Element,`,
      '  react: React,',
      events.length
        ? `  events: {\n${events
            .map((e) => `    ${handlerName(e.name)}: '${e.name}' as EventName<${e.type?.text ?? 'CustomEvent'}>,`)
            .join('\n')}\n  },`
        : '  events: {},',
      `  displayName: '${d.name}',`,
      '});',
      '',
    );
  }
  return lines.join('\n');
}

const reactJsx = `// Types every advocacy-kit element for React 19's JSX: attributes, properties and \`on<event-name>\` handlers.
import type { CustomElements } from './jsx-elements.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export type { CustomElements };
`;

export function frameworkTypes({ root = process.cwd() } = {}) {
  return {
    name: 'framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = settableOnly(customElementsManifest);
      const outdir = join(root, typesDir);
      mkdirSync(outdir, { recursive: true });
      // Every class and event type is exported from the package's main entry; its types are dist/types/index.d.ts.
      const common = { ...quiet, outdir, globalTypePath: './index.js' };

      generateJsxTypes(manifest, { ...common, fileName: 'jsx-elements.d.ts' });
      const jsx = join(outdir, 'jsx-elements.d.ts');
      writeFileSync(jsx, unwrapEvents(readFileSync(jsx, 'utf8')));

      generateVuejsTypes(manifest, { ...common, fileName: 'vue.d.ts' });
      const vue = join(outdir, 'vue.d.ts');
      // The generator also adds every element to the global `JSX` namespace, which belongs to whichever JSX
      // framework the app uses; `advocacy-kit/jsx` does that for React, on purpose.
      const vueCode = readFileSync(vue, 'utf8').replace(/declare global \{\s*namespace JSX \{[\s\S]*?\n\s*\}\s*\n\s*\}\s*\n?/, '');
      writeFileSync(vue, vueNames(unwrapEvents(vueCode)));

      // `advocacy-kit/jsx` and `advocacy-kit/vue` are types only; the empty modules let a bundler resolve a
      // plain `import 'advocacy-kit/jsx'` too.
      writeFileSync(join(outdir, 'jsx.d.ts'), reactJsx);
      for (const name of ['jsx', 'vue']) writeFileSync(join(root, 'dist', `${name}.js`), 'export {};\n');

      const wrappers = reactWrappers(customElementsManifest);
      const wrappersFile = join(root, 'src/react/index.ts');
      mkdirSync(join(root, 'src/react'), { recursive: true });
      if (!existsSync(wrappersFile) || readFileSync(wrappersFile, 'utf8') !== wrappers) writeFileSync(wrappersFile, wrappers);

      generateVsCodeCustomElementData(manifest, {
        ...quiet,
        outdir: join(root, 'dist'),
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: 'vscode.css-custom-data.json',
      });
      generateJetBrainsWebTypes(manifest, {
        ...quiet,
        outdir: join(root, 'dist'),
        webTypesFileName: 'web-types.json',
        packageJson: false,
      });
    },
  };
}
