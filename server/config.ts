import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

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
    KEY_ENCRYPTION_KEY: z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}=$/, '32 bytes, base64-encoded (openssl rand -base64 32)')
      .optional(),
    SIGN_IN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
    /** Authorization and token requests per client address per minute, each (issue 9). */
    OIDC_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(600),
    PROCESSES: z
      .union([z.literal('auto'), z.coerce.number().int().min(1).max(64)], {
        error: "a whole number from 1 to 64, or 'auto' (one per core)",
      })
      .default(1),
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
      signInLimitPerMinute: env.SIGN_IN_LIMIT_PER_MINUTE,
      oidcLimitPerMinute: env.OIDC_LIMIT_PER_MINUTE,
      keyEncryptionKey: env.KEY_ENCRYPTION_KEY,
      secureCookies: publicUrl.startsWith('https:'),
      processes: env.PROCESSES === 'auto' ? os.availableParallelism() : env.PROCESSES,
    };
  });

export type Config = z.output<typeof EnvSchema>;

export class ConfigError extends Error {}

/** Parses the environment once; every problem is reported at once so a bad deploy fails fast. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
