import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startDemoApp } from '../../../examples/demo-app/demo-app.ts';

/** The demo app from examples/, on an ephemeral port, with a clients file we fill per test. */
export async function startDemoAppFor(issuer: string, dir: string) {
  const clientsFile = path.join(dir, 'demo-clients.json');
  await writeFile(clientsFile, '[]');
  // Port 0 cannot be known before the redirect URIs are registered, so the app is started on a
  // free port picked first.
  const { createServer } = await import('node:net');
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
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
