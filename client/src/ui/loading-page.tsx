import { useT } from '../i18n/i18n-provider.tsx';
import { Paragraph } from './paragraph.tsx';

/** What the main area shows while the first page's data loads (the header is already usable). */
export function LoadingPage() {
  const t = useT();
  return (
    <Paragraph role="status" className="ic-loading">
      {t('site.loading')}
    </Paragraph>
  );
}
