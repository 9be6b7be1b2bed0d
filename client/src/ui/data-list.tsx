import type { ReactNode } from 'react';

export interface DataListItem {
  key: string;
  label: ReactNode;
  value: ReactNode;
}

/** Label and value pairs (a `<dl>`), for facts such as contact details. */
export function DataList({ items }: { items: DataListItem[] }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      {items.map((item) => (
        <div className="utrecht-data-list__item" key={item.key}>
          <dt className="utrecht-data-list__item-key">{item.label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
