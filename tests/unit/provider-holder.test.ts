import type Provider from 'oidc-provider';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createProviderHolder } from '../../server/launch/oidc/provider-holder.ts';

function fakeBuilds(options: { failFirst?: boolean } = {}) {
  let built = 0;
  let failures = options.failFirst ? 1 : 0;
  const listeners: ((ctx: unknown, error: Error) => void)[] = [];
  const build = async () => {
    if (failures > 0) {
      failures -= 1;
      throw new Error('the store is not there yet');
    }
    return {
      built: ++built,
      callback: () => () => built,
      on: (event: string, listener: (ctx: unknown, error: Error) => void) => {
        if (event === 'server_error') listeners.push(listener);
      },
    } as unknown as Provider;
  };
  return { build, listeners, count: () => built };
}

describe('the provider holder', () => {
  it('builds the provider again, in the background, once the key set changed and the check is due', async () => {
    let keySet = 'a:active';
    const builds = fakeBuilds();
    const logged: string[] = [];
    const holder = createProviderHolder({
      build: builds.build,
      keys: { fingerprint: async () => keySet },
      logger: pino({ level: 'error' }, { write: (line: string) => logged.push(line) }),
      checkMs: 20,
    });
    // Nothing is built before it is needed: loading oidc-provider is not on the way to ready.
    expect(builds.count()).toBe(0);
    const first = await holder.provider();
    expect(builds.count()).toBe(1);
    expect(await holder.provider()).toBe(first);
    // oidc-provider answers its own failures with a bare server_error: the cause reaches the log.
    builds.listeners[0]?.({}, new TypeError('ttl is not a function'));
    expect(logged.join('')).toMatch(/ttl is not a function.*"msg":"the OpenID Provider failed a request"/);

    keySet = 'a:retired,b:active';
    await new Promise((resolve) => setTimeout(resolve, 30));
    // The due check starts now and answers with the provider at hand meanwhile.
    expect(await holder.provider()).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await holder.provider()).not.toBe(first);
    expect(builds.count()).toBe(2);
    expect(builds.listeners).toHaveLength(2);

    // An unchanged key set builds nothing.
    await new Promise((resolve) => setTimeout(resolve, 30));
    await holder.provider();
    await holder.refresh();
    expect(builds.count()).toBe(2);
  });

  it('is built once by warm and concurrent first requests, and tried again after a failed build', async () => {
    const builds = fakeBuilds({ failFirst: true });
    const logged: string[] = [];
    const holder = createProviderHolder({
      build: builds.build,
      keys: { fingerprint: async () => 'a:active' },
      logger: pino({ level: 'error' }, { write: (line: string) => logged.push(line) }),
    });
    await holder.warm();
    expect(logged.join('')).toMatch(/the store is not there yet.*could not build the OpenID Provider/);
    const [one, two] = await Promise.all([holder.provider(), holder.provider(), holder.warm()]);
    expect(one).toBe(two);
    expect(builds.count()).toBe(1);
  });
});
