import { randomBytes, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { DuplicateKeyError, type Store } from '../../store/store.port.ts';
import type { KeyEncryption } from './key-encryption.ts';

export type SigningAlg = 'RS256' | 'ES256';
const ALGS: SigningAlg[] = ['RS256', 'ES256'];

/** A retired key stays published this long after it stopped signing: longer than any token it signed lives. */
export const RETIRED_KEY_GRACE_MS = 10 * 60 * 1000;

interface KeyDoc {
  _id: string;
  kind: 'signing' | 'secret';
  alg?: SigningAlg;
  /** next: published, not signing yet; active: signs; retired: published until retireUntil. */
  status: 'next' | 'active' | 'retired';
  sealed: string;
  createdAt: string;
  retireUntil?: string;
}

async function newSigningKey(
  alg: SigningAlg,
  encryption: KeyEncryption,
  status: KeyDoc['status'],
  kid = `${alg.toLowerCase()}-${randomUUID()}`,
): Promise<KeyDoc> {
  const { privateKey } = await generateKeyPair(alg, { modulusLength: 2048, extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid, alg, use: 'sig' };
  return {
    _id: kid,
    kind: 'signing',
    alg,
    status,
    sealed: encryption.encrypt(JSON.stringify(jwk)),
    createdAt: new Date().toISOString(),
  };
}

export async function createKeyRepository(store: Store, encryption: KeyEncryption) {
  const keys = await store.collection<KeyDoc>('keys', [{ field: 'kind' }]);

  async function ensureSecret(id: string): Promise<Buffer> {
    const existing = await keys.findOne({ _id: id });
    if (existing) return Buffer.from(encryption.decrypt(existing.sealed), 'base64');
    const doc: KeyDoc = {
      _id: id,
      kind: 'secret',
      status: 'active',
      sealed: encryption.encrypt(randomBytes(32).toString('base64')),
      createdAt: new Date().toISOString(),
    };
    await keys.insertOne(doc).catch(() => undefined);
    return ensureSecret(id);
  }

  return {
    /** Makes sure each algorithm has an active key; the first start of a fresh store generates them. */
    async ensureActiveKeys(): Promise<void> {
      for (const alg of ALGS) {
        if (await keys.findOne({ kind: 'signing', alg, status: 'active' })) continue;
        // The first key of a store has a fixed id, so of several instances starting together on an
        // empty store exactly one inserts it and all publish the same key set (issue 10).
        try {
          await keys.insertOne(await newSigningKey(alg, encryption, 'active', `${alg.toLowerCase()}-first`));
        } catch (error) {
          if (!(error instanceof DuplicateKeyError)) throw error;
          if (!(await keys.findOne({ kind: 'signing', alg, status: 'active' }))) {
            await keys.insertOne(await newSigningKey(alg, encryption, 'active'));
          }
        }
      }
    },

    /** Private JWKs for the provider: active first (they sign), then next and unexpired retired (verify only). */
    async privateJwks(): Promise<JWK[]> {
      const now = Date.now();
      const all = await keys.find({ kind: 'signing' }, { sort: { createdAt: -1 } });
      const rank = { active: 0, next: 1, retired: 2 } as const;
      return all
        .filter((k) => k.status !== 'retired' || (k.retireUntil && Date.parse(k.retireUntil) > now))
        .sort((a, b) => rank[a.status] - rank[b.status])
        .map((k) => JSON.parse(encryption.decrypt(k.sealed)) as JWK);
    },

    /** Names the signing key set (ids and statuses): it changes with every rotation. */
    async fingerprint(): Promise<string> {
      const all = await keys.find({ kind: 'signing' }, { sort: { _id: 1 }, omit: ['sealed'] });
      return all.map((k) => `${k._id}:${k.status}:${k.retireUntil ?? ''}`).join(',');
    },

    /**
     * Rotation in two steps: a `next` key is published first; the following rotation makes it
     * active and retires the old one, which stays published until its tokens have expired.
     */
    async rotate(): Promise<{ published: string[]; activated: string[]; retired: string[] }> {
      const result = { published: [] as string[], activated: [] as string[], retired: [] as string[] };
      for (const alg of ALGS) {
        const next = await keys.findOne({ kind: 'signing', alg, status: 'next' });
        if (next) {
          const active = await keys.find({ kind: 'signing', alg, status: 'active' });
          for (const old of active) {
            const retireUntil = new Date(Date.now() + RETIRED_KEY_GRACE_MS).toISOString();
            await keys.updateOne({ _id: old._id }, { $set: { status: 'retired', retireUntil } });
            result.retired.push(old._id);
          }
          await keys.updateOne({ _id: next._id }, { $set: { status: 'active' } });
          result.activated.push(next._id);
        }
        const fresh = await newSigningKey(alg, encryption, 'next');
        await keys.insertOne(fresh);
        result.published.push(fresh._id);
      }
      await keys.deleteMany({
        kind: 'signing',
        status: 'retired',
        retireUntil: { $lt: new Date().toISOString() },
      });
      return result;
    },

    /** The HMAC key for pairwise subjects, kept apart from the signing keys. */
    pairwiseSecret: () => ensureSecret('pairwise-subject-secret'),
    /** Keys that sign the provider's own cookies. */
    cookieSecret: () => ensureSecret('oidc-cookie-secret'),
    /** The HMAC key that turns an upstream iss + sub into a person id (docs/decisions/020). */
    personIdSecret: () => ensureSecret('person-id-secret'),
    /** The key that seals the sign-in flow cookie (state, nonce, PKCE verifier). */
    signInFlowSecret: () => ensureSecret('sign-in-flow-secret'),
  };
}

export type KeyRepository = Awaited<ReturnType<typeof createKeyRepository>>;
