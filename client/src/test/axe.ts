import axe from 'axe-core';

/**
 * Runs axe-core on the rendered document. happy-dom has no layout engine, so the rules that
 * need real rendering (colour contrast, target size) run in the browser journeys in tests/e2e.
 */
export async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.documentElement, {
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
  });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}
