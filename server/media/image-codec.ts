import type { Sharp, SharpOptions } from 'sharp';
import type { MediaLimits } from '../../shared/schemas/media.ts';

export type ImageFormat = 'png' | 'jpeg' | 'webp';

/** Why an upload was refused; the client says each in the reader's language. */
export type ImageRefusal = 'media-type' | 'media-size' | 'media-dimensions' | 'media-unreadable';

export class ImageRefused extends Error {
  constructor(
    readonly reason: ImageRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'ImageRefused';
  }
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The format by its first bytes (PNG signature, JPEG SOI marker, RIFF....WEBP), never by name or header. */
export function sniffImage(bytes: Buffer): ImageFormat | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG)) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'webp';
  return null;
}

type SharpFactory = (input: Buffer, options: SharpOptions) => Sharp;
let loading: Promise<SharpFactory> | null = null;
/**
 * libvips is loaded at the first upload, not at start-up: uploads are rare, and it costs every
 * process ~20 MB and start-up time (issue 10). One libvips thread and no operation cache, as the
 * platform shares two cores.
 */
function loadSharp(): Promise<SharpFactory> {
  loading ??= import('sharp').then(({ default: sharp }) => {
    sharp.concurrency(1);
    sharp.cache(false);
    return sharp;
  });
  return loading;
}

export interface EncodedImage {
  data: Buffer;
  contentType: 'image/png' | 'image/webp';
  width: number;
  height: number;
}

/** An icon is served as one square: the vendor's image fitted inside, on a transparent background. */
const ICON_SIDE = 256;
/** Screenshots are served at most this wide or high: a phone never needs more. */
const SCREENSHOT_SIDE = 1600;

/**
 * Checks an uploaded image and draws it anew in a fixed format, so nothing the vendor sent (metadata,
 * trailing bytes, a polyglot file) is ever served: only pixels survive. Dimensions are read from the
 * header first and bound libvips' decoder too, so a small file that inflates to gigapixels is refused.
 */
export async function reencodeImage(bytes: Buffer, limits: MediaLimits): Promise<EncodedImage> {
  if (bytes.length === 0) throw new ImageRefused('media-type', 'send the image file as the body');
  if (bytes.length > limits.maxBytes)
    throw new ImageRefused('media-size', `at most ${limits.maxBytes / (1024 * 1024)} MB`);
  const format = sniffImage(bytes);
  if (!format) throw new ImageRefused('media-type', 'a PNG, JPEG or WebP image');
  const sharp = await loadSharp();
  const options = {
    failOn: 'warning' as const,
    limitInputPixels: limits.maxSide * limits.maxSide,
    animated: false,
  };
  let width: number;
  let height: number;
  try {
    // The header only: no pixel is decoded here, so no pixel limit yet (the decode below has one).
    const meta = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
    if (meta.format !== format) throw new ImageRefused('media-type', 'a PNG, JPEG or WebP image');
    width = meta.width ?? 0;
    height = meta.height ?? 0;
  } catch (error) {
    if (error instanceof ImageRefused) throw error;
    throw new ImageRefused('media-unreadable', 'the image cannot be read');
  }
  const { minSide, maxSide } = limits;
  if (width < minSide || height < minSide || width > maxSide || height > maxSide) {
    throw new ImageRefused(
      'media-dimensions',
      `between ${minSide}×${minSide} and ${maxSide}×${maxSide} pixels (this one is ${width}×${height})`,
    );
  }
  try {
    const image = sharp(bytes, options).autoOrient();
    const out =
      limits.output === 'png'
        ? image
            .resize(ICON_SIDE, ICON_SIDE, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
            .png({ compressionLevel: 9 })
        : image
            .resize(SCREENSHOT_SIDE, SCREENSHOT_SIDE, { fit: 'inside', withoutEnlargement: true })
            .webp({ quality: 80 });
    const { data, info } = await out.toBuffer({ resolveWithObject: true });
    return {
      data,
      contentType: limits.output === 'png' ? 'image/png' : 'image/webp',
      width: info.width,
      height: info.height,
    };
  } catch {
    throw new ImageRefused('media-unreadable', 'the image cannot be read');
  }
}
