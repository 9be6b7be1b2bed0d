import type Provider from 'oidc-provider';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createProviderHolder } from '../../server/launch/oidc/provider-holder.ts';

describe('the provider holder', () => {
  it('builds the provider again, in the background, once the key set changed and the check is due', async () => {
    let keySet = 'a:active';
    let built = 0;
    const listeners: ((ctx: unknown, error: Error) => void)[] = [];
    const logged: string[] = [];
    const holder = await createProviderHolder({
      build: async () =>
        ({
          built: ++built,
          callback: () => () => built,
          on: (event: string, listener: (ctx: unknown, error: Error) => void) => {
            if (event === 'server_error') listeners.push(listener);
          },
        }) as unknown as Provider,
      keys: { fingerprint: async () => keySet },
      logger: pino({ level: 'error' }, { write: (line: string) => logged.push(line) }),
      checkMs: 20,
    });
    // oidc-provider answers its own failures with a bare server_error: the cause reaches the log.
    listeners[0]?.({}, new TypeError('ttl is not a function'));
    expect(logged.join('')).toMatch(/ttl is not a function.*"msg":"the OpenID Provider failed a request"/);
    const first = holder.provider();
    expect(holder.provider()).toBe(first);

    keySet = 'a:retired,b:active';
    await new Promise((resolve) => setTimeout(resolve, 30));
    // The due check starts now and answers with the provider at hand meanwhile.
    expect(holder.provider()).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(holder.provider()).not.toBe(first);
    expect(built).toBe(2);
    expect(listeners).toHaveLength(2);

    // An unchanged key set builds nothing.
    await new Promise((resolve) => setTimeout(resolve, 30));
    holder.provider();
    await holder.refresh();
    expect(built).toBe(2);
  });
});
