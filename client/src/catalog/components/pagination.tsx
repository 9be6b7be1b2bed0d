import { useT } from '../../i18n/i18n-provider.tsx';
import { RouteLink } from '../../ui/link.tsx';

export interface PaginationProps {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}

/** Pages as links (they can be opened, shared and bookmarked), around the current page. */
export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  const t = useT();
  if (pageCount <= 1) return null;
  const pages = visiblePages(page, pageCount);
  return (
    <nav
      className="utrecht-pagination utrecht-pagination--distanced ic-pagination"
      aria-label={t('pagination.label')}
    >
      <ul className="ic-pagination__list">
        {page > 1 && (
          <li>
            <RouteLink
              to={hrefFor(page - 1)}
              rel="prev"
              className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev"
            >
              {t('pagination.previous')}
            </RouteLink>
          </li>
        )}
        {pages.map((number) => (
          <li key={number}>
            <RouteLink
              to={hrefFor(number)}
              aria-current={number === page ? 'page' : undefined}
              aria-label={t('pagination.page', { page: number })}
              className={
                number === page
                  ? 'utrecht-pagination__page-link utrecht-pagination__page-link--current'
                  : 'utrecht-pagination__page-link'
              }
            >
              {number}
            </RouteLink>
          </li>
        ))}
        {page < pageCount && (
          <li>
            <RouteLink
              to={hrefFor(page + 1)}
              rel="next"
              className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next"
            >
              {t('pagination.next')}
            </RouteLink>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** At most five page numbers, with the current one in the middle where possible. */
function visiblePages(page: number, pageCount: number): number[] {
  const first = Math.max(1, Math.min(page - 2, pageCount - 4));
  const last = Math.min(pageCount, first + 4);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
