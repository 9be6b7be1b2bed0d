import { WebBrowser } from './web-browser.ts';

export interface UpstreamSignInSteps {
  /** Changes the authorization request on its way to the provider (an attacker in the middle). */
  tamperAuthorization?: (url: URL) => void;
  /** Changes the provider's answer on its way back to the platform. */
  tamperCallback?: (url: URL) => void;
  returnTo?: string;
  acr?: string;
}

/**
 * Signs in through the platform's upstream sign-in and the demo IdP, hop by hop, choosing `account`
 * on the IdP's page. Returns the callback URL the IdP sent back and the platform's answer to it.
 */
export async function signInUpstream(
  browser: WebBrowser,
  platformUrl: string,
  connection: 'residents' | 'staff' | `staff/${string}`,
  account: string,
  steps: UpstreamSignInSteps = {},
): Promise<{ callbackUrl: string; response: Response; authorizationUrl: string }> {
  const query = new URLSearchParams();
  if (steps.returnTo !== undefined) query.set('returnTo', steps.returnTo);
  if (steps.acr !== undefined) query.set('acr', steps.acr);
  const start = `${platformUrl}/auth/${connection}/sign-in${query.size > 0 ? `?${query}` : ''}`;
  const started = await browser.fetch(start);
  const authorization = new URL(WebBrowser.location(started, start));
  steps.tamperAuthorization?.(authorization);
  const idp = authorization.origin;

  const atLogin = await browser.follow(authorization.toString(), (next) => new URL(next).origin === idp);
  if (atLogin.response.status !== 200)
    throw new Error(`IdP login page: ${atLogin.response.status} ${await atLogin.response.text()}`);
  await atLogin.response.text();
  const loggedIn = await browser.postForm(`${atLogin.url}/login`, { account });
  const back = await browser.follow(
    WebBrowser.location(loggedIn, atLogin.url),
    (next) => new URL(next).origin === idp,
  );
  if (new URL(back.url).origin === idp)
    throw new Error(`IdP did not return: ${back.response.status} ${await back.response.text()}`);
  const callback = new URL(back.url);
  steps.tamperCallback?.(callback);
  const response = await browser.fetch(callback.toString());
  return { callbackUrl: callback.toString(), response, authorizationUrl: authorization.toString() };
}
