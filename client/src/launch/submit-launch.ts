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
 * Sends the top-level window to the app's login URI with the launch fields, as an HTML form
 * POST (OIDC third-party-initiated login). A POST keeps the single-use login hint out of
 * URLs, so it never lands in history, server logs or a Referer header; it is never stored
 * either, only held in this form until the browser leaves. The form is built with DOM APIs
 * because our CSP allows no inline scripts.
 */
export function submitLaunch(launch: LaunchResponse): void {
  const action = new URL(launch.action, window.location.origin);
  // The server only registers https (or loopback http) URIs, but a `javascript:` action
  // would run script on our origin, so the browser side refuses anything else as well.
  if (action.protocol !== 'https:' && action.protocol !== 'http:') throw new LaunchTargetError();

  const form = document.createElement('form');
  form.method = 'post';
  form.action = action.href;
  form.hidden = true;
  for (const [name, value] of Object.entries(launch.fields)) {
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
