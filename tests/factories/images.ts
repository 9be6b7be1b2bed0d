import sharp from 'sharp';
import { MediaUploadedSchema } from '../../shared/schemas/media.ts';
import type { ApiClient } from '../setup/api-client.ts';
import { expectStatus } from './review.ts';

type Format = 'png' | 'jpeg' | 'webp';

/** A small image made on the spot (no binary fixtures in the repository): a coloured rectangle. */
export async function buildImage(
  width: number,
  height: number,
  format: Format = 'png',
  options: { exifComment?: string } = {},
): Promise<Buffer> {
  let image = sharp({
    create: { width, height, channels: 3, background: { r: 30, g: 110, b: 180 } },
  });
  if (options.exifComment)
    image = image.withExif({
      IFD0: { ImageDescription: options.exifComment, Copyright: options.exifComment },
    });
  return image.toFormat(format).toBuffer();
}

export function uploadImage(
  client: ApiClient,
  listingId: string,
  kind: string,
  bytes: Buffer,
  contentType = 'image/png',
) {
  return client.request(
    'POST',
    `/api/v1/vendor/listings/${listingId}/media?kind=${kind}`,
    new Uint8Array(bytes),
    { 'content-type': contentType },
  );
}

/** Uploads and returns what the server stored; fails the test on anything but 201. */
export async function uploaded(
  client: ApiClient,
  listingId: string,
  kind: 'icon' | 'screenshot',
  bytes?: Buffer,
) {
  const image = bytes ?? (await buildImage(kind === 'icon' ? 128 : 400, kind === 'icon' ? 128 : 800));
  const response = await expectStatus(await uploadImage(client, listingId, kind, image), 201);
  return MediaUploadedSchema.parse(await response.json());
}
