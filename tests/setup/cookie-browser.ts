/**
 * A minimal browser for OIDC tests: a cookie jar (paths ignored, which only widens what is sent)
 * and manual redirects, so each hop of the launch can be inspected.
 */
export class CookieBrowser {
  readonly cookies = new Map<string, string>();

  constructor(readonly origin: string) {}

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0 && new URL(url).origin === this.origin) {
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    if (init.method && init.method !== 'GET' && !headers.has('origin')) headers.set('origin', this.origin);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      const index = pair?.indexOf('=') ?? -1;
      if (!pair || index < 0) continue;
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1);
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(setCookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async json(method: string, path: string, body?: unknown): Promise<Response> {
    return this.fetch(`${this.origin}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
  }

  /** Follows redirects on the platform's origin; stops at the first one that leaves it (the app's callback). */
  async follow(url: string, maxHops = 10): Promise<{ url: string; response: Response }> {
    let current = url;
    for (let hop = 0; hop < maxHops; hop += 1) {
      if (new URL(current).origin !== this.origin) return { url: current, response: new Response(null) };
      const response = await this.fetch(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      await response.arrayBuffer(); // drain each redirect's body so its connection is reused
      current = new URL(location, current).toString();
    }
    throw new Error('too many redirects');
  }
}
