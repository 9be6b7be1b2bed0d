// Writes the demo catalog's icons and screenshots as small SVGs, so the catalog has no binary assets and
// each image matches the alt text the listing gives it. Run: node --import tsx scripts/generate-media.ts
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CATALOG_DIR } from '../server/catalog/catalog-files.ts';
import { type SeedListing, SeedListingSchema } from '../shared/schemas/listing.ts';

const MAX_BYTES = 4096;
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function hueOf(slug: string): number {
  let hash = 2166136261;
  for (const char of slug) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return (hash >>> 0) % 360;
}

// Lightness stays low enough that white text keeps a contrast ratio above 4.5:1 for every hue.
function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

function colourOf(slug: string): string {
  return hslToHex(hueOf(slug), 0.55, 0.27);
}

/** "Café Ontmoeting" -> "CO", "BuurtBuddy" -> "BB", "Medicijnwekker" -> "Me". */
function initialsOf(name: string): string {
  const capitals = name.match(/\p{Lu}/gu) ?? [];
  if (capitals.length >= 2) return capitals.slice(0, 2).join('');
  const letters = name.replace(/[^\p{L}]/gu, '');
  return `${letters.charAt(0).toUpperCase()}${letters.charAt(1).toLowerCase()}`;
}

function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function svg(width: number, height: number, title: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `role="img" aria-labelledby="title" ${FONT}><title id="title">${escapeXml(title)}</title>${body}</svg>\n`
  );
}

function textLines(lines: string[], x: number, y: number, lineHeight: number, attrs: string): string {
  return lines
    .map((line, i) => `<text x="${x}" y="${y + i * lineHeight}" ${attrs}>${escapeXml(line)}</text>`)
    .join('');
}

function renderIcon(listing: SeedListing): string {
  const colour = colourOf(listing.slug);
  const body =
    `<rect width="128" height="128" rx="28" fill="${colour}"/>` +
    `<circle cx="104" cy="24" r="10" fill="#fff" opacity=".25"/>` +
    `<text x="64" y="80" text-anchor="middle" font-size="48" font-weight="700" fill="#fff">${escapeXml(initialsOf(listing.draft.name))}</text>`;
  return svg(128, 128, `Pictogram van ${listing.draft.name}`, body);
}

/**
 * Alt texts are written as "Screen title: item, item, item", so the mock-up shows what the alt text
 * describes; an item starting with "knop" becomes a button.
 */
function renderScreenshot(listing: SeedListing, alt: string): string {
  const colour = colourOf(listing.slug);
  const separator = alt.indexOf(': ');
  const heading = separator === -1 ? alt : alt.slice(0, separator);
  const items =
    separator === -1
      ? []
      : alt
          .slice(separator + 2)
          .split(/, /)
          .slice(0, 5);
  let body =
    `<rect width="360" height="640" fill="#f4f6f8"/>` +
    `<rect width="360" height="72" fill="${colour}"/>` +
    `<text x="20" y="46" font-size="20" font-weight="700" fill="#fff">${escapeXml(listing.draft.name)}</text>`;
  const headingLines = wrap(capitalise(heading), 26, 3);
  body += textLines(headingLines, 20, 112, 24, 'font-size="19" font-weight="700" fill="#1a1a1a"');
  let y = 112 + headingLines.length * 24;
  for (const item of items) {
    const button = /^knop /i.exec(item);
    if (button) {
      const label = capitalise(item.slice(button[0].length));
      body +=
        `<rect x="16" y="${y}" width="328" height="48" rx="10" fill="${colour}"/>` +
        `<text x="180" y="${y + 30}" text-anchor="middle" font-size="16" font-weight="700" fill="#fff">${escapeXml(label)}</text>`;
      y += 60;
      continue;
    }
    const lines = wrap(capitalise(item), 30, 2);
    const height = 24 + lines.length * 20;
    body +=
      `<rect x="16" y="${y}" width="328" height="${height}" rx="10" fill="#fff" stroke="#d0d7de"/>` +
      `<circle cx="36" cy="${y + height / 2}" r="6" fill="${colour}"/>` +
      textLines(lines, 54, y + 27, 20, 'font-size="15" fill="#1a1a1a"');
    y += height + 12;
  }
  body +=
    `<rect y="584" width="360" height="56" fill="#fff" stroke="#d0d7de"/>` +
    [90, 180, 270].map((cx) => `<circle cx="${cx}" cy="612" r="10" fill="#8c959f"/>`).join('');
  return svg(360, 640, alt, body);
}

async function readListings(dir: string): Promise<SeedListing[]> {
  const files = (await readdir(join(dir, 'listings'))).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const result = SeedListingSchema.safeParse(
        JSON.parse(await readFile(join(dir, 'listings', file), 'utf8')),
      );
      if (!result.success)
        throw new Error(`listings/${file} is invalid; run npm run catalog:check for details`);
      return result.data;
    }),
  );
}

async function writeMedia(dir: string, src: string, content: string): Promise<void> {
  const bytes = Buffer.byteLength(content);
  if (bytes > MAX_BYTES) throw new Error(`${src} would be ${bytes} bytes, over the ${MAX_BYTES}-byte budget`);
  const path = join(dir, ...src.split('/').filter(Boolean));
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

async function main(): Promise<void> {
  const listings = await readListings(CATALOG_DIR);
  let written = 0;
  for (const listing of listings) {
    if (listing.draft.icon) {
      await writeMedia(CATALOG_DIR, listing.draft.icon, renderIcon(listing));
      written++;
    }
    for (const screenshot of listing.draft.screenshots) {
      await writeMedia(CATALOG_DIR, screenshot.src, renderScreenshot(listing, screenshot.alt.nl));
      written++;
    }
  }
  console.log(`wrote ${written} media files for ${listings.length} listings`);
}

await main();
