import { z } from 'zod';
import { IdSchema, LocalizedTextSchema, MunicipalityCodeSchema } from './common.ts';

/** Roles are memberships (DESIGN.md "Identity"). */
export const MembershipSchema = z.discriminatedUnion('role', [
  // null: the broker did not say where the resident lives; they browse and manage consents but open no app.
  z.strictObject({ role: z.literal('resident'), municipality: MunicipalityCodeSchema.nullable() }),
  z.strictObject({ role: z.literal('vendor'), organisationId: IdSchema }),
  z.strictObject({ role: z.literal('reviewer') }),
  z.strictObject({ role: z.literal('municipality-admin'), municipality: MunicipalityCodeSchema }),
  z.strictObject({ role: z.literal('platform-admin') }),
  // A wijkteam member, debt counsellor or practice nurse who refers residents to apps (issue 13).
  z.strictObject({ role: z.literal('professional'), municipality: MunicipalityCodeSchema }),
]);
export type Membership = z.infer<typeof MembershipSchema>;

export const PersonProfileSchema = z.strictObject({
  givenName: z.string().min(1).max(80),
  familyName: z.string().min(1).max(80),
  birthdate: z.iso.date(),
  email: z.email(),
  phoneNumber: z.string().regex(/^\+31[0-9]{9}$/, 'a Dutch number in +31 form'),
  address: z.strictObject({
    streetAddress: z.string().min(1),
    postalCode: z.string().regex(/^\d{4} ?[A-Z]{2}$/, 'a Dutch postcode'),
    locality: z.string().min(1),
    country: z.literal('NL'),
  }),
  locale: z.enum(['nl', 'en']),
});
export type PersonProfile = z.infer<typeof PersonProfileSchema>;

/** A demo persona as shipped in catalog/personas.json. */
export const PersonaSchema = z.strictObject({
  id: IdSchema,
  profile: PersonProfileSchema,
  summary: LocalizedTextSchema,
  memberships: z.array(MembershipSchema).min(1),
});
export type Persona = z.infer<typeof PersonaSchema>;
