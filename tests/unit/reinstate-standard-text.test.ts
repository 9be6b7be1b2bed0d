import { describe, expect, it } from 'vitest';
import { en, nl } from '../../client/src/review/reinstate-messages.ts';
import { STANDARD_REASONS } from '../../server/register/standard-reasons.ts';

describe('reinstating', () => {
  it('shows the reviewer the very text the register uses without a public reason', () => {
    expect(nl.standardText).toBe(STANDARD_REASONS.reinstatement.nl);
    // The register's text is Dutch first; the English form quotes the Dutch one as it appears.
    expect(en.standardText).toBe(STANDARD_REASONS.reinstatement.nl);
  });
});
