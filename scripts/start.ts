// `npm start`: the platform and, in demo mode, the demo app beside it (examples/demo-app).
// `--platform-only` (npm run start:server): the platform alone, as in production.
// `--source` (npm run dev): the platform from its TypeScript source instead of dist/node.
// Each child is supervised: a crash restarts it (at most 5 times a minute), and a crash of one
// never stops the other (issue 9 item 6).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { DEMO_CLIENTS_FILE } from '../server/seed/demo-clients.ts';
import { platformNodeArgs } from './platform.ts';
import { DEFAULT_SUPERVISION, supervise } from './supervisor.ts';

const config = loadConfig();
const supervised: ReturnType<typeof supervise>[] = [];
const options = { ...DEFAULT_SUPERVISION, log: (line: string) => console.error(`[supervisor] ${line}`) };

function run(name: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = supervise(
    name,
    () => spawn(process.execPath, args, { stdio: 'inherit', env }),
    options,
    (code) => {
      // A child that stopped for good (on purpose, or crashing again and again): stop the rest too.
      process.exitCode = code;
      for (const other of supervised) void other.stop();
    },
  );
  supervised.push(child);
}

const platformOnly = process.argv.includes('--platform-only');
const platformEnv: NodeJS.ProcessEnv = { ...process.env };
// Demo mode: the demo IdP (examples/demo-idp) stands in for a DigiD broker and a staff connection,
// so "Inloggen met DigiD" and staff sign-in work out of the box; a configured connection wins.
if (!platformOnly && config.demoSignIn && config.demoIdp.enabled) {
  const idpUrl = `http://localhost:${config.demoIdp.port}`;
  const staffClientSecret = randomBytes(24).toString('base64url');
  if (!config.residentSignIn) {
    platformEnv.RESIDENT_SIGN_IN_ISSUER = idpUrl;
    platformEnv.RESIDENT_SIGN_IN_CLIENT_ID = 'inwonercloud-residents';
  }
  if (!config.staffSignIn) {
    platformEnv.STAFF_SIGN_IN_ISSUER = idpUrl;
    platformEnv.STAFF_SIGN_IN_CLIENT_ID = 'inwonercloud-staff';
    platformEnv.STAFF_SIGN_IN_CLIENT_SECRET = staffClientSecret;
  }
  platformEnv.PLATFORM_ADMINS ??= 'pim.deboer@beheer.example';
  run('demo idp', ['--import', 'tsx', 'examples/demo-idp/start.ts'], {
    ...process.env,
    PORT: String(config.demoIdp.port),
    PUBLIC_URL: idpUrl,
    PLATFORM_URL: config.publicUrl,
    DEMO_IDP_STAFF_CLIENT_SECRET: staffClientSecret,
  });
}

// The platform runs compiled (npm run build): no TypeScript loader in the serving process.
run(
  'platform',
  platformNodeArgs(process.env, { fromSource: process.argv.includes('--source') }),
  platformEnv,
);
if (!platformOnly && config.demoSignIn && config.demoApp.enabled) {
  run('demo app', ['--import', 'tsx', 'examples/demo-app/start.ts'], {
    ...process.env,
    PORT: String(config.demoApp.port),
    PUBLIC_URL: `http://localhost:${config.demoApp.port}`,
    PLATFORM_URL: config.publicUrl,
    DEMO_CLIENTS_FILE: path.join(config.dataDir, DEMO_CLIENTS_FILE),
  });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void Promise.all(supervised.map((child) => child.stop(signal)));
  });
}
