/** The ids a control's description and error get, so aria-describedby can point at them. */
export function describedBy(
  id: string,
  parts: { description?: unknown; error?: unknown; note?: unknown },
): string | undefined {
  const ids = [
    parts.description ? `${id}-uitleg` : null,
    parts.error ? `${id}-fout` : null,
    parts.note ? `${id}-opmerking` : null,
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export const descriptionId = (id: string) => `${id}-uitleg`;
export const errorId = (id: string) => `${id}-fout`;
