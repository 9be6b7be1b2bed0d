import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Criterion } from '../../shared/schemas/criteria.ts';
import { MAX_UNUSED_UPLOADS_PER_LISTING, StoredMediaSchema } from '../../shared/schemas/media.ts';
import { buildImage, uploaded, uploadImage } from '../factories/images.ts';
import { buildListingDraft } from '../factories/listing-draft.ts';
import { approveAs, createListing, expectStatus, submitListing } from '../factories/review.ts';
import { ApiClient, signedIn } from '../setup/api-client.ts';
import { expectProblem } from '../setup/problem.ts';
import { startTestServer, type TestServer } from '../setup/test-server.ts';

let server: TestServer;
let vendor: ApiClient;
let otherVendor: ApiClient;
let resident: ApiClient;
let jan: ApiClient;
let lotte: ApiClient;
let criteria: Criterion[];

beforeAll(async () => {
  server = await startTestServer({ SIGN_IN_LIMIT_PER_MINUTE: '10000' });
  criteria = server.services.criteria;
  [vendor, otherVendor, resident, jan, lotte] = await Promise.all([
    signedIn(server.url, 'vendor-samensterk'),
    signedIn(server.url, 'vendor-geldfit'),
    signedIn(server.url, 'resident-fatima'),
    signedIn(server.url, 'reviewer-jan'),
    signedIn(server.url, 'reviewer-lotte'),
  ]);
});
afterAll(() => server.close());

async function storedMedia(listingId: string) {
  const response = await expectStatus(await vendor.get(`/api/v1/vendor/listings/${listingId}/media`), 200);
  return StoredMediaSchema.array().parse(((await response.json()) as { items: unknown }).items);
}

/** A refused upload: 400 problem+json naming the body, with the refusal's code, and nothing stored. */
async function expectRefused(response: Response, listingId: string, code: string) {
  const problem = await expectProblem(response, 400);
  expect(problem.code).toBe(code);
  expect(problem.errors?.[0]).toMatchObject({ in: 'body', field: '(root)' });
  expect(await storedMedia(listingId)).toEqual([]);
}

/** A valid PNG whose header claims other dimensions (the CRC fixed), as a decompression bomb would. */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await buildImage(100, 100, 'png'));
  // IHDR: length (4) at 8, type at 12, width at 16, height at 20, CRC over type+data at 29.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

const draftPath = (id: string) => `/api/v1/vendor/listings/${id}/draft`;

