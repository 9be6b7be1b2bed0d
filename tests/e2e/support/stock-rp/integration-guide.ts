import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../../server/project-root.ts';

export const GUIDE_PATH = 'docs/integration/stock-relying-parties.md';

export type GuideBlockName =
  | 'mod_auth_openidc'
  | 'authlib'
  | 'mod_auth_openidc-private_key_jwt'
  | 'authlib-private_key_jwt'
  | 'authlib-private_key_jwt-jwks';

/**
 * The configuration block the integration guide gives a vendor for one RP, read from the guide
 * itself (the fenced block after `<!-- tested: NAME -->`), so CI runs exactly what vendors read.
 */
export function guideBlock(name: GuideBlockName): string {
  const guide = readFileSync(path.join(PROJECT_ROOT, GUIDE_PATH), 'utf8');
  const marker = guide.indexOf(`<!-- tested: ${name} -->`);
  if (marker === -1) throw new Error(`${GUIDE_PATH} has no block marked ${name}`);
  const block = /```[a-z]*\n([\s\S]*?)\n```/.exec(guide.slice(marker));
  if (!block?.[1]) throw new Error(`${GUIDE_PATH}: no fenced block after the ${name} marker`);
  return `${block[1]}\n`;
}
