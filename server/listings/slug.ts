/** A URL-safe, readable slug from an app name: "Financiële Hulp" -> "financiele-hulp". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : `app-${slug}`.replace(/-+$/, '') || 'app';
}
