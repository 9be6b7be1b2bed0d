import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { sessionHandler, vendorSession } from '../../identity/test-support/session-fixtures.ts';
import { buildLaunchResponse } from '../../launch/test-support/fixtures.ts';
import { spyOnFormSubmits } from '../../launch/test-support/form-submits.ts';
import { axeViolations } from '../../test/axe.ts';
import { renderRoutes } from '../../test/render-routes.tsx';
import { server } from '../../test/server.ts';
import { buildListingDetail } from '../test-support/vendor-fixtures.ts';

const detail = (overrides = {}) =>
  http.get('*/api/v1/vendor/listings/lst-1', () => HttpResponse.json(buildListingDetail(overrides)));

describe('vendor listing detail: Test openen (issue 15)', () => {
  it('starts a test launch and sends the browser to the app by the method the draft registered', async () => {
    const submitted = spyOnFormSubmits();
    const launch = buildLaunchResponse({ method: 'GET', action: 'https://geldfit.example/login' });
    let calls = 0;
    server.use(
      sessionHandler(vendorSession()),
      detail(),
      http.post('*/api/v1/vendor/listings/lst-1/test-launches', () => {
        calls += 1;
        return HttpResponse.json(launch, { status: 201 });
      }),
    );
    const { user } = renderRoutes('/aanbieder/lst-1');

    await user.click(await screen.findByRole('button', { name: 'Test openen' }));

    await expect.poll(() => submitted.length).toBe(1);
    expect(calls).toBe(1);
    expect(submitted[0]).toMatchObject({ method: 'get', action: launch.action, fields: launch.fields });
  });

  it('says to create a client secret first when the platform answers 409', async () => {
    const submitted = spyOnFormSubmits();
    server.use(
      sessionHandler(vendorSession()),
      detail(),
      http.post('*/api/v1/vendor/listings/lst-1/test-launches', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Create a client secret first.' },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderRoutes('/aanbieder/lst-1');

    await user.click(await screen.findByRole('button', { name: 'Test openen' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Maak eerst een client secret');
    expect(submitted).toHaveLength(0);
    expect(await axeViolations()).toEqual([]);
  });

  it('offers no test launch for a withdrawn listing', async () => {
    server.use(sessionHandler(vendorSession()), detail({ status: 'withdrawn' }));
    renderRoutes('/aanbieder/lst-1');

    expect(
      await screen.findByText('Deze app is teruggetrokken. Je kunt hem niet meer test openen.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Test openen' })).toBeNull();
  });
});
