import { CLAIMS } from '../../../../shared/claims.ts';
import type { ListingDraft } from '../../../../shared/schemas/listing.ts';
import { useLocalized } from '../../i18n/i18n-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { DataList } from '../../ui/data-list.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { ListItem, UnorderedList } from '../../ui/unordered-list.tsx';
import { claimChange, droppedClaims } from '../content-diff.ts';
import { reviewMessages } from '../messages.ts';
import { ChangedBadge } from './changed-badge.tsx';

/** The claims with their reasons, each marked when it differs from what is live. */
export function SubmittedClaims({ content, live }: { content: ListingDraft; live: ListingDraft | null }) {
  const m = useMessages(reviewMessages).content;
  const localized = useLocalized();
  const dropped = droppedClaims(content, live);
  return (
    <>
      <Heading level={3}>{m.claims}</Heading>
      {content.claims.length === 0 && <Paragraph>{m.noClaims}</Paragraph>}
      <ul className="ic-review-claims">
        {content.claims.map((claim) => {
          const change = claimChange(claim, live);
          return (
            <li
              key={claim.claim}
              className={change === 'same' ? 'ic-review-claim' : 'ic-review-claim ic-changed'}
            >
              <Heading level={4}>
                {localized(CLAIMS[claim.claim].label)} <code className="utrecht-code">{claim.claim}</code> (
                {claim.required ? m.claimRequired : m.claimOptional}){' '}
                {change !== 'same' && <ChangedBadge kind={change} />}
              </Heading>
              <DataList
                items={[
                  { key: 'nl', label: m.reasonNl, value: <span lang="nl">{claim.reason.nl}</span> },
                  { key: 'en', label: m.reasonEn, value: <span lang="en">{claim.reason.en}</span> },
                ]}
              />
            </li>
          );
        })}
      </ul>
      {dropped.length > 0 && (
        <>
          <Paragraph>{m.removedClaims}</Paragraph>
          <UnorderedList>
            {dropped.map((id) => (
              <ListItem key={id}>
                {localized(CLAIMS[id].label)} <ChangedBadge kind="removed" />
              </ListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </>
  );
}
