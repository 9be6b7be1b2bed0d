import { useState } from 'react';
import type { NotificationView } from '../../../shared/schemas/notification.ts';
import { useLocale, useLocalized } from '../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../identity/components/load-error.tsx';
import { useSession } from '../identity/session-provider.tsx';
import { useMessages } from '../identity/use-messages.ts';
import { formatDateTime } from '../lib/format-date.ts';
import { usePageTitle } from '../lib/use-page-title.ts';
import { useResource } from '../lib/use-resource.ts';
import { Button } from '../ui/button.tsx';
import { Heading } from '../ui/heading.tsx';
import { RouteLink } from '../ui/link.tsx';
import { Paragraph } from '../ui/paragraph.tsx';
import { fetchNotifications, markRead } from './api.ts';

const messages = {
  nl: {
    title: 'Meldingen',
    intro:
      'Berichten over je apps, beoordelingen en incidenten. Je krijgt ze ook per e-mail, als je medewerker of aanbieder bent.',
    signIn: 'Log in om je meldingen te zien.',
    empty: 'Je hebt geen meldingen.',
    unread: 'Nieuw',
    open: 'Bekijken',
    markRead: 'Markeer als gelezen',
  },
  en: {
    title: 'Notifications',
    intro: 'Messages about your apps, reviews and incidents. Staff and vendors also get them by e-mail.',
    signIn: 'Sign in to see your notifications.',
    empty: 'You have no notifications.',
    unread: 'New',
    open: 'View',
    markRead: 'Mark as read',
  },
};

/** `/meldingen`: the in-app notifications of the signed-in person (issue 12 part 4). */
export function NotificationsPage() {
  const m = useMessages(messages);
  usePageTitle(m.title);
  const { session } = useSession();
  const userId = session?.user?.id ?? null;
  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <Paragraph lead>{m.intro}</Paragraph>
      {userId ? <NotificationList userId={userId} /> : session && <Paragraph>{m.signIn}</Paragraph>}
    </>
  );
}

function NotificationList({ userId }: { userId: string }) {
  const m = useMessages(messages);
  const list = useResource(`notifications:${userId}`, fetchNotifications);
  if (list.state.status === 'loading') return <Loading />;
  if (list.state.status === 'error') return <LoadError error={list.state.error} onRetry={list.reload} />;
  if (list.state.data.length === 0) return <Paragraph>{m.empty}</Paragraph>;
  return (
    <ul className="ic-notifications">
      {list.state.data.map((n) => (
        <NotificationItem key={n.id} notification={n} />
      ))}
    </ul>
  );
}

function NotificationItem({ notification }: { notification: NotificationView }) {
  const m = useMessages(messages);
  const { locale } = useLocale();
  const localized = useLocalized();
  const [read, setRead] = useState(notification.readAt !== null);
  return (
    <li className="ic-section">
      <Heading level={2}>
        {localized(notification.title)} {!read && <span className="utrecht-status-badge">{m.unread}</span>}
      </Heading>
      <Paragraph>
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt, locale)}</time>
      </Paragraph>
      {localized(notification.body)
        .split('\n')
        .map((line) => (
          <Paragraph key={line}>{line}</Paragraph>
        ))}
      {notification.link && (
        <Paragraph>
          <RouteLink to={notification.link}>{m.open}</RouteLink>
        </Paragraph>
      )}
      {!read && (
        <Button
          appearance="secondary-action"
          onClick={() => void markRead(notification.id).then(() => setRead(true))}
        >
          {m.markRead}
        </Button>
      )}
    </li>
  );
}
