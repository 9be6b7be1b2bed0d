import { describe, expect, it } from 'vitest';
import { submitLaunch } from './submit-launch.ts';
import { buildLaunchResponse } from './test-support/fixtures.ts';
import { spyOnFormSubmits } from './test-support/form-submits.ts';

describe('submitLaunch', () => {
  it('posts every launch field as a hidden input from a form in the document', () => {
    const submitted = spyOnFormSubmits();
    const launch = buildLaunchResponse();

    submitLaunch(launch);

    expect(submitted).toEqual([
      { method: 'post', action: launch.action, fields: launch.fields, connected: true },
    ]);
  });

  it('sends a GET launch as a GET form, keeping the query the app registered', () => {
    const submitted = spyOnFormSubmits();
    const launch = buildLaunchResponse({ method: 'GET', action: 'https://geldfit.example/login?app=budget' });

    submitLaunch(launch);

    expect(submitted).toEqual([
      {
        method: 'get',
        action: 'https://geldfit.example/login',
        fields: { app: 'budget', ...launch.fields },
        connected: true,
      },
    ]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi'])('refuses to post to %s', (action) => {
    const submitted = spyOnFormSubmits();

    expect(() => submitLaunch(buildLaunchResponse({ action }))).toThrow('not an http(s) URL');
    expect(submitted).toHaveLength(0);
    expect(document.querySelector('form')).toBeNull();
  });
});
