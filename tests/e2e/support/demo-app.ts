import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startDemoApp } from '../../../examples/demo-app/demo-app.ts';
import { freePort } from '../../setup/free-port.ts';

/** The demo app from examples/, on an ephemeral port, with a clients file we fill per test. */
export async function startDemoAppFor(issuer: string, dir: string) {
  const clientsFile = path.join(dir, 'demo-clients.json');
  await writeFile(clientsFile, '[]');
  // The redirect URIs are registered before the app starts, so its port is picked first.
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const demo = await startDemoApp({ port, host: '127.0.0.1', publicUrl, issuer, clientsFile });
  return {
    url: publicUrl,
    close: demo.close,
    async register(client: { slug: string; name: string; clientId: string; clientSecret: string }) {
      await writeFile(clientsFile, JSON.stringify([client]));
    },
  };
}
