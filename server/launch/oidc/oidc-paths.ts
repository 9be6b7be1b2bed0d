// The provider's paths, apart from provider.ts so that the gate and the interaction routes can
// use them without loading oidc-provider, which is loaded when the provider is built (issue 10).

export const OIDC_PATHS = {
  authorization: '/oidc/auth',
  token: '/oidc/token',
  jwks: '/.well-known/jwks.json',
  userinfo: '/oidc/me',
  end_session: '/oidc/session/end',
  revocation: '/oidc/token/revocation',
  introspection: '/oidc/token/introspection',
  pushed_authorization_request: '/oidc/request',
  registration: '/oidc/reg',
  backchannel_authentication: '/oidc/backchannel',
  code_verification: '/oidc/device',
  device_authorization: '/oidc/device/auth',
  challenge: '/oidc/challenge',
  credential: '/oidc/credential',
} as const;

export const INTERACTION_PATH = '/oidc/interaction';
