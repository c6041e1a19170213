// Photos taken on a visit, made small on the device before they are stored: long edge ~1600 px,
// JPEG at quality 0.7. Re-encoding also drops the camera's metadata (EXIF), location included.
// JPEG, not WebP: every browser can encode it from a canvas (Safari before 17 cannot make WebP),
// and PDF and Word exports embed JPEG as it is.

export interface PhotoOptions {
  /** Longest side in pixels after compression. */
  maxEdge?: number;
  /** JPEG quality, 0 to 1. */
  quality?: number;
}

export interface CompressedPhoto {
  blob: Blob;
  width: number;
  height: number;
  /** Size of the file chosen, before compression. */
  originalBytes: number;
}

/** Thrown when the chosen file is not an image this browser can read. */
export class NotAPhoto extends Error {
  constructor() {
    super('That file is not a photo this device can read. Choose a JPEG, PNG or HEIC photo.');
    this.name = 'NotAPhoto';
  }
}

type Drawable = ImageBitmap | HTMLImageElement;

async function decode(file: Blob): Promise<Drawable> {
  if (typeof createImageBitmap === 'function') {
    try {
      return await createImageBitmap(file, { imageOrientation: 'from-image' });
    } catch {
      throw new NotAPhoto();
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode().catch(() => {
      throw new NotAPhoto();
    });
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function canvasOf(width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function encode(canvas: OffscreenCanvas | HTMLCanvasElement, quality: number): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The photo could not be compressed.'))), 'image/jpeg', quality),
  );
}

/** The size to draw at: the long edge at most `maxEdge`, never enlarged. */
export function fitWithin(width: number, height: number, maxEdge: number): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Make a photo small enough to keep many on a phone: scaled down and re-encoded as JPEG. */
export async function compressPhoto(file: Blob, { maxEdge = 1600, quality = 0.7 }: PhotoOptions = {}): Promise<CompressedPhoto> {
  const image = await decode(file);
  const { width, height } = fitWithin(image.width, image.height, maxEdge);
  const canvas = canvasOf(width, height);
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) throw new Error('This device cannot compress photos.');
  ctx.fillStyle = '#ffffff'; // transparent parts of a PNG would turn black in a JPEG
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(image, 0, 0, width, height);
  if ('close' in image) image.close();
  const blob = await encode(canvas, quality);
  return { blob, width, height, originalBytes: file.size };
}
