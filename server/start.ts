// The platform's entry point (`npm start`, dist/node/server/start.js). With PROCESSES > 1 this
// process is the primary: it forks before it loads anything else, so the first platform process
// starts ~0.2 s sooner (issue 10), and never loads the platform itself (server/cluster.ts).
import cluster from 'node:cluster';
import { processCount } from './processes.ts';

const processes = cluster.isPrimary ? processCount(process.env.PROCESSES) : 1;

async function main() {
  if (processes > 1) {
    const { runPrimary } = await import('./cluster.ts');
    await runPrimary(processes);
    return;
  }
  const { serve } = await import('./serve.ts');
  await serve();
}

main().catch(async (error: unknown) => {
  const { ConfigError } = await import('./config.ts');
  // A configuration the primary refused is reported once, by the primary (server/cluster.ts).
  if (error instanceof ConfigError) {
    if (cluster.isPrimary) console.error(error.message);
  } else console.error(error);
  process.exit(1);
});
