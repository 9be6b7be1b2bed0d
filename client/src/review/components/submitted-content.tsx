import type { ReactNode } from 'react';
import { CATEGORIES } from '../../../../shared/categories.ts';
import type { ListingDraft } from '../../../../shared/schemas/listing.ts';
import { formatLanguages } from '../../i18n/format.ts';
import { useLocale, useLocalized } from '../../i18n/i18n-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formMessages } from '../../listings/form-messages.ts';
import { DataList, type DataListItem } from '../../ui/data-list.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { fieldChanged, launchFieldChanged } from '../content-diff.ts';
import { reviewMessages } from '../messages.ts';
import { ChangedBadge } from './changed-badge.tsx';
import { SubmittedClaims } from './submitted-claims.tsx';

interface Props {
  content: ListingDraft;
  live: ListingDraft | null;
}

/** A changed value with its mark and, when known, what is live now (issue 11 item 14). */
function withMark(value: ReactNode, changed: boolean, before?: ReactNode): ReactNode {
  return changed ? (
    <span className="ic-changed">
      {value} <ChangedBadge />
      {before !== undefined && <WasLine>{before}</WasLine>}
    </span>
  ) : (
    value
  );
}

function WasLine({ children }: { children: ReactNode }) {
  const m = useMessages(reviewMessages).content;
  return (
    <span className="ic-was">
      {m.was} {children}
    </span>
  );
}

/** Dutch and English lines, each marked only when that language changed, with the live text. */
function Both({ text, before }: { text: { nl: string; en: string }; before?: { nl: string; en: string } }) {
  const line = (lang: 'nl' | 'en') => {
    const changed = before !== undefined && before[lang] !== text[lang];
    return (
      <span className={changed ? 'ic-changed' : undefined}>
        <span lang={lang}>{text[lang]}</span>
        {changed && (
          <>
            {' '}
            <ChangedBadge />
            <WasLine>
              <span lang={lang}>{before[lang]}</span>
            </WasLine>
          </>
        )}
      </span>
    );
  };
  return (
    <>
      {line('nl')}
      <br />
      {line('en')}
    </>
  );
}

function IconImage({ src, alt, none }: { src: string | undefined; alt: string; none: string }) {
  return src ? <img className="ic-review-icon" src={src} alt={alt} width={64} height={64} /> : <>{none}</>;
}

/** What the vendor submitted, everything a reviewer must vet, compared with the live version. */
export function SubmittedContent({ content, live }: Props) {
  const m = useMessages(reviewMessages).content;
  const f = useMessages(formMessages);
  const { locale } = useLocale();
  const localized = useLocalized();
  const changed = (key: keyof ListingDraft) => fieldChanged(content, live, key);
  const launchChanged = (key: keyof ListingDraft['launch']) => launchFieldChanged(content, live, key);

  const items: DataListItem[] = [
    {
      key: 'tagline',
      label: m.tagline,
      value: <Both text={content.tagline} {...(live ? { before: live.tagline } : {})} />,
    },
    {
      key: 'description',
      label: m.description,
      value: <Both text={content.description} {...(live ? { before: live.description } : {})} />,
    },
    {
      key: 'categories',
      label: m.categories,
      value: withMark(
        content.categories.map((c) => localized(CATEGORIES[c].label)).join(', '),
        changed('categories'),
      ),
    },
    {
      key: 'icon',
      label: m.icon,
      // The image itself, as residents will see it (issue 11 item 15), with the live one beside it.
      value: withMark(
        <IconImage src={content.icon} alt={m.iconAlt} none={m.noIcon} />,
        changed('icon'),
        live ? <IconImage src={live.icon} alt={m.liveIconAlt} none={m.noIcon} /> : undefined,
      ),
    },
    {
      key: 'website',
      label: m.website,
      value: withMark(content.website, changed('website'), live?.website),
    },
    {
      key: 'privacy',
      label: m.privacy,
      value: withMark(content.privacyStatementUrl, changed('privacyStatementUrl'), live?.privacyStatementUrl),
    },
    {
      key: 'accessibility',
      label: m.accessibility,
      value: withMark(
        `${content.accessibility.statementUrl} (${m.accessibilityStatus(content.accessibility.status)})`,
        changed('accessibility'),
      ),
    },
    {
      key: 'languages',
      label: m.languages,
      value: withMark(formatLanguages(content.languages, locale), changed('languages')),
    },
    {
      key: 'support',
      label: m.support,
      value: withMark(
        [content.support.email, content.support.phone, content.support.url, content.support.hours?.[locale]]
          .filter(Boolean)
          .join(' · '),
        changed('support'),
      ),
    },
    {
      key: 'cost',
      label: m.cost,
      value: withMark(
        [f.cost.models[content.cost.model], content.cost.note?.[locale]].filter(Boolean).join(': '),
        changed('cost'),
      ),
    },
    {
      key: 'screenshots',
      label: m.screenshots,
      value: withMark(
        content.screenshots.length === 0 ? (
          m.noScreenshots
        ) : (
          // The images themselves, with their alt text shown: a path says nothing to a reviewer.
          <span className="ic-screenshot-thumbs">
            {content.screenshots.map((s) => (
              <figure key={s.src} className="ic-screenshot-thumb">
                <img src={s.src} alt={s.alt[locale]} width={120} loading="lazy" />
                <figcaption>{s.alt[locale]}</figcaption>
              </figure>
            ))}
          </span>
        ),
        changed('screenshots'),
      ),
    },
  ];

  const launchItems: DataListItem[] = [
    {
      key: 'initiate',
      label: m.initiateLoginUri,
      value: withMark(
        <code className="utrecht-code">{content.launch.initiateLoginUri}</code>,
        launchChanged('initiateLoginUri'),
      ),
    },
    {
      key: 'method',
      label: m.initiateLoginMethod,
      value: withMark(
        m.initiateLoginMethods[content.launch.initiateLoginMethod],
        launchChanged('initiateLoginMethod'),
      ),
    },
    {
      key: 'redirects',
      label: m.redirectUris,
      value: withMark(
        <ul className="ic-plain-list">
          {content.launch.redirectUris.map((uri) => (
            <li key={uri}>
              <code className="utrecht-code">{uri}</code>
            </li>
          ))}
        </ul>,
        launchChanged('redirectUris'),
      ),
    },
    {
      key: 'alg',
      label: m.alg,
      value: withMark(content.launch.idTokenSignedResponseAlg, launchChanged('idTokenSignedResponseAlg')),
    },
  ];

  return (
    <section className="ic-section" aria-labelledby="inhoud-titel">
      <Heading level={2} id="inhoud-titel">
        {m.heading}
      </Heading>
      <Paragraph>{live === null ? m.newListing : m.comparedToLive}</Paragraph>
      <DataList items={items} />
      <SubmittedClaims content={content} live={live} />
      <Heading level={3}>{m.launch}</Heading>
      <DataList items={launchItems} />
    </section>
  );
}
