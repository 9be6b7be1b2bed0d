import type { AppDetail } from '../../../../shared/schemas/catalog.ts';
import { useLocalized, useT } from '../../i18n/i18n-provider.tsx';
import { DataList, type DataListItem } from '../../ui/data-list.tsx';
import { ExternalLink } from '../../ui/link.tsx';

export function SupportContact({ support }: { support: AppDetail['support'] }) {
  const t = useT();
  const localized = useLocalized();
  const items: DataListItem[] = [
    {
      key: 'email',
      label: t('app.supportEmail'),
      value: <ExternalLink href={`mailto:${support.email}`}>{support.email}</ExternalLink>,
    },
  ];
  if (support.phone) {
    items.push({
      key: 'phone',
      label: t('app.supportPhone'),
      value: (
        <ExternalLink href={`tel:${support.phone.replace(/[^+\d]/g, '')}`}>{support.phone}</ExternalLink>
      ),
    });
  }
  if (support.url) {
    items.push({
      key: 'url',
      label: t('app.supportUrl'),
      value: <ExternalLink href={support.url}>{new URL(support.url).host}</ExternalLink>,
    });
  }
  if (support.hours) {
    items.push({ key: 'hours', label: t('app.supportHours'), value: localized(support.hours) });
  }
  return <DataList items={items} />;
}
