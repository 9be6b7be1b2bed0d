// A second (and third) platform process on the same DATA_DIR: boots, says "ready", waits for "go"
// on stdin, runs one scheduler tick at the given moment and prints the jobs it ran.
import pino from 'pino';
import { boot } from '../../server/boot.ts';
import { loadConfig } from '../../server/config.ts';

const [dataDir = '', holder = 'child', at = new Date().toISOString()] = process.argv.slice(2);
const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', PORT: '0' });
const { services, store } = await boot(config, pino({ level: 'silent' }));
process.stdout.write('ready\n');
process.stdin.setEncoding('utf8');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
const ran = await services.newScheduler(holder).tick(new Date(at));
process.stdout.write(`${JSON.stringify({ holder, ran })}\n`);
await store.close();
process.exit(0);
