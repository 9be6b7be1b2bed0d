import type { PublicDecision } from '../../shared/schemas/register.ts';
import { KIND_TITLES } from './kind-titles.ts';

/** Escapes text for XML element content and attribute values. */
export function xmlEscape(text: string): string {
  // Characters XML 1.0 forbids outright are dropped: escaping cannot make them legal.
  const allowed = text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
  return allowed
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/**
 * The register as an Atom 1.0 feed (RFC 4287), newest first, so a journalist or a municipality's
 * website can follow it. Entry ids are tag URIs that never change, even if the host does.
 */
export function atomFeed(decisions: PublicDecision[], publicUrl: string): string {
  const base = publicUrl.replace(/\/$/, '');
  const host = new URL(base).hostname;
  const updated = decisions[0]?.at ?? new Date(0).toISOString();
  const entries = decisions.map((d) => {
    const title = `${KIND_TITLES[d.kind].nl}: ${d.app.name}`;
    const criteria = d.criteria.filter((c) => c.outcome === 'fail').map((c) => c.title.nl);
    const summary =
      criteria.length > 0 ? `${d.reason.nl} Niet voldaan: ${criteria.join(', ')}.` : d.reason.nl;
    return [
      '  <entry>',
      `    <id>tag:${xmlEscape(host)},2026:besluit:${xmlEscape(d.id)}</id>`,
      `    <title type="text">${xmlEscape(title)}</title>`,
      `    <updated>${d.at}</updated>`,
      `    <published>${d.at}</published>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(`${base}/besluiten/${encodeURIComponent(d.id)}`)}"/>`,
      `    <category term="${xmlEscape(d.kind)}" label="${xmlEscape(KIND_TITLES[d.kind].nl)}"/>`,
      `    <summary type="text" xml:lang="nl">${xmlEscape(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <id>${xmlEscape(`${base}/besluiten`)}</id>`,
    '  <title type="text">Inwonercloud: openbaar register van besluiten</title>',
    '  <subtitle type="text">Welke apps inwoners kunnen vertrouwen, en waarom.</subtitle>',
    `  <updated>${updated}</updated>`,
    '  <author><name>Inwonercloud</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(`${base}/besluiten/feed.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(`${base}/besluiten`)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
