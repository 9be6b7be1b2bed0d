import { CATEGORIES, type CategoryId } from '../../../../shared/categories.ts';
import { useLocalized } from '../../i18n/i18n-provider.tsx';
import { DataBadge } from '../../ui/badge.tsx';

export function CategoryBadges({ categories, label }: { categories: CategoryId[]; label: string }) {
  const localized = useLocalized();
  return (
    <ul className="ic-badge-list" aria-label={label}>
      {categories.map((id) => (
        <li key={id}>
          <DataBadge>{localized(CATEGORIES[id].label)}</DataBadge>
        </li>
      ))}
    </ul>
  );
}
