// Validates publiccode.yml against the required fields of the publiccode.yml standard (v0.4).
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';

const Description = z.object({
  shortDescription: z.string().min(1).max(150),
  longDescription: z.string().min(150).max(10_000),
  features: z.array(z.string().max(100)).min(1),
});

const PublicCodeSchema = z.object({
  publiccodeYmlVersion: z.string().regex(/^0\.\d+(\.\d+)?$/),
  name: z.string().min(1),
  url: z.url(),
  softwareVersion: z.string().optional(),
  releaseDate: z.iso.date().optional(),
  platforms: z.array(z.string()).min(1),
  categories: z.array(z.string()).min(1),
  developmentStatus: z.enum(['concept', 'development', 'beta', 'stable', 'obsolete']),
  softwareType: z.enum([
    'standalone/mobile',
    'standalone/iot',
    'standalone/desktop',
    'standalone/web',
    'standalone/backend',
    'standalone/other',
    'addon',
    'library',
    'configurationFiles',
  ]),
  description: z
    .record(z.string().regex(/^[a-z]{2}$/), Description)
    .refine((d) => 'nl' in d, 'a Dutch description'),
  legal: z.object({ license: z.string().min(1) }),
  maintenance: z.object({
    type: z.enum(['internal', 'contract', 'community', 'none']),
    contacts: z.array(z.object({ name: z.string(), email: z.email().optional() })).optional(),
  }),
  localisation: z.object({ localisationReady: z.boolean(), availableLanguages: z.array(z.string()).min(1) }),
});

const document = parse(await readFile(new URL('../publiccode.yml', import.meta.url), 'utf8'));
const result = PublicCodeSchema.safeParse(document);
if (!result.success) {
  for (const issue of result.error.issues)
    console.error(`publiccode.yml: ${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
console.log('publiccode.yml ok');
