import { useT } from '../i18n/i18n-provider.tsx';
import { Heading } from '../ui/heading.tsx';
import { RouteLink } from '../ui/link.tsx';
import { Paragraph } from '../ui/paragraph.tsx';
import { ListItem, UnorderedList } from '../ui/unordered-list.tsx';
import { usePageTitle } from './use-page-title.ts';

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
