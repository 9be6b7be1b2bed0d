import type { LaunchResponse } from '../../../shared/schemas/launch.ts';
import { startLaunch } from './api.ts';

/** The launch answer named a place the browser must not be sent to. */
export class LaunchTargetError extends Error {
  constructor() {
    super('The launch action is not an http(s) URL');
    this.name = 'LaunchTargetError';
  }
}

/**
 * Sends the top-level window to the app's login URI with the launch fields (OIDC
 * third-party-initiated login), by the method the app registered: GET (the default; stock RPs
 * such as mod_auth_openidc take only GET, docs/decisions/040) or an HTML form POST. Either way
 * the single-use login hint is never stored, only held in this form until the browser leaves.
 * A GET form drops the action's own query string, so its parameters ride along as inputs. The
 * form is built with DOM APIs because our CSP allows no inline scripts.
 */
export function submitLaunch(launch: LaunchResponse): void {
  const action = new URL(launch.action, window.location.origin);
  // The server only registers https (or loopback http) URIs, but a `javascript:` action
  // would run script on our origin, so the browser side refuses anything else as well.
  if (action.protocol !== 'https:' && action.protocol !== 'http:') throw new LaunchTargetError();

  const form = document.createElement('form');
  form.hidden = true;
  const fields: [string, string][] = Object.entries(launch.fields);
  if (launch.method === 'GET') {
    form.method = 'get';
    fields.unshift(...action.searchParams);
    action.search = '';
  } else {
    form.method = 'post';
  }
  form.action = action.href;
  for (const [name, value] of fields) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.append(input);
  }
  document.body.append(form);
  // When the resident comes back with the back button (page restored from the cache), the
  // used hint must not linger in the page.
  window.addEventListener('pageshow', () => form.remove(), { once: true });
  form.submit();
}

/** Starts a launch on the server and sends the browser to the app. */
export async function openApp(slug: string): Promise<void> {
  submitLaunch(await startLaunch(slug));
}
