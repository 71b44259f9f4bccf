// Dark mode changes colours and nothing else. test/browser/accessibility.test.ts relies on it: it
// runs all of axe's WCAG checks in the light scheme and only the colour checks in the dark one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesIn } from '../../scripts/bench/build.ts';
import { dist } from './built-site.ts';

const published = filesIn(dist).filter((file) => /\.(css|html|js|svg)$/.test(file) && !file.includes('/pagefind/'));

/**
 * What a colour-scheme media query changes besides colour tokens on :root, one line per selector
 * and property ("`.toc display`"), in minified CSS.
 */
function beyondColours(css: string): string[] {
  const found: string[] = [];
  for (const match of css.matchAll(/@media\s*\(prefers-color-scheme:\s*\w+\)\s*\{/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < css.length && depth > 0; end++) depth += css[end] === '{' ? 1 : css[end] === '}' ? -1 : 0;
    const block = css.slice(match.index + match[0].length, end - 1);
    for (const [, selector = '', body = ''] of block.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      for (const declaration of body.split(';').filter((part) => part.trim())) {
        const property = declaration.split(':')[0]?.trim() ?? '';
        if (selector.trim() !== ':root' || !property.startsWith('--color-')) found.push(`${selector.trim()} ${property}`);
      }
    }
  }
  return found;
}

describe('the dark colour scheme', () => {
  it('is set in the stylesheets only: no page, script or image asks for the scheme', () => {
    const asking = published.filter((file) => !file.endsWith('.css') && /prefers-color-scheme|light-dark\(/.test(readFileSync(file, 'utf8')));
    expect(asking.map((file) => file.slice(dist.length))).toEqual([]);
  });

  it('sets only colour tokens (--color-*) on :root', () => {
    const css = published.filter((file) => file.endsWith('.css')).map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(css).toMatch(/prefers-color-scheme:\s*dark/);
    expect(beyondColours(css)).toEqual([]);
  });

  it('would be caught setting anything else', () => {
    expect(beyondColours('a{color:red}@media (prefers-color-scheme:dark){:root{--color-bg:#000;--space-4:2rem}.toc{display:none}}')).toEqual([':root --space-4', '.toc display']);
  });
});
