import type { ConditionKey, OfferConditions } from '../../shared/schemas/offer-conditions.ts';

const DAY_MS = 86_400_000;
const EXPIRY_WARNING_MS = 60 * DAY_MS;

/** The instant a calendar date begins in the Netherlands (go-live and expiry dates are Dutch dates). */
export function startOfDutchDay(date: string): number {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const offset = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' })
    .formatToParts(utcMidnight)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d\d):(\d\d)/.exec(offset ?? '');
  const minutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return utcMidnight - minutes * 60_000;
}

/** A condition with an end date holds through that date. */
function expiresAt(date: string | undefined): number | null {
  return date ? startOfDutchDay(date) + DAY_MS : null;
}

function expiryOf(conditions: OfferConditions, key: ConditionKey): string | undefined {
  if (key === 'dpia') return conditions.dpia?.reviewBy;
  if (key === 'processingAgreement') return conditions.processingAgreement?.validUntil;
  return undefined;
}

function isMet(conditions: OfferConditions, key: ConditionKey, now: number): boolean {
  if (!conditions[key]) return false;
  const end = expiresAt(expiryOf(conditions, key));
  return end === null || now < end;
}

const KEYS: ConditionKey[] = ['dpia', 'processingAgreement', 'localContact'];

/** What the admin overview shows for one offer. */
export function offerCheck(conditions: OfferConditions | null, now: number) {
  if (!conditions) return { visible: true, missing: [], expiring: [], goLiveAhead: null, nextChangeAt: null };
  const missing = KEYS.filter((key) => conditions.required[key] && !isMet(conditions, key, now));
  const expiring = KEYS.flatMap((key) => {
    const on = expiryOf(conditions, key);
    const end = expiresAt(on);
    return on && end !== null && end > now && end - now < EXPIRY_WARNING_MS ? [{ condition: key, on }] : [];
  });
  const goLive = conditions.goLiveDate ? startOfDutchDay(conditions.goLiveDate) : null;
  const goLiveAhead = goLive !== null && goLive > now ? conditions.goLiveDate : null;
  // The next moment this offer's visibility can change by itself: a go-live date or an expiry.
  const moments = [goLive, ...KEYS.map((key) => expiresAt(expiryOf(conditions, key)))].filter(
    (t): t is number => t !== null && t > now,
  );
  return {
    visible: missing.length === 0 && goLiveAhead === null,
    missing,
    expiring,
    goLiveAhead,
    nextChangeAt: moments.length > 0 ? Math.min(...moments) : null,
  };
}
