import path from 'node:path';
import { z } from 'zod';
import { processCount } from './processes.ts';
import { type FileStaffConnection, readStaffConnectionsFile } from './sign-in/staff-connections-file.ts';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An issuer is https, except on a loopback host (a broker or demo IdP on this machine). */
const IssuerSchema = z.url({ protocol: /^https?$/ }).refine((value) => {
  const url = new URL(value);
  return url.protocol === 'https:' || LOOPBACK_HOSTS.has(url.hostname);
}, 'an https URL (http only for 127.0.0.1 or localhost)');
// Kept as given: an issuer identifier may end in "/" (lemonldap-ng, Auth0), and discovery checks it
// character for character (decision 029).

const EmailListSchema = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.email('a comma-separated list of e-mail addresses')).max(50));

/** A connection to an upstream OpenID Provider; no issuer means the connection is off. */
export interface SignInConnection {
  issuer: string;
  clientId: string;
  /** client_secret_basic when set; otherwise private_key_jwt with the platform's own key. */
  clientSecret: string | undefined;
  scope: string;
}

function connection(
  issuer: string | undefined,
  clientId: string | undefined,
  clientSecret: string | undefined,
  scope: string,
): SignInConnection | null {
  return issuer && clientId ? { issuer, clientId, clientSecret, scope } : null;
}

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, 'a mongodb:// or mongodb+srv:// URI')
      .optional(),
    DEMO_SIGN_IN: z.enum(['on', 'off']).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DEMO_APP: z.enum(['on', 'off']).default('on'),
    DEMO_APP_PORT: z.coerce.number().int().min(0).max(65_535).default(8090),
    DEMO_IDP: z.enum(['on', 'off']).default('on'),
    DEMO_IDP_PORT: z.coerce.number().int().min(0).max(65_535).default(8091),
    KEY_ENCRYPTION_KEY: z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}=$/, '32 bytes, base64-encoded (openssl rand -base64 32)')
      .optional(),
    SIGN_IN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, 'an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().min(3).max(200).default('Inwonercloud <noreply@inwonercloud.example>'),
    SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    LISTINGS_PER_ORGANISATION: z.coerce.number().int().min(1).max(100_000).default(100),
    DRAFT_SAVES_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
    LAUNCHES_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
    MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).default(1000),
    HEADERS_TIMEOUT_SECONDS: z.coerce.number().min(0.5).max(300).default(10),
    REQUEST_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(30),
    KEEP_ALIVE_TIMEOUT_SECONDS: z.coerce.number().min(0.5).max(600).default(5),
    /** Authorization and token requests per client address per minute, each (issue 9). */
    OIDC_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(600),
    PROCESSES: z
      .union([z.literal('auto'), z.coerce.number().int().min(1).max(64)], {
        error: "a whole number from 1 to 64, or 'auto' (one per core)",
      })
      .default(1),
    RESIDENT_SIGN_IN_ISSUER: IssuerSchema.optional(),
    RESIDENT_SIGN_IN_CLIENT_ID: z.string().min(1).max(200).optional(),
    RESIDENT_SIGN_IN_CLIENT_SECRET: z.string().min(16, 'at least 16 characters').max(500).optional(),
    RESIDENT_SIGN_IN_SCOPE: z
      .string()
      .regex(/^openid( [\x21\x23-\x5B\x5D-\x7E]+)*$/, 'space-separated scopes, starting with openid')
      .default('openid'),
    RESIDENT_SIGN_IN_MUNICIPALITY_CLAIM: z
      .string()
      .regex(/^[A-Za-z0-9_:.-]{1,100}$/, 'a claim name')
      .default('municipality'),
    STAFF_SIGN_IN_ISSUER: IssuerSchema.optional(),
    STAFF_SIGN_IN_CLIENT_ID: z.string().min(1).max(200).optional(),
    STAFF_SIGN_IN_CLIENT_SECRET: z.string().min(16, 'at least 16 characters').max(500).optional(),
    STAFF_SIGN_IN_SCOPE: z
      .string()
      .regex(/^openid( [\x21\x23-\x5B\x5D-\x7E]+)*$/, 'space-separated scopes, starting with openid')
      .default('openid email profile'),
    PLATFORM_ADMINS: EmailListSchema.optional(),
    /** A JSON file of more staff connections (decision 028); read and checked at start. */
    STAFF_SIGN_IN_FILE: z.string().min(1).max(500).optional(),
  })
  .superRefine((env, ctx) => {
    for (const kind of ['RESIDENT', 'STAFF'] as const) {
      const issuer = env[`${kind}_SIGN_IN_ISSUER`];
      const clientId = env[`${kind}_SIGN_IN_CLIENT_ID`];
      if (issuer && !clientId) {
        ctx.addIssue({
          code: 'custom',
          path: [`${kind}_SIGN_IN_CLIENT_ID`],
          message: 'required with the issuer',
        });
      }
      if (!issuer && (clientId || env[`${kind}_SIGN_IN_CLIENT_SECRET`])) {
        ctx.addIssue({
          code: 'custom',
          path: [`${kind}_SIGN_IN_ISSUER`],
          message: 'required with the client id',
        });
      }
    }
  })
  .transform((env) => {
    const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
    return {
      env: env.NODE_ENV,
      port: env.PORT,
      host: env.HOST,
      publicUrl,
      dataDir: path.resolve(env.DATA_DIR),
      mongodbUri: env.MONGODB_URI,
      // Demo sign-in with the catalog's personas: on by default, off in production unless asked for.
      demoSignIn: env.DEMO_SIGN_IN ? env.DEMO_SIGN_IN === 'on' : env.NODE_ENV !== 'production',
      logLevel: env.LOG_LEVEL,
      demoApp: { enabled: env.DEMO_APP === 'on', port: env.DEMO_APP_PORT },
      demoIdp: { enabled: env.DEMO_IDP === 'on', port: env.DEMO_IDP_PORT },
      signInLimitPerMinute: env.SIGN_IN_LIMIT_PER_MINUTE,
      limits: {
        listingsPerOrganisation: env.LISTINGS_PER_ORGANISATION,
        draftSavesPerMinute: env.DRAFT_SAVES_PER_MINUTE,
        launchesPerMinute: env.LAUNCHES_PER_MINUTE,
        maxConnections: env.MAX_CONNECTIONS,
        headersTimeoutMs: env.HEADERS_TIMEOUT_SECONDS * 1000,
        // Node requires the request timeout to be at least the headers timeout.
        requestTimeoutMs: Math.max(env.REQUEST_TIMEOUT_SECONDS, env.HEADERS_TIMEOUT_SECONDS) * 1000,
        keepAliveTimeoutMs: env.KEEP_ALIVE_TIMEOUT_SECONDS * 1000,
      },
      oidcLimitPerMinute: env.OIDC_LIMIT_PER_MINUTE,
      keyEncryptionKey: env.KEY_ENCRYPTION_KEY,
      mail: env.SMTP_URL ? { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM } : null,
      schedulerIntervalMs: env.SCHEDULER_INTERVAL_SECONDS * 1000,
      secureCookies: publicUrl.startsWith('https:'),
      residentSignIn: connection(
        env.RESIDENT_SIGN_IN_ISSUER,
        env.RESIDENT_SIGN_IN_CLIENT_ID,
        env.RESIDENT_SIGN_IN_CLIENT_SECRET,
        env.RESIDENT_SIGN_IN_SCOPE,
      ),
      municipalityClaim: env.RESIDENT_SIGN_IN_MUNICIPALITY_CLAIM,
      staffSignIn: connection(
        env.STAFF_SIGN_IN_ISSUER,
        env.STAFF_SIGN_IN_CLIENT_ID,
        env.STAFF_SIGN_IN_CLIENT_SECRET,
        env.STAFF_SIGN_IN_SCOPE,
      ),
      platformAdmins: env.PLATFORM_ADMINS ?? [],
      processes: processCount(env.PROCESSES),
    };
  });

export type Config = z.output<typeof EnvSchema> & {
  /** More staff connections, from STAFF_SIGN_IN_FILE (decision 028). */
  staffConnections?: FileStaffConnection[];
};

export class ConfigError extends Error {}

/** Parses the environment once; every problem is reported at once so a bad deploy fails fast. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = EnvSchema.safeParse(env);
  const lines = result.success
    ? []
    : result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  const file = env.STAFF_SIGN_IN_FILE
    ? readStaffConnectionsFile(env.STAFF_SIGN_IN_FILE, env)
    : { connections: [], problems: [] };
  lines.push(...file.problems.map((problem) => `  ${problem}`));
  if (!result.success || lines.length > 0)
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  return { ...result.data, staffConnections: file.connections };
}
