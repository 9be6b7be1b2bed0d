import type { Category } from '../../../../shared/schemas/catalog.ts';
import { useLocalized, useT } from '../../i18n/i18n-provider.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';

export function CategoryTiles({ categories }: { categories: Category[] }) {
  const t = useT();
  const localized = useLocalized();
  return (
    <ul className="ic-tiles">
      {categories.map((category) => (
        <li key={category.id} className="ic-tile">
          <Heading level={3} className="ic-tile__title">
            <RouteLink to={`/apps?category=${encodeURIComponent(category.id)}`}>
              {localized(category.label)}
            </RouteLink>
          </Heading>
          <Paragraph>{localized(category.description)}</Paragraph>
          <Paragraph className="ic-meta">
            {category.appCount === 1
              ? t('count.apps.one')
              : t('count.apps.other', { count: category.appCount })}
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}
