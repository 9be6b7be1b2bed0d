import { z } from 'zod';

/** Text the storefront shows in Dutch first and English second (DESIGN.md "Storefront"). */
export const LocalizedTextSchema = z.strictObject({
  nl: z.string().trim().min(1).max(4000),
  en: z.string().trim().min(1).max(4000),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const LocaleSchema = z.enum(['nl', 'en']);
export type Locale = z.infer<typeof LocaleSchema>;

/** CBS municipality code, e.g. GM0344 is Utrecht. */
export const MunicipalityCodeSchema = z.string().regex(/^GM\d{4}$/, 'a CBS code such as GM0344');
export type MunicipalityCode = z.infer<typeof MunicipalityCodeSchema>;

export const SlugSchema = z
  .string()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens');

export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and -');

/** RFC 9457 problem details, with every field error at once. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  /** A stable code from shared/problem-codes.ts, for clients that explain the refusal themselves. */
  code: z.string().max(64).optional(),
  instance: z.string().optional(),
  errors: z
    .array(
      z.object({ in: z.enum(['body', 'query', 'path', 'header']), field: z.string(), message: z.string() }),
    )
    .optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().positive(),
    pageSize: z.number().int().positive(),
  });
}
