// `npm run keys:rotate`: publishes the next signing keys, and activates the ones published by the
// previous rotation. Restart (or roll) the servers afterwards so they load the new key set.
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
logger.info(result, 'rotated signing keys: restart the servers to publish and use them');
await store.close();
