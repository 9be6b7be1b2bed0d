import { createHash } from 'node:crypto';
import postcss, { type Root, type Rule } from 'postcss';
import type { Plugin } from 'vite';

/**
 * Drops the CSS of components the storefront never renders. The NL Design System ships one
 * stylesheet for all its components (@utrecht/component-library-css, ~400 KB) and one with every
 * design token (~200 KB); the storefront uses a few dozen of them (docs/decisions/091).
 *
 * A class is in use when its name occurs as a word anywhere in the built JavaScript or HTML: every
 * class the client sets is a string literal there, whether in our code or in the NL Design System
 * React components. A class built from a prefix (`utrecht-alert--${type}`) keeps every class with
 * that prefix. A rule is kept when one of its selectors needs only classes in use. Then a custom
 * property (design token) is kept when a kept declaration, or a kept token, or the JavaScript
 * reads it with var(), transitively.
 */
export function purgeUnusedCss(): Plugin {
  return {
    name: 'inwonercloud:purge-unused-css',
    apply: 'build',
    enforce: 'post',
    // `order: 'post'`: after Vite's own generateBundle, which writes the preload list of CSS
    // files into the JavaScript of lazy routes; renamed before it, a lazy page's stylesheet kept
    // its old name there and loaded as a 404 (the /beheer page failed, issue 14).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (this.environment?.config.consumer === 'server') return;
        const sources: string[] = [];
        for (const item of Object.values(bundle)) {
          if (item.type === 'chunk') sources.push(item.code);
          else if (item.fileName.endsWith('.html')) sources.push(String(item.source));
        }
        const used = usedNames(sources.join('\n'));
        const renamed = new Map<string, string>();
        for (const item of Object.values(bundle)) {
          if (item.type !== 'asset' || !item.fileName.endsWith('.css')) continue;
          item.source = purgeCss(String(item.source), used);
          // The name's hash was made from the CSS before the purge, which also depends on the
          // JavaScript: a new name for new content, as the file is cached for a year (immutable).
          const fileName = item.fileName.replace(/-[\w-]{8}\.css$/, `-${contentHash(item.source)}.css`);
          if (fileName !== item.fileName) renamed.set(item.fileName, fileName);
        }
        for (const [from, to] of renamed) {
          const item = bundle[from];
          if (item?.type !== 'asset') continue;
          delete bundle[from];
          this.emitFile({ type: 'asset', fileName: to, source: item.source });
        }
        for (const item of Object.values(bundle)) {
          for (const [from, to] of renamed) {
            if (item.type === 'chunk') item.code = item.code.replaceAll(from, to);
            else if (item.fileName.endsWith('.html')) item.source = String(item.source).replaceAll(from, to);
          }
        }
      },
    },
  };
}

function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 8).replace(/[-_]/g, 'x');
}

/** The CSS without the rules and custom properties that `used` shows no need for. */
export function purgeCss(css: string, used: UsedNames): string {
  const root = postcss.parse(css);
  purgeRules(root, used);
  purgeCustomProperties(root, used.properties);
  removeEmpty(root);
  return root.toString();
}

interface UsedNames {
  words: Set<string>;
  prefixes: string[];
  properties: Set<string>;
}

export function usedNames(source: string): UsedNames {
  const words = new Set(source.match(/[A-Za-z_][\w-]*/g) ?? []);
  // `utrecht-alert--${type}` leaves "utrecht-alert--" in the code: a prefix of two words or more.
  const prefixes = [...words].filter((word) => /^[a-z]+-[a-z0-9]+(?:-[a-z0-9]+)*-+$/.test(word));
  const properties = new Set(source.match(/--[A-Za-z_][\w-]*/g) ?? []);
  return { words, prefixes, properties };
}

function classUsed(name: string, used: UsedNames): boolean {
  return used.words.has(name) || used.prefixes.some((prefix) => name.startsWith(prefix));
}

function selectorUsed(selector: string, used: UsedNames): boolean {
  // Classes inside :not(...) need not be present for the selector to match.
  const positive = selector.replace(/:not\((?:[^()]|\([^()]*\))*\)/g, '');
  for (const match of positive.matchAll(/\.((?:[\w-]|\\.)+)/g)) {
    const name = (match[1] as string).replace(/\\(.)/g, '$1');
    if (!classUsed(name, used)) return false;
  }
  return true;
}

function purgeRules(root: Root, used: UsedNames): void {
  root.walkRules((rule: Rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as { name: string }).name)) return;
    const kept = rule.selectors.filter((selector) => selectorUsed(selector, used));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
}

const VAR_REFERENCE = /var\(\s*(--[\w-]+)/g;

function purgeCustomProperties(root: Root, fromScript: Set<string>): void {
  const definitions = new Map<string, string[]>();
  const needed = new Set(fromScript);
  root.walkDecls((decl) => {
    if (decl.prop.startsWith('--')) {
      const values = definitions.get(decl.prop) ?? [];
      values.push(decl.value);
      definitions.set(decl.prop, values);
    } else {
      for (const match of decl.value.matchAll(VAR_REFERENCE)) needed.add(match[1] as string);
    }
  });
  // A kept token keeps the tokens its value reads.
  const queue = [...needed];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    for (const value of definitions.get(name) ?? []) {
      for (const match of value.matchAll(VAR_REFERENCE)) {
        const next = match[1] as string;
        if (!needed.has(next)) {
          needed.add(next);
          queue.push(next);
        }
      }
    }
  }
  root.walkDecls((decl) => {
    if (decl.prop.startsWith('--') && !needed.has(decl.prop)) decl.remove();
  });
}

function removeEmpty(root: Root): void {
  let removed = true;
  while (removed) {
    removed = false;
    root.walk((node) => {
      if ((node.type === 'rule' || node.type === 'atrule') && node.nodes && node.nodes.length === 0) {
        node.remove();
        removed = true;
      }
    });
  }
}
