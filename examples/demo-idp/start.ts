import { startDemoIdp } from './idp.ts';

// Started on its own (`node --import tsx examples/demo-idp/start.ts`) or beside the platform by `npm start`.
const port = Number.parseInt(process.env.PORT ?? '8091', 10);
const staffClientSecret = process.env.DEMO_IDP_STAFF_CLIENT_SECRET;
if (!Number.isInteger(port) || port < 0 || port > 65535)
  throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
if (!staffClientSecret) throw new Error('DEMO_IDP_STAFF_CLIENT_SECRET is required');

const idp = await startDemoIdp({
  port,
  host: process.env.HOST ?? '127.0.0.1',
  platformUrl: process.env.PLATFORM_URL ?? 'http://localhost:8080',
  staffClientSecret,
  ...(process.env.PUBLIC_URL ? { publicUrl: process.env.PUBLIC_URL } : {}),
  ...(process.env.DEMO_IDP_RESIDENT_CLIENT_SECRET
    ? { residentClientSecret: process.env.DEMO_IDP_RESIDENT_CLIENT_SECRET }
    : {}),
});
// The test harness waits for this line.
console.log(JSON.stringify({ msg: 'demo idp listening', url: idp.url }));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void idp.close().finally(() => process.exit(0));
  });
}
