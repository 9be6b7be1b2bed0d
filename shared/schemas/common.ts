import { z } from 'zod';
import { MUNICIPALITY_CODE_PATTERN } from '../municipality-code.ts';
import { nameProblem, textProblem, urlSpellingProblem } from '../safe-text.ts';

/** Refuses text residents could be misled by (shared/safe-text.ts, issue 9). */
export function safeText<T extends z.ZodString>(schema: T, options: { multiLine: boolean }) {
  return schema.superRefine((value, ctx) => {
    const problem = textProblem(value, options);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** An app or organisation name: safe text, no invisible characters, two visible ones at least. */
export function safeName<T extends z.ZodString>(schema: T) {
  return schema.superRefine((value, ctx) => {
    const problem = nameProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** A URL every parser reads alike (no backslash, spaces or user info). */
export function unambiguousUrl<T extends z.ZodType<string>>(schema: T) {
  return schema.superRefine((value, ctx) => {
    const problem = urlSpellingProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** Text the storefront shows in Dutch first and English second (DESIGN.md "Storefront"). */
export const LocalizedTextSchema = z.strictObject({
  nl: safeText(z.string().trim().normalize().min(1).max(4000), { multiLine: true }),
  en: safeText(z.string().trim().normalize().min(1).max(4000), { multiLine: true }),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const LocaleSchema = z.enum(['nl', 'en']);
export type Locale = z.infer<typeof LocaleSchema>;

/** CBS municipality code, e.g. GM0344 is Utrecht. */
export const MunicipalityCodeSchema = z
  .string()
  .regex(MUNICIPALITY_CODE_PATTERN, 'a CBS code such as GM0344');
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
