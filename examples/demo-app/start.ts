import { startDemoApp } from './demo-app.ts';
import { log } from './log.ts';

// Started on its own (`node --import tsx examples/demo-app/start.ts`) or beside the platform by `npm start`.
const port = Number.parseInt(process.env.PORT ?? '8090', 10);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
}

const demo = await startDemoApp({
  port,
  host: process.env.HOST ?? '127.0.0.1',
  publicUrl: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
  issuer: process.env.PLATFORM_URL ?? 'http://localhost:8080',
  clientsFile: process.env.DEMO_CLIENTS_FILE ?? './data/demo-clients.json',
});
log('info', 'demo app listening', { url: demo.url });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void demo.close().finally(() => process.exit(0));
  });
}
