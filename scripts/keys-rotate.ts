// `npm run keys:rotate`: publishes the next signing keys, and activates the ones published by the
// previous rotation. Running servers see the new key set within 10 s (provider-holder.ts): no restart.
import pino from 'pino';
import { loadConfig } from '../server/config.ts';
import { keyEncryption, resolveEncryptionKey } from '../server/launch/keys/key-encryption.ts';
import { createKeyRepository } from '../server/launch/keys/signing-keys.ts';
import { openStore } from '../server/store/open-store.ts';

const config = loadConfig();
const logger = pino({ level: config.logLevel });
const store = await openStore(config);
const keys = await createKeyRepository(
  store,
  keyEncryption(await resolveEncryptionKey(config.keyEncryptionKey, config.dataDir, config.demoSignIn)),
);
await keys.ensureActiveKeys();
const result = await keys.rotate();
logger.info(result, 'rotated signing keys: running servers take them up within 10 seconds');
await store.close();
