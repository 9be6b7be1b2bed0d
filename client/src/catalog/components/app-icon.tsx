/** Up to two initials of an app's name ("Samen Koken" -> "SK", "BudgetCoach" -> "BC"). */
export function initialsOf(name: string): string {
  const words = name.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length >= 2) return `${words[0]?.[0] ?? ''}${words[1]?.[0] ?? ''}`.toUpperCase();
  const word = words[0] ?? '';
  const capitals = word.match(/\p{Lu}/gu) ?? [];
  return (capitals.length >= 2 ? capitals.slice(0, 2).join('') : word.slice(0, 2)).toUpperCase();
}

/**
 * Tile colours for apps without an icon, each with white initials at more than 7:1, so neighbouring
 * apps look different. Whole class names: the CSS purge keeps only names it finds (decision 091).
 */
const TONES = [
  'ic-app-icon--tone-1',
  'ic-app-icon--tone-2',
  'ic-app-icon--tone-3',
  'ic-app-icon--tone-4',
  'ic-app-icon--tone-5',
  'ic-app-icon--tone-6',
] as const;

/** The same name always gets the same colour, on the server and in the browser. */
export function toneOf(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return TONES[hash % TONES.length] ?? TONES[0];
}

/**
 * An app's icon. Decorative (alt=""): the app's name is always written next to it. An app
 * without an icon gets its initials on a coloured tile, not an empty grey square (issue 11 item 15).
 */
export function AppIcon({
  src,
  name = '',
  size,
}: {
  src: string | undefined;
  name?: string;
  size: 'small' | 'large';
}) {
  const pixels = size === 'small' ? 64 : 96;
  if (!src)
    return (
      <span
        className={`ic-app-icon ic-app-icon--${size} ic-app-icon--initials ${toneOf(name)}`}
        aria-hidden="true"
      >
        {initialsOf(name)}
      </span>
    );
  return (
    <img className={`ic-app-icon ic-app-icon--${size}`} src={src} alt="" width={pixels} height={pixels} />
  );
}
