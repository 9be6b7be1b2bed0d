import { describe, expect, it } from 'vitest';
import { offerCheck, startOfDutchDay } from '../../server/municipalities/offer-visibility.ts';
import {
  type OfferConditionsInput,
  OfferConditionsInputSchema,
} from '../../shared/schemas/offer-conditions.ts';

const conditions = (input: OfferConditionsInput) => OfferConditionsInputSchema.parse(input);
const at = (iso: string) => Date.parse(iso);

describe('offer visibility', () => {
  it('starts a Dutch date at local midnight, in summer and in winter time', () => {
    expect(new Date(startOfDutchDay('2026-07-01')).toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(new Date(startOfDutchDay('2026-12-01')).toISOString()).toBe('2026-11-30T23:00:00.000Z');
  });

  it('shows an offer without conditions (offers made before local conditions existed)', () => {
    expect(offerCheck(null, Date.now()).visible).toBe(true);
  });

  it('hides an offer until its go-live date, and says when that changes', () => {
    const c = conditions({
      goLiveDate: '2026-12-10',
      required: { dpia: false, processingAgreement: false, localContact: false },
    });
    const before = offerCheck(c, at('2026-12-09T22:59:59Z'));
    expect(before).toMatchObject({ visible: false, goLiveAhead: '2026-12-10' });
    expect(before.nextChangeAt).toBe(at('2026-12-09T23:00:00Z'));
    expect(offerCheck(c, at('2026-12-09T23:00:00Z')).visible).toBe(true);
  });

  it('hides an offer while a required condition is missing or expired, and warns 60 days ahead', () => {
    const c = conditions({
      dpia: { date: '2026-01-05', documentUrl: 'https://gemeente.example/dpia.pdf' },
      processingAgreement: { signedOn: '2026-01-10', validUntil: '2027-01-20' },
    });
    expect(offerCheck(c, at('2026-12-01T12:00:00Z'))).toMatchObject({
      visible: true,
      missing: [],
      expiring: [{ condition: 'processingAgreement', on: '2027-01-20' }],
    });
    expect(offerCheck(c, at('2027-01-20T23:00:00Z'))).toMatchObject({
      visible: false,
      missing: ['processingAgreement'],
    });
    const noDpia = conditions({ processingAgreement: { signedOn: '2026-01-10' } });
    expect(offerCheck(noDpia, Date.now())).toMatchObject({ visible: false, missing: ['dpia'] });
  });
});
