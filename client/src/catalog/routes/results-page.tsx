import { useEffect, useRef } from 'react';
import { useLoaderData, useSearchParams } from 'react-router';
import { useT } from '../../i18n/i18n-provider.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useMunicipality } from '../../municipalities/municipality-provider.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { AppCard } from '../components/app-card.tsx';
import { Pagination } from '../components/pagination.tsx';
import { ResultCount } from '../components/result-count.tsx';
import { ResultsFilters } from '../components/results-filters.tsx';
import type { resultsLoader } from '../loaders.ts';
import { ALL_MUNICIPALITIES, resultsHref } from '../search-params.ts';
import { useOwnCatalog } from '../use-own-catalog.ts';
import { type OwnMunicipality, useOwnMunicipality } from '../use-own-municipality.ts';

export function ResultsPage() {
  const t = useT();
  const { list, search } = useLoaderData<typeof resultsLoader>();
  const [searchParams] = useSearchParams();
  usePageTitle(search.q ? t('results.titleQuery', { query: search.q }) : t('results.title'));
  const own = useOwnMunicipality();
  useFollowChosenMunicipality(own);
  // Filtered on the resident's own municipality, every result is offered, also before the
  // municipality's list has come in (fetched once per page visit, whichever way the filter is).
  const ownFilter = own !== null && search.municipality === own.code;
  const ownCatalog = useOwnCatalog(own);
  const offeredIn = (slug: string) => (own && (ownFilter || ownCatalog?.has(slug)) ? own.name : undefined);

  const pageCount = Math.ceil(list.total / list.pageSize);
  return (
    <>
      <Heading level={1}>{t('results.heading')}</Heading>
      <ResultsFilters
        q={search.q ?? ''}
        category={search.category ?? ''}
        municipality={search.municipality ?? ALL_MUNICIPALITIES}
        own={own}
      />
      <ResultCount total={list.total} />
      {list.items.length > 0 ? (
        <ul className="ic-app-list" aria-label={t('results.listLabel')}>
          {list.items.map((app) => (
            <AppCard key={app.slug} app={app} offeredIn={offeredIn(app.slug)} />
          ))}
        </ul>
      ) : (
        <div className="ic-empty">
          <Heading level={2}>{t('results.emptyHeading')}</Heading>
          <Paragraph>{t('results.emptyText')}</Paragraph>
          <Paragraph>
            <RouteLink to={`/apps?municipality=${ALL_MUNICIPALITIES}`}>{t('notFound.apps')}</RouteLink>
          </Paragraph>
        </div>
      )}
      <Pagination
        page={list.page}
        pageCount={pageCount}
        hrefFor={(page) => resultsHref(searchParams, { page: page === 1 ? null : String(page) })}
      />
    </>
  );
}

/**
 * When the resident picks another municipality in the header while looking at results,
 * the results follow: they are looking for apps of the place they live in. A signed-in
 * resident's municipality is fixed by their sign-in: their filter is "own or all", so a
 * results URL for another municipality (a shared link, the chooser) shows their own instead.
 */
function useFollowChosenMunicipality(own: OwnMunicipality | null) {
  const { code } = useMunicipality();
  const [searchParams, setSearchParams] = useSearchParams();
  const previous = useRef(code);
  const shown = searchParams.get('municipality');
  const ownCode = own?.code ?? null;
  useEffect(() => {
    if (ownCode) {
      previous.current = code;
      if (shown && shown !== ALL_MUNICIPALITIES && shown !== ownCode) {
        setSearchParams(
          (params) => {
            const next = new URLSearchParams(params);
            next.set('municipality', ownCode);
            next.delete('page');
            return next;
          },
          { replace: true },
        );
      }
      return;
    }
    if (previous.current === code) return;
    previous.current = code;
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      next.set('municipality', code ?? ALL_MUNICIPALITIES);
      next.delete('page');
      return next;
    });
  }, [code, ownCode, shown, setSearchParams]);
}
