import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface ContrastFailure {
  element: string;
  text: string;
  ratio: number;
  needed: number;
  color: string;
  background: string;
}

/**
 * WCAG 1.4.3 text contrast of every visible interactive element (links, buttons, form controls,
 * summaries) and of the text inside it, measured on the colours Chromium actually paints. axe
 * only marks such elements "needs review" when it is unsure of the background (a button link on
 * a coloured fill, issue 11 item 4); this check composites the backgrounds itself and fails.
 * An element over a background image or gradient is reported, not guessed.
 */
export async function contrastFailures(page: Page): Promise<ContrastFailure[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (value: string): Rgba | null => {
      const rgb = value.match(/^rgba?\(([^)]+)\)$/);
      const srgb = value.match(/^color\(srgb ([^)]+)\)$/);
      const parts = (rgb?.[1] ?? srgb?.[1])
        ?.split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      if (!parts || parts.length < 3 || parts.some(Number.isNaN)) return null;
      const scale = srgb ? 255 : 1;
      return [(parts[0] ?? 0) * scale, (parts[1] ?? 0) * scale, (parts[2] ?? 0) * scale, parts[3] ?? 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    /** The painted background behind `el`: its own fill composited over its ancestors'. */
    const backgroundOf = (el: Element): Rgba | 'image' => {
      const layers: Rgba[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.backgroundImage !== 'none') return 'image';
        const fill = parse(style.backgroundColor);
        if (fill && fill[3] > 0) {
          layers.push(fill);
          if (fill[3] >= 1) break;
        }
      }
      return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${id}${cls === '.' ? '' : cls}`;
    };
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0;
    };

    const controls = document.querySelectorAll(
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [role=tab]',
    );
    const failures: ContrastFailure[] = [];
    for (const control of Array.from(controls)) {
      // Disabled controls are exempt from 1.4.3; hidden ones are not painted.
      if ((control as HTMLButtonElement).disabled || control.getAttribute('aria-disabled') === 'true')
        continue;
      if (!visible(control)) continue;
      const painted = [control, ...Array.from(control.querySelectorAll('*'))].filter(
        (el) =>
          visible(el) &&
          (Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) ||
            el instanceof HTMLInputElement ||
            el instanceof HTMLSelectElement ||
            el instanceof HTMLTextAreaElement),
      );
      for (const el of painted) {
        const style = getComputedStyle(el);
        const color = parse(style.color);
        const background = backgroundOf(el);
        if (!color) continue;
        if (background === 'image') continue;
        const size = Number.parseFloat(style.fontSize);
        const bold = Number(style.fontWeight) >= 700;
        const large = size >= 24 || (bold && size >= 18.66);
        const needed = large ? 3 : 4.5;
        const measured = ratio(over(color, background), background);
        if (measured < needed) {
          failures.push({
            element: describe(el),
            text: (el.textContent ?? (el as HTMLInputElement).value ?? '').trim().slice(0, 60),
            ratio: Math.round(measured * 100) / 100,
            needed,
            color: style.color,
            background: `rgb(${background.slice(0, 3).map(Math.round).join(',')})`,
          });
        }
      }
    }
    return failures;
  });
}

/** Fails with every interactive element whose text does not reach WCAG AA contrast. */
export async function expectReadableControls(page: Page, label: string): Promise<void> {
  const failures = await contrastFailures(page);
  const summary = failures.map(
    (f) => `${f.element} "${f.text}": ${f.ratio}:1 (needs ${f.needed}:1), ${f.color} on ${f.background}`,
  );
  expect(summary, `contrast of interactive elements on ${label}`).toEqual([]);
}
