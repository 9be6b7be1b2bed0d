/**
 * A browser for sign-in tests across sites: one cookie jar per origin (paths ignored, which only
 * widens what is sent) and manual redirects, so each hop between the platform and the OpenID
 * Provider can be inspected or tampered with, as an attacker would.
 */
export class WebBrowser {
  readonly jars = new Map<string, Map<string, string>>();

  jar(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (!jar) {
      jar = new Map();
      this.jars.set(origin, jar);
    }
    return jar;
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const { origin } = new URL(url);
    const jar = this.jar(origin);
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      const index = pair?.indexOf('=') ?? -1;
      if (!pair || index < 0) continue;
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1);
      if (value === '' || /max-age=0/i.test(setCookie)) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /** The Location of a redirect, resolved; fails when the response is not one. */
  static location(response: Response, from: string): string {
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) {
      throw new Error(`expected a redirect from ${from}, got ${response.status}`);
    }
    return new URL(location, from).toString();
  }

  /** Follows redirects while `until` says go on; returns the last URL and response. */
  async follow(
    url: string,
    until: (next: string) => boolean = () => true,
    maxHops = 15,
  ): Promise<{ url: string; response: Response }> {
    let current = url;
    for (let hop = 0; hop < maxHops; hop += 1) {
      const response = await this.fetch(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      await response.arrayBuffer();
      const next = new URL(location, current).toString();
      if (!until(next)) return { url: next, response };
      current = next;
    }
    throw new Error('too many redirects');
  }

  async postForm(url: string, fields: Record<string, string>): Promise<Response> {
    return this.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(url).origin },
      body: new URLSearchParams(fields).toString(),
    });
  }
}
