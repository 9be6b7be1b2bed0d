/** The ids a control's description and error get, so aria-describedby can point at them. */
export function describedBy(
  id: string,
  parts: { description?: unknown; error?: unknown },
): string | undefined {
  const ids = [parts.description ? `${id}-uitleg` : null, parts.error ? `${id}-fout` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export const descriptionId = (id: string) => `${id}-uitleg`;
export const errorId = (id: string) => `${id}-fout`;
