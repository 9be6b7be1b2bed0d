import { describe, expect, it } from 'vitest';
import { purgeCss, usedNames } from '../../scripts/build/purge-css.ts';

const purge = (css: string, script: string) => purgeCss(css, usedNames(script)).replace(/\s+/g, ' ').trim();

describe('purgeCss (build: ship only the CSS of components in use)', () => {
  it('keeps rules whose classes the script names and drops the others', () => {
    const css = '.utrecht-button{color:red}.utrecht-calendar{color:blue}';
    expect(purge(css, `className: "utrecht-button"`)).toBe('.utrecht-button{color:red}');
  });

  it('keeps a selector list when one selector is in use, narrowed to it', () => {
    const css = '.utrecht-link:hover, .utrecht-calendar a {color:red}';
    expect(purge(css, `"utrecht-link"`)).toBe('.utrecht-link:hover {color:red}');
  });

  it('keeps every class a prefix built in the script can make', () => {
    const css = '.utrecht-alert--error{color:red}.utrecht-alert--ok{color:green}.utrecht-alerted{color:blue}';
    expect(purge(css, 'const c = "utrecht-alert--".concat(type)')).toBe(
      '.utrecht-alert--error{color:red}.utrecht-alert--ok{color:green}',
    );
  });

  it('does not need classes inside :not() and keeps element selectors', () => {
    const css = '.ic-page:not(.utrecht-calendar) p{margin:0}html{color:black}';
    expect(purge(css, '"ic-page"')).toBe('.ic-page:not(.utrecht-calendar) p{margin:0}html{color:black}');
  });

  it('keeps the design tokens kept rules read, through other tokens, and drops the rest', () => {
    const css =
      '.voorbeeld-theme{--a:var(--b);--b:1px;--unused:2px;--c:3px}.utrecht-button{padding:var(--a)}';
    expect(purge(css, '"voorbeeld-theme" "utrecht-button"')).toBe(
      '.voorbeeld-theme{--a:var(--b);--b:1px}.utrecht-button{padding:var(--a)}',
    );
  });

  it('keeps a token the script sets or reads, and drops at-rules left empty', () => {
    const css = '.x{--ic-gap:1px;--other:2px}@media (min-width: 1px){.utrecht-calendar{color:red}}';
    expect(purge(css, '"x" style={{"--ic-gap": 0}}')).toBe('.x{--ic-gap:1px}');
  });
});
