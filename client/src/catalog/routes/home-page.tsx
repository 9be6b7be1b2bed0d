import { useId } from 'react';
import { useLoaderData } from 'react-router';
import { useT } from '../../i18n/i18n-provider.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { Alert } from '../../ui/alert.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { CategoryTiles } from '../components/category-tiles.tsx';
import { SearchForm } from '../components/search-form.tsx';
import type { homeLoader } from '../loaders.ts';

export function HomePage() {
  const t = useT();
  const { categories } = useLoaderData<typeof homeLoader>();
  const categoriesHeadingId = useId();
  usePageTitle(t('home.title'));

  return (
    <>
      <Heading level={1}>{t('home.heading')}</Heading>
      <div className="ic-prose">
        <Paragraph lead>{t('home.intro1')}</Paragraph>
        <Paragraph>{t('home.intro2')}</Paragraph>
      </div>
      <SearchForm />
      <section aria-labelledby={categoriesHeadingId} className="ic-section">
        <Heading level={2} id={categoriesHeadingId}>
          {t('home.categoriesHeading')}
        </Heading>
        {categories ? (
          <CategoryTiles categories={categories} />
        ) : (
          <Alert type="warning">
            <Paragraph>{t('home.categoriesError')}</Paragraph>
          </Alert>
        )}
      </section>
      <Paragraph>
        <RouteLink to="/apps">{t('home.allApps')}</RouteLink>
      </Paragraph>
    </>
  );
}
