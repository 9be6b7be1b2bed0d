/**
 * A browser-like client for API tests: keeps the session cookie and sends the platform's Origin
 * on state-changing requests, as the storefront does.
 */
export class ApiClient {
  private cookie: string | undefined;

  constructor(
    readonly baseUrl: string,
    private readonly origin: string = baseUrl,
  ) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const init: RequestInit = { method, headers: { ...headers }, redirect: 'manual' };
    const h = init.headers as Record<string, string>;
    if (this.cookie) h.cookie = this.cookie;
    if (method !== 'GET' && method !== 'HEAD') h.origin ??= this.origin;
    if (body !== undefined) {
      h['content-type'] ??= 'application/json';
      // Bytes (an uploaded PDF) go as they are; anything else as JSON.
      init.body =
        typeof body === 'string' || body instanceof Uint8Array
          ? (body as RequestInit['body'])
          : JSON.stringify(body);
    }
    const response = await fetch(`${this.baseUrl}${path}`, init);
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      if (!pair) continue;
      const value = pair.slice(pair.indexOf('=') + 1);
      this.cookie = value ? pair : undefined;
    }
    return response;
  }

  get = (path: string, headers?: Record<string, string>) => this.request('GET', path, undefined, headers);
  post = (path: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', path, body, headers);
  put = (path: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('PUT', path, body, headers);
  delete = (path: string, headers?: Record<string, string>) =>
    this.request('DELETE', path, undefined, headers);

  /** Signs in as a demo persona of catalog/personas.json. */
  async signIn(persona: string): Promise<this> {
    const response = await this.post('/api/v1/session/demo', { persona });
    if (response.status !== 200)
      throw new Error(`sign-in as ${persona} failed: ${response.status} ${await response.text()}`);
    return this;
  }

  get sessionCookie(): string | undefined {
    return this.cookie;
  }
}

export async function signedIn(baseUrl: string, persona: string): Promise<ApiClient> {
  return new ApiClient(baseUrl).signIn(persona);
}
