import { BlockList, isIPv4, isIPv6 } from 'node:net';
import type { ListingDraft } from '../../shared/schemas/listing.ts';
import type { FieldError } from '../http/errors.ts';

/*
 * Where a launch may send a resident's browser (issue 9, decision 082). Loopback (http://localhost)
 * is only for the demo (DESIGN.md "Launch"). Link-local (169.254.169.254, the cloud metadata
 * address), unspecified, multicast and reserved addresses are never an app; private networks and
 * local-only names only in the demo. Names are not resolved here: the resident's browser follows
 * the launch URLs; the one URL the platform fetches itself, `jwksUri`, is checked again when it
 * is fetched, after DNS resolution (server/launch/oidc/jwks-fetch.ts).
 */
const NEVER = new BlockList();
NEVER.addSubnet('0.0.0.0', 8);
NEVER.addSubnet('169.254.0.0', 16);
NEVER.addSubnet('192.0.0.0', 24);
NEVER.addSubnet('192.0.2.0', 24);
NEVER.addSubnet('198.18.0.0', 15);
NEVER.addSubnet('198.51.100.0', 24);
NEVER.addSubnet('203.0.113.0', 24);
NEVER.addSubnet('224.0.0.0', 4);
NEVER.addSubnet('240.0.0.0', 4);
NEVER.addAddress('::', 'ipv6');
NEVER.addSubnet('fe80::', 10, 'ipv6');
NEVER.addSubnet('ff00::', 8, 'ipv6');
NEVER.addSubnet('2001:db8::', 32, 'ipv6');
NEVER.addSubnet('64:ff9b::', 96, 'ipv6');
NEVER.addSubnet('100::', 64, 'ipv6');

const PRIVATE = new BlockList();
PRIVATE.addSubnet('10.0.0.0', 8);
PRIVATE.addSubnet('100.64.0.0', 10);
PRIVATE.addSubnet('172.16.0.0', 12);
PRIVATE.addSubnet('192.168.0.0', 16);
PRIVATE.addSubnet('fc00::', 7, 'ipv6');

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8);
LOOPBACK.addAddress('::1', 'ipv6');

const LOCAL_NAMES = /(^|\.)(localhost|local|internal|lan|localdomain|home\.arpa)$/;

type HostKind = 'public' | 'loopback' | 'private' | 'never';

export function hostKind(hostname: string): HostKind {
  let host = hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  // An IPv4-mapped IPv6 address (::ffff:7f00:1) is the IPv4 address it maps.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(host);
  if (mapped) {
    const [hi, lo] = [Number.parseInt(mapped[1] ?? '0', 16), Number.parseInt(mapped[2] ?? '0', 16)];
    host = `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  const family = isIPv4(host) ? 'ipv4' : isIPv6(host) ? 'ipv6' : null;
  if (family) {
    if (LOOPBACK.check(host, family)) return 'loopback';
    if (NEVER.check(host, family)) return 'never';
    if (PRIVATE.check(host, family)) return 'private';
    return 'public';
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  if (!host.includes('.') || LOCAL_NAMES.test(host)) return 'private';
  return 'public';
}

function urlProblem(value: string, demo: boolean): string | null {
  const url = new URL(value);
  const kind = hostKind(url.hostname);
  if (kind === 'never') return 'must not point at a link-local, reserved or unspecified address';
  if (!demo && kind !== 'public') return 'must point at a public host (not loopback or a private network)';
  if (!demo && url.protocol !== 'https:') return 'must be an https URL';
  return null;
}

/** The draft's launch URLs, each with the field it came from. */
function launchUrls(draft: ListingDraft, prefix: string): [string, string][] {
  return [
    [`${prefix}.launch.initiateLoginUri`, draft.launch.initiateLoginUri],
    ...draft.launch.redirectUris.map((uri, i): [string, string] => [
      `${prefix}.launch.redirectUris.${i}`,
      uri,
    ]),
    ...(draft.launch.jwksUri ? [[`${prefix}.launch.jwksUri`, draft.launch.jwksUri] as [string, string]] : []),
  ];
}

/** Refuses launch URLs a resident's browser must not be sent to; `demo` allows loopback and private hosts. */
export function launchUrlErrors(draft: ListingDraft, demo: boolean, prefix = 'draft'): FieldError[] {
  return launchUrls(draft, prefix).flatMap(([field, url]) => {
    const problem = urlProblem(url, demo);
    return problem ? [{ in: 'body' as const, field, message: problem }] : [];
  });
}

/**
 * The launch URLs in the one spelling every parser agrees on (WHATWG serialisation: lower-case
 * host, default port dropped, dot segments resolved), so redirect URIs compare exactly.
 */
export function normaliseLaunchUrls(draft: ListingDraft): ListingDraft {
  const href = (value: string) => new URL(value).href;
  return {
    ...draft,
    launch: {
      ...draft.launch,
      initiateLoginUri: href(draft.launch.initiateLoginUri),
      redirectUris: draft.launch.redirectUris.map(href),
      ...(draft.launch.jwksUri ? { jwksUri: href(draft.launch.jwksUri) } : {}),
    },
  };
}
