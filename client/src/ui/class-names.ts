/** Joins the class names that are set; a tiny stand-in for clsx so the bundle stays small. */
export function classNames(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
