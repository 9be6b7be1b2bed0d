import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationViewSchema } from '../../shared/schemas/notification.ts';
import { addEvidence, dayFromToday } from '../factories/evidence.ts';
import { buildListingDraft } from '../factories/listing-draft.ts';
import { approveAs, createListing, submitListing } from '../factories/review.ts';
import { type ApiClient, signedIn } from '../setup/api-client.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

const ROOT_DIR = fileURLToPath(new URL('../..', import.meta.url));
let server: TestServer;
const children: ChildProcess[] = [];

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await server?.close();
});

/** Starts a scheduler process on the server's DATA_DIR; resolves once it has booted. */
function startChild(holder: string, at: Date) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/faults/scheduler-child.ts', server.dataDir, holder, at.toISOString()],
    { cwd: ROOT_DIR, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  children.push(child);
  let output = '';
  const lines = (wanted: (text: string) => boolean) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        if (wanted(output)) resolve(output);
      };
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
        check();
      });
      child.once('exit', (code) =>
        wanted(output) ? resolve(output) : reject(new Error(`${holder} exited ${code}`)),
      );
      check();
    });
  const ready = lines((text) => text.includes('ready\n'));
  const done = lines((text) => text.includes('"ran"'));
  return {
    ready,
    go: () => child.stdin?.write('go\n'),
    async ran(): Promise<string[]> {
      const text = await done;
      const line = text.split('\n').find((l) => l.includes('"ran"')) ?? '{}';
      return (JSON.parse(line) as { ran: string[] }).ran;
    },
  };
}

describe('scheduler with two processes on one embedded store', () => {
  it('runs the daily evidence sweep in exactly one process, and tells each person once', async () => {
    const [vendor, jan, lotte]: [ApiClient, ApiClient, ApiClient] = await Promise.all([
      signedIn(server.url, 'vendor-samensterk'),
      signedIn(server.url, 'reviewer-jan'),
      signedIn(server.url, 'reviewer-lotte'),
    ]);
    const name = `Tweeproces ${Math.random().toString(36).slice(2, 7)}`;
    const listing = await createListing(vendor, buildListingDraft({ name }));
    await addEvidence(vendor, listing.id, { issuedOn: dayFromToday(-300), validUntil: dayFromToday(30) });
    const { versionId } = await submitListing(vendor, listing.id);
    await approveAs(jan, versionId, server.services.criteria);
    await approveAs(lotte, versionId, server.services.criteria);

    const at = new Date();
    const a = startChild('process-a', at);
    const b = startChild('process-b', at);
    await Promise.all([a.ready, b.ready]);
    a.go();
    b.go();
    const [ranA, ranB] = await Promise.all([a.ran(), b.ran()]);
    expect([...ranA, ...ranB].filter((job) => job === 'evidence-expiry')).toHaveLength(1);

    const response = await vendor.get('/api/v1/me/notifications');
    const notices = NotificationViewSchema.array().parse(
      ((await response.json()) as { items: unknown }).items,
    );
    expect(notices.filter((n) => n.title.nl === `Pentest van ${name} verloopt binnenkort`)).toHaveLength(1);
  }, 120_000);
});
