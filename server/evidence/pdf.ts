/** A PDF starts with `%PDF-` (ISO 32000-1, 7.5.2); checked on the bytes, never on a name or a header. */
export function looksLikePdf(bytes: Buffer): boolean {
  return bytes.length >= 8 && bytes.subarray(0, 5).toString('latin1') === '%PDF-';
}
