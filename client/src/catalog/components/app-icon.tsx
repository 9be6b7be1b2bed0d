/** An app's icon. Decorative (alt=""): the app's name is always written next to it. */
export function AppIcon({ src, size }: { src: string | undefined; size: 'small' | 'large' }) {
  const pixels = size === 'small' ? 64 : 96;
  if (!src)
    return <span className={`ic-app-icon ic-app-icon--${size} ic-app-icon--empty`} aria-hidden="true" />;
  return (
    <img className={`ic-app-icon ic-app-icon--${size}`} src={src} alt="" width={pixels} height={pixels} />
  );
}
