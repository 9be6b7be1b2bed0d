import type { Locale } from '../../shared/schemas/common.ts';
import type { TemplateId, TemplateParams } from './notification.templates.ts';

/** An in-app notification, as stored in `notifications`; its id is the event's key and the person's. */
export interface NotificationDoc {
  _id: string;
  personId: string;
  template: TemplateId;
  params: TemplateParams;
  /** A page of the platform to go to, e.g. /beoordelen/ver-1. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

/**
 * One e-mail waiting in the outbox (`outbox`). The id is the event's key and the recipient's, so
 * writing it twice (a retried request, a rerun job) queues one mail. A worker claims it with a
 * short lock (safe with several instances), sends it, and retries with backoff when SMTP fails.
 */
export interface OutboxDoc {
  _id: string;
  personId: string;
  to: string;
  locale: Locale;
  template: TemplateId;
  params: TemplateParams;
  link: string | null;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  /** Epoch ms: not before. */
  nextAttemptAt: number;
  /** Epoch ms: claimed by a worker until then. */
  lockedUntil: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export const NOTIFICATIONS = 'notifications';
export const OUTBOX = 'outbox';
