import { useT } from '../i18n/i18n-provider.tsx';
import { usePageTitle } from '../lib/use-page-title.ts';
import { Heading } from '../ui/heading.tsx';
import { RouteLink } from '../ui/link.tsx';
import { Paragraph } from '../ui/paragraph.tsx';
import { ListItem, UnorderedList } from '../ui/unordered-list.tsx';

export function NotFoundPage() {
  const t = useT();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <Heading level={1}>{t('notFound.title')}</Heading>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <UnorderedList>
        <ListItem>
          <RouteLink to="/">{t('notFound.home')}</RouteLink>
        </ListItem>
        <ListItem>
          <RouteLink to="/apps">{t('notFound.apps')}</RouteLink>
        </ListItem>
      </UnorderedList>
    </>
  );
}
