// Analyzer plugins that make custom-elements.json describe the package as npm ships it: paths into dist/,
// only the public API, and every `--ak-*` custom property an element reads, including the shared tokens.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Platform hooks of form-associated elements: the browser calls them, a user never does. */
const platformHooks = new Set([
  'formAssociated',
  'formResetCallback',
  'formDisabledCallback',
  'formStateRestoreCallback',
  'formAssociatedCallback',
]);

/**
 * The manifest documents the public API only. The analyzer also reports private members, an attribute for each
 * internal state in `static properties` (it does not read `state: true`), and, for each
 * `dispatchEvent(new SomeEvent(detail))` call, an event with no name; the real events come from `@fires`.
 */
export function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const d of mod.declarations ?? []) {
          if (!d.customElement) continue;
          d.members = d.members?.filter(
            (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name?.startsWith('_') && !platformHooks.has(m.name),
          );
          d.attributes = d.attributes?.filter((a) => !a.fieldName?.startsWith('_'));
          d.events = d.events?.filter((e) => typeof e.name === 'string' && e.name.includes('-'));
        }
      }
    },
  };
}

/** What each shared token (src/internal/tokens.ts) styles; an element's own `@cssprop` text wins. */
const tokenDocs = {
  '--ak-color-text': 'Text colour.',
  '--ak-color-text-muted': 'Secondary text colour.',
  '--ak-color-surface': 'Background.',
  '--ak-color-border': 'Borders.',
  '--ak-color-accent': 'Accent: selected controls and primary buttons.',
  '--ak-color-on-accent': 'Text on the accent colour.',
  '--ak-focus-ring-color': 'Focus outline.',
  '--ak-color-good': 'Good / healthy colour.',
  '--ak-color-warn': 'Warning / at-risk colour.',
  '--ak-color-bad': 'Bad / critical colour, also errors.',
  '--ak-font-family': 'Font.',
  '--ak-radius': 'Corner radius.',
  '--ak-color-scheme': 'Force `light` or `dark`; unset follows the page (its `color-scheme`) or the user preference.',
};

/**
 * Adds every `--ak-*` property an element reads and its JSDoc does not list. An element reads a shared token
 * when its folder, or a `src/internal` module it imports, uses the token's private alias (`var(--_fg)`), or
 * when tokens.ts's own rules do (font, text colour, focus ring apply to every element that uses the tokens).
 */
export function cssPropertiesRead({ root = process.cwd() } = {}) {
  return {
    name: 'css-properties-read',
    packageLinkPhase({ customElementsManifest }) {
      const tokensFile = join(root, 'src/internal/tokens.ts');
      const tokensSrc = readFileSync(tokensFile, 'utf8');
      const aliasOf = new Map();
      for (const [, alias, prop] of tokensSrc.matchAll(/(--_[a-z0-9-]+):\s*var\((--ak-[a-z0-9-]+)/g)) {
        if (!aliasOf.has(alias)) aliasOf.set(alias, prop);
      }
      for (const mod of customElementsManifest.modules ?? []) {
        for (const d of mod.declarations ?? []) {
          if (!d.customElement) continue;
          const source = sourcesOf(join(root, mod.path));
          if (!source.includes('tokens')) continue;
          const text = source + tokensRules(tokensSrc);
          const read = new Set([...text.matchAll(/var\((--ak-[a-z0-9-]+)/g)].map((m) => m[1]));
          for (const [alias, prop] of aliasOf) if (text.includes(`var(${alias})`)) read.add(prop);
          if (tokensSrc.includes('--ak-color-scheme')) read.add('--ak-color-scheme');
          d.cssProperties ??= [];
          const listed = new Set(d.cssProperties.map((p) => p.name));
          for (const name of [...read].sort()) {
            if (!listed.has(name)) d.cssProperties.push({ name, description: tokenDocs[name] ?? '' });
          }
        }
      }
    },
  };
}

/** tokens.ts without its alias declarations: the rules that every element using the tokens gets. */
function tokensRules(src) {
  return src.replace(/--_[a-z0-9-]+:\s*[^;]+;/g, '');
}

/** The element's file, the rest of its folder and the src/internal modules it imports. */
function sourcesOf(file) {
  const dir = dirname(file);
  const own = readFileSync(file, 'utf8');
  const parts = [own];
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.ts') && join(dir, name) !== file) parts.push(readFileSync(join(dir, name), 'utf8'));
  }
  for (const [, spec] of own.matchAll(/from '(\.\.\/\.\.\/internal\/[a-z0-9-]+)\.js'/g)) {
    const path = join(dir, `${spec}.ts`);
    if (existsSync(path) && !path.endsWith('tokens.ts')) parts.push(readFileSync(path, 'utf8'));
  }
  return parts.join('\n');
}

/**
 * Points the manifest at the files npm ships: `src/components/x/x.ts` becomes `dist/components/x/x.js`,
 * which is what an editor or a wrapper generator imports. Runs after the plugins that read sources.
 */
export function distPaths() {
  const toDist = (p) => (typeof p === 'string' && p.startsWith('src/') && p.endsWith('.ts') ? `dist/${p.slice(4, -3)}.js` : p);
  return {
    name: 'dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        mod.path = toDist(mod.path);
        const fix = (ref) => {
          if (ref && typeof ref === 'object' && 'module' in ref) ref.module = toDist(ref.module);
        };
        for (const e of mod.exports ?? []) fix(e.declaration);
        for (const d of mod.declarations ?? []) {
          fix(d.superclass);
          for (const m of d.members ?? []) fix(m.inheritedFrom);
          for (const a of d.attributes ?? []) fix(a.inheritedFrom);
        }
      }
    },
  };
}
