import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { NotificationView } from '../../shared/schemas/notification.ts';
import { NotFoundError } from '../http/errors.ts';
import type { AuthUser } from '../identity/identity.types.ts';
import type { Mailer } from './mailer.ts';
import type { NotificationDoc } from './notification.documents.ts';
import type { NotificationRepository } from './notification.repository.ts';
import { renderTemplate, type TemplateId, type TemplateParams } from './notification.templates.ts';

export interface NotificationEvent {
  /** Unique per event (an audit event id, `incident:<id>:reported`): what makes writing it twice harmless. */
  key: string;
  template: TemplateId;
  params: TemplateParams;
  link?: string | null;
}

const LOCK_MS = 60_000;
const MAX_ATTEMPTS = 12;

/** 30 s, 1 min, 2 min ... at most an hour between attempts. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

const idOf = (key: string, personId: string, channel: string) =>
  createHash('sha256').update(`${key}\n${personId}\n${channel}`).digest('hex').slice(0, 40);

export function createNotificationsService(deps: {
  repository: NotificationRepository;
  /** Absent when SMTP_URL is not set: then only in-app notifications are written. */
  mailer: Mailer | null;
  logger: Logger;
}) {
  const { repository, mailer, logger } = deps;

  function toView(doc: NotificationDoc): NotificationView {
    const nl = renderTemplate(doc.template, doc.params, 'nl');
    const en = renderTemplate(doc.template, doc.params, 'en');
    return {
      id: doc._id,
      title: { nl: nl.subject, en: en.subject },
      body: { nl: nl.body, en: en.body },
      link: doc.link,
      createdAt: doc.createdAt,
      readAt: doc.readAt,
    };
  }

  return {
    /**
     * Tells staff and vendors of an event: in-app for each, and e-mail through the outbox. Both
     * writes are idempotent by the event's key, so a retried step never tells anyone twice.
     */
    async notify(event: NotificationEvent, people: AuthUser[], now = new Date()): Promise<void> {
      const at = now.toISOString();
      const seen = new Set<string>();
      for (const person of people) {
        if (seen.has(person.id)) continue;
        seen.add(person.id);
        const base = {
          personId: person.id,
          template: event.template,
          params: event.params,
          link: event.link ?? null,
        };
        await repository.addInApp({
          _id: idOf(event.key, person.id, 'in-app'),
          ...base,
          createdAt: at,
          readAt: null,
        });
        // Mail needs an address: people signed in through a broker that gives none get in-app notices only.
        if (!mailer || !person.profile.email) continue;
        await repository.enqueueMail({
          _id: idOf(event.key, person.id, 'email'),
          ...base,
          to: person.profile.email,
          locale: person.profile.locale ?? 'nl',
          status: 'pending',
          attempts: 0,
          nextAttemptAt: now.getTime(),
          lockedUntil: 0,
          lastError: null,
          createdAt: at,
          sentAt: null,
        });
      }
    },

    async listMine(user: AuthUser): Promise<NotificationView[]> {
      return (await repository.listFor(user.id, 100)).map(toView);
    },

    async markRead(user: AuthUser, id: string): Promise<void> {
      if (!(await repository.markRead(user.id, id, new Date().toISOString())))
        throw new NotFoundError('No such notification.');
    },

    /**
     * Sends the mail that is due; safe with several instances (each mail is claimed with a lock in
     * the update filter). A failed send stays in the outbox and is retried with backoff.
     */
    async deliverMail(now = new Date()): Promise<{ sent: number; failed: number }> {
      const result = { sent: 0, failed: 0 };
      if (!mailer) return result;
      const nowMs = now.getTime();
      for (const doc of await repository.dueMail(nowMs, 50)) {
        if (!(await repository.claimMail(doc, nowMs, LOCK_MS))) continue;
        const { subject, body } = renderTemplate(doc.template, doc.params, doc.locale);
        const link = doc.link ? `\n\n${doc.link}` : '';
        try {
          await mailer.send({
            to: doc.to,
            subject,
            text: `${body}${link}`,
            messageId: `<${doc._id}@inwonercloud>`,
          });
          await repository.mailSent(doc._id, new Date().toISOString());
          result.sent += 1;
        } catch (error) {
          const attempts = doc.attempts + 1;
          const message = error instanceof Error ? error.message : String(error);
          await repository.mailFailed(
            doc._id,
            attempts,
            nowMs + backoffMs(attempts),
            message,
            attempts >= MAX_ATTEMPTS,
          );
          logger.warn({ outboxId: doc._id, attempts, err: message }, 'mail not delivered; will retry');
          result.failed += 1;
        }
      }
      return result;
    },

    outboxCount: repository.countMail,
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