describe('listing media', () => {
  describe('POST /api/v1/vendor/listings/{id}/media', () => {
    it('re-encodes an icon as a 256×256 PNG without its metadata and serves it from the platform', async () => {
      const listing = await createListing(vendor);
      const jpeg = await buildImage(300, 200, 'jpeg', { exifComment: 'secret-camera-owner' });
      expect(jpeg.includes('secret-camera-owner')).toBe(true);

      const icon = await uploaded(vendor, listing.id, 'icon', jpeg);

      expect(icon).toMatchObject({ kind: 'icon', contentType: 'image/png', width: 256, height: 256 });
      expect(icon.src).toMatch(new RegExp(`^/media/${listing.slug}/u-[0-9a-f]{32}\\.png$`));
      const served = await fetch(`${server.url}${icon.src}`);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/png');
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const bytes = Buffer.from(await served.arrayBuffer());
      expect(bytes.includes('secret-camera-owner')).toBe(false);
      const meta = await sharp(bytes).metadata();
      expect(meta).toMatchObject({ format: 'png', width: 256, height: 256 });
      expect(meta.exif).toBeUndefined();
    });

    it('re-encodes a screenshot as WebP, never larger than it was sent', async () => {
      const listing = await createListing(vendor);
      const shot = await uploaded(vendor, listing.id, 'screenshot', await buildImage(400, 800, 'png'));
      expect(shot).toMatchObject({ kind: 'screenshot', contentType: 'image/webp', width: 400, height: 800 });
      const served = await fetch(`${server.url}${shot.src}`);
      expect(served.headers.get('content-type')).toBe('image/webp');
      expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).format).toBe('webp');
      // WebP in, whatever the header calls it: the content decides.
      const fromWebp = await uploaded(vendor, listing.id, 'icon', await buildImage(128, 96, 'webp'));
      expect(fromWebp).toMatchObject({ contentType: 'image/png', width: 256, height: 256 });
    });

    it('refuses bytes that are not an image, whatever the Content-Type says, and stores nothing', async () => {
      const listing = await createListing(vendor);
      const html = Buffer.from('<html><script>alert(1)</script></html>');
      await expectRefused(await uploadImage(vendor, listing.id, 'icon', html), listing.id, 'media-type');
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      await expectRefused(
        await uploadImage(vendor, listing.id, 'icon', svg, 'image/svg+xml'),
        listing.id,
        'media-type',
      );
      const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
      await expectRefused(
        await uploadImage(vendor, listing.id, 'icon', gif, 'image/gif'),
        listing.id,
        'media-type',
      );
      await expectRefused(
        await uploadImage(vendor, listing.id, 'icon', Buffer.alloc(0)),
        listing.id,
        'media-type',
      );
    });

    it('refuses an icon over 1 MB, and a body declared over 3 MB before reading it', async () => {
      const listing = await createListing(vendor);
      const noise = await sharp(randomBytes(700 * 700 * 3), { raw: { width: 700, height: 700, channels: 3 } })
        .png()
        .toBuffer();
      expect(noise.length).toBeGreaterThan(1024 * 1024);
      expect(noise.length).toBeLessThan(3 * 1024 * 1024);
      await expectRefused(await uploadImage(vendor, listing.id, 'icon', noise), listing.id, 'media-size');
      // The same file is a fine screenshot.
      await uploaded(vendor, listing.id, 'screenshot', noise);
      const other = await createListing(vendor);
      const huge = Buffer.concat([noise, Buffer.alloc(3 * 1024 * 1024)]);
      await expectRefused(await uploadImage(vendor, other.id, 'screenshot', huge), other.id, 'media-size');
    });

    it('refuses images too small or too large in pixels, a decompression bomb included', async () => {
      const listing = await createListing(vendor);
      const tiny = await buildImage(32, 32);
      await expectRefused(
        await uploadImage(vendor, listing.id, 'icon', tiny),
        listing.id,
        'media-dimensions',
      );
      const wide = await buildImage(5000, 300);
      await expectRefused(
        await uploadImage(vendor, listing.id, 'screenshot', wide),
        listing.id,
        'media-dimensions',
      );
      // 60,000 × 60,000 pixels is 10 GB decoded; the header alone says so.
      const bomb = await pngClaiming(60_000, 60_000);
      expect(bomb.length).toBeLessThan(10_000);
      const problem = await expectProblem(await uploadImage(vendor, listing.id, 'screenshot', bomb), 400);
      expect(problem.code).toBe('media-dimensions');
      expect(problem.errors?.[0]?.message).toContain('60000×60000');
    });

    it('refuses a truncated image as unreadable', async () => {
      const listing = await createListing(vendor);
      const png = await sharp(randomBytes(300 * 300 * 3), { raw: { width: 300, height: 300, channels: 3 } })
        .png()
        .toBuffer();
      const cut = png.subarray(0, Math.floor(png.length / 2));
      await expectRefused(
        await uploadImage(vendor, listing.id, 'screenshot', cut),
        listing.id,
        'media-unreadable',
      );
    });

    it('names a missing or unknown kind, and answers 415 for a body that is not sent as an image', async () => {
      const listing = await createListing(vendor);
      const png = await buildImage(128, 128);
      const path = `/api/v1/vendor/listings/${listing.id}/media`;
      for (const query of ['', '?kind=banner', '?kind=icon&extra=1']) {
        const problem = await expectProblem(
          await vendor.request('POST', `${path}${query}`, new Uint8Array(png), {
            'content-type': 'image/png',
          }),
          400,
        );
        expect(problem.errors?.some((e) => e.in === 'query')).toBe(true);
      }
      await expectProblem(
        await vendor.request('POST', `${path}?kind=icon`, new Uint8Array(png), {
          'content-type': 'text/plain',
        }),
        415,
      );
      expect(await storedMedia(listing.id)).toEqual([]);
    });

    it("lets nobody upload to another organisation's listing, a resident or anyone signed out", async () => {
      const listing = await createListing(vendor);
      const png = await buildImage(128, 128);
      await expectProblem(await uploadImage(otherVendor, listing.id, 'icon', png), 404);
      await expectProblem(await uploadImage(resident, listing.id, 'icon', png), 403);
      await expectProblem(await uploadImage(new ApiClient(server.url), listing.id, 'icon', png), 401);
      await expectProblem(await otherVendor.get(`/api/v1/vendor/listings/${listing.id}/media`), 404);
      expect(await storedMedia(listing.id)).toEqual([]);
    });

    it(`keeps at most ${MAX_UNUSED_UPLOADS_PER_LISTING} unused uploads per listing`, async () => {
      const listing = await createListing(vendor);
      const png = await buildImage(64, 64);
      for (let i = 0; i < MAX_UNUSED_UPLOADS_PER_LISTING; i += 1)
        await uploaded(vendor, listing.id, 'icon', png);
      const problem = await expectProblem(await uploadImage(vendor, listing.id, 'icon', png), 409);
      expect(problem.code).toBe('media-limit');
      // Saving the draft clears what it does not use.
      await expectStatus(await vendor.put(draftPath(listing.id), { draft: buildListingDraft() }), 200);
      expect(await storedMedia(listing.id)).toEqual([]);
      await uploaded(vendor, listing.id, 'icon', png);
    });
  });

  describe('uploads in the draft', () => {
    it('a draft shows its own uploads; replacing the icon deletes the old file', async () => {
      const listing = await createListing(vendor);
      const first = await uploaded(vendor, listing.id, 'icon');
      const shot = await uploaded(vendor, listing.id, 'screenshot');
      const draft = buildListingDraft({
        icon: first.src,
        screenshots: [{ src: shot.src, alt: { nl: 'Het startscherm', en: 'The home screen' } }],
      });
      await expectStatus(await vendor.put(draftPath(listing.id), { draft }), 200);
      expect((await storedMedia(listing.id)).every((m) => m.inUse)).toBe(true);

      const second = await uploaded(vendor, listing.id, 'icon');
      await expectStatus(
        await vendor.put(draftPath(listing.id), { draft: { ...draft, icon: second.src } }),
        200,
      );

      expect((await storedMedia(listing.id)).map((m) => m.src).sort()).toEqual([second.src, shot.src].sort());
      await expectProblem(await fetch(`${server.url}${first.src}`), 404);
    });

    it('refuses uploads of another listing, of the wrong kind, or made up, naming each field', async () => {
      const listing = await createListing(vendor);
      const sibling = await createListing(vendor);
      const foreignIcon = await uploaded(vendor, sibling.id, 'icon');
      const icon = await uploaded(vendor, listing.id, 'icon');
      const draft = buildListingDraft({
        icon: foreignIcon.src.replace(sibling.slug, listing.slug),
        screenshots: [
          { src: icon.src, alt: { nl: 'Een pictogram', en: 'An icon' } },
          { src: `/media/${listing.slug}/u-${'0'.repeat(32)}.webp`, alt: { nl: 'Niets', en: 'Nothing' } },
        ],
      });
      const problem = await expectProblem(await vendor.put(draftPath(listing.id), { draft }), 400);
      expect(problem.errors?.map((e) => e.field).sort()).toEqual([
        'draft.icon',
        'draft.screenshots.0.src',
        'draft.screenshots.1.src',
      ]);
      const detail = await expectStatus(await vendor.get(`/api/v1/vendor/listings/${listing.id}`), 200);
      expect(((await detail.json()) as { draft: { icon?: string } }).draft.icon).toBeUndefined();
    });

    it('a new listing cannot show uploads before it exists', async () => {
      const listing = await createListing(vendor);
      const icon = await uploaded(vendor, listing.id, 'icon');
      const response = await vendor.post('/api/v1/vendor/listings', {
        draft: buildListingDraft({ icon: icon.src }),
      });
      const problem = await expectProblem(response, 400);
      expect(problem.errors?.map((e) => e.field)).toContain('draft.icon');
    });

    it('the reviewed version carries the icon: live, it is on the app page, and stays while the draft moves on', async () => {
      const listing = await createListing(vendor);
      const icon = await uploaded(vendor, listing.id, 'icon');
      const draft = buildListingDraft({ icon: icon.src });
      await expectStatus(await vendor.put(draftPath(listing.id), { draft }), 200);
      const { versionId } = await submitListing(vendor, listing.id);
      const review = await expectStatus(await jan.get(`/api/v1/reviews/${versionId}`), 200);
      expect(((await review.json()) as { content: { icon?: string } }).content.icon).toBe(icon.src);
      await approveAs(jan, versionId, criteria);
      await approveAs(lotte, versionId, criteria);

      const app = await expectStatus(await fetch(`${server.url}/api/v1/apps/${listing.slug}`), 200);
      expect(((await app.json()) as { icon?: string }).icon).toBe(icon.src);

      const { icon: _dropped, ...withoutIcon } = draft;
      await expectStatus(await vendor.put(draftPath(listing.id), { draft: withoutIcon }), 200);
      expect((await fetch(`${server.url}${icon.src}`)).status).toBe(200);
      await expectProblem(await vendor.delete(`/api/v1/vendor/listings/${listing.id}/media/${icon.id}`), 409);
    });
  });

  describe('DELETE /api/v1/vendor/listings/{id}/media/{mediaId}', () => {
    it('deletes an unused upload, refuses one the draft shows, and hides other organisations', async () => {
      const listing = await createListing(vendor);
      const used = await uploaded(vendor, listing.id, 'icon');
      const unused = await uploaded(vendor, listing.id, 'screenshot');
      await expectStatus(
        await vendor.put(draftPath(listing.id), { draft: buildListingDraft({ icon: used.src }) }),
        200,
      );
      const path = (id: string) => `/api/v1/vendor/listings/${listing.id}/media/${id}`;
      // The save above already cleared the unused one.
      await expectProblem(await vendor.delete(path(unused.id)), 404);
      const spare = await uploaded(vendor, listing.id, 'screenshot');
      await expectProblem(await otherVendor.delete(path(spare.id)), 404);
      expect((await vendor.delete(path(spare.id))).status).toBe(204);
      await expectProblem(await vendor.delete(path(used.id)), 409);
      await expectProblem(await vendor.delete(path('not-an-id')), 400);
    });
  });

  describe('GET /media/{slug}/{file}', () => {
    it('answers 404 for an unknown upload or one under another slug, and 405 for writes', async () => {
      const listing = await createListing(vendor);
      const icon = await uploaded(vendor, listing.id, 'icon');
      await expectProblem(await fetch(`${server.url}/media/${listing.slug}/u-${'a'.repeat(32)}.png`), 404);
      await expectProblem(await fetch(`${server.url}${icon.src.replace(listing.slug, 'budgetcoach')}`), 404);
      await expectProblem(await fetch(`${server.url}${icon.src.replace('.png', '.webp')}`), 404);
      expect((await fetch(`${server.url}${icon.src}`, { method: 'HEAD' })).status).toBe(200);
      await expectProblem(await fetch(`${server.url}${icon.src}`, { method: 'DELETE' }), 405);
      // The catalog's own files are still there.
      expect((await fetch(`${server.url}/media/budgetcoach/icon.svg`)).status).toBe(200);
    });
  });
});
