import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** A staff connection from STAFF_SIGN_IN_FILE, as the platform uses it (decision 028). */
export interface FileStaffConnection {
  /** In the paths: `/auth/staff/<name>/sign-in` and `/auth/staff/<name>/callback`. */
  name: string;
  /** On the sign-in page: "Inloggen met <label>". */
  label: string;
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  scope: string;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const EntrySchema = z.strictObject({
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and hyphens, at most 40')
    .refine((name) => !['sign-in', 'callback'].includes(name), 'a path word of its own'),
  label: z.string().trim().min(1).max(80),
  issuer: z.url({ protocol: /^https?$/ }).refine((value) => {
    const url = new URL(value);
    return url.protocol === 'https:' || LOOPBACK_HOSTS.has(url.hostname);
  }, 'an https URL (http only for 127.0.0.1 or localhost)'),
  clientId: z.string().min(1).max(200),
  /** The NAME of the environment variable that holds the secret: the file itself holds none. */
  clientSecretEnv: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{0,99}$/, 'the name of an environment variable')
    .optional(),
  scope: z
    .string()
    .regex(/^openid( [\x21\x23-\x5B\x5D-\x7E]+)*$/, 'space-separated scopes, starting with openid')
    .default('openid email profile'),
});

const FileSchema = z
  .array(EntrySchema)
  .max(50)
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.name))
        ctx.addIssue({ code: 'custom', path: [index, 'name'], message: 'used twice' });
      seen.add(entry.name);
    });
  });

/**
 * Reads and checks STAFF_SIGN_IN_FILE at start, like the environment: every problem at once, as
 * `STAFF_SIGN_IN_FILE[<index>].<field>: <message>`, so a bad deploy fails fast. Secrets come
 * from the environment variables the file names, and must be there.
 */
export function readStaffConnectionsFile(
  file: string,
  env: NodeJS.ProcessEnv,
): { connections: FileStaffConnection[]; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'not valid JSON';
    return { connections: [], problems: [`STAFF_SIGN_IN_FILE: cannot read ${file} (${reason})`] };
  }
  const parsed = FileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) =>
        `STAFF_SIGN_IN_FILE${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${issue.message}`,
    );
    return { connections: [], problems };
  }
  const problems: string[] = [];
  const connections = parsed.data.map((entry, index) => {
    const secret = entry.clientSecretEnv ? env[entry.clientSecretEnv] : undefined;
    if (entry.clientSecretEnv && (!secret || secret.length < 16))
      problems.push(
        `STAFF_SIGN_IN_FILE[${index}].clientSecretEnv: ${entry.clientSecretEnv} must be set, at least 16 characters`,
      );
    return {
      name: entry.name,
      label: entry.label,
      issuer: entry.issuer,
      clientId: entry.clientId,
      clientSecret: secret,
      scope: entry.scope,
    };
  });
  return { connections, problems };
}
