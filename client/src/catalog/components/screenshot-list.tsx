import type { AppDetail } from '../../../../shared/schemas/catalog.ts';
import { useLocalized } from '../../i18n/i18n-provider.tsx';

export function ScreenshotList({ screenshots }: { screenshots: AppDetail['screenshots'] }) {
  const localized = useLocalized();
  return (
    <ul className="ic-screenshots">
      {screenshots.map((screenshot) => (
        <li key={screenshot.src}>
          {/* Lazy: screenshots are below the fold and the heaviest thing on a cheap phone. */}
          <img
            className="ic-screenshot"
            src={screenshot.src}
            alt={localized(screenshot.alt)}
            loading="lazy"
          />
        </li>
      ))}
    </ul>
  );
}
