/**
 * Decoded icon images for the first view, by URL (the SVG data URLs of client/layers/icons.ts). Kept for the page's
 * life: the same few dozen symbols come back at every paint, and decoding them is the slow part.
 *
 * @module
 */
const decoded = new Map<string, Promise<HTMLImageElement | null>>();

/** One image, decoded; null when it cannot be (that symbol is then left out, the paint goes on). */
function decodedImage(url: string): Promise<HTMLImageElement | null> {
  let image = decoded.get(url);
  if (!image) {
    const img = new Image();
    img.src = url;
    image = img.decode().then(
      () => img,
      () => null,
    );
    decoded.set(url, image);
  }
  return image;
}

/** The decoded images of `urls`, by URL; those that failed to decode are missing. */
export async function iconImages(urls: Iterable<string>): Promise<Map<string, HTMLImageElement>> {
  const unique = [...new Set(urls)];
  const images = await Promise.all(unique.map(decodedImage));
  const found = new Map<string, HTMLImageElement>();
  unique.forEach((url, i) => {
    const image = images[i];
    if (image) found.set(url, image);
  });
  return found;
}

/** An image's mipmap levels as deck.gl's icon atlas has them: halved by averaging straight (unpremultiplied) RGBA. */
const mipmaps = new Map<HTMLImageElement, HTMLCanvasElement[]>();

function halved(source: ImageData): ImageData {
  const width = Math.max(1, source.width >> 1);
  const height = Math.max(1, source.height >> 1);
  const out = new ImageData(width, height);
  const s = source.data;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const o = 4 * (y * width + x);
      for (let c = 0; c < 4; c++) {
        const at = (dx: number, dy: number) =>
          s[
            4 * (Math.min(source.height - 1, 2 * y + dy) * source.width + Math.min(source.width - 1, 2 * x + dx)) + c
          ] ?? 0;
        out.data[o + c] = (at(0, 0) + at(1, 0) + at(0, 1) + at(1, 1)) / 4;
      }
    }
  return out;
}

function canvasOf(data: ImageData): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = data.width;
  canvas.height = data.height;
  canvas.getContext('2d', { willReadFrequently: true })?.putImageData(data, 0, 0);
  return canvas;
}

/** The image's mipmap levels (made once per image): the image itself, then halved down to 4 pixels. */
function mipmapLevels(image: HTMLImageElement): HTMLCanvasElement[] {
  let levels = mipmaps.get(image);
  if (!levels) {
    levels = [];
    const base = document.createElement('canvas');
    base.width = image.naturalWidth;
    base.height = image.naturalHeight;
    const ctx = base.getContext('2d', { willReadFrequently: true });
    if (ctx && base.width > 0) {
      ctx.drawImage(image, 0, 0);
      let data = ctx.getImageData(0, 0, base.width, base.height);
      levels.push(canvasOf(data));
      while (data.height > 4) {
        data = halved(data);
        levels.push(canvasOf(data));
      }
    }
    mipmaps.set(image, levels);
  }
  return levels;
}

const sprites = new Map<HTMLImageElement, Map<string, HTMLCanvasElement | null>>();

/**
 * An icon drawn `width`×`height` device pixels (rounded up to whole pixels), from the two mipmap levels around that
 * size: deck.gl samples its icons from a mipmapped texture of straight colours, where the transparent pixels
 * around a symbol are black, so a shrunk symbol's white halo turns grey at its rim; the levels made here the same way
 * carry that grey rim too. Made once per image and size, so that the paint only copies pixels (scaling each of a few
 * thousand icons as it is drawn takes most of the paint's time otherwise). Null when the image has no pixels.
 */
export function iconSprite(image: HTMLImageElement, width: number, height: number): HTMLCanvasElement | null {
  let bySize = sprites.get(image);
  if (!bySize) {
    bySize = new Map();
    sprites.set(image, bySize);
  }
  const key = `${width.toFixed(2)}×${height.toFixed(2)}`;
  let sprite = bySize.get(key);
  if (sprite === undefined) {
    const levels = mipmapLevels(image);
    // trilinear, as the GPU samples: the two levels around the size, the smaller one weighed by how near it is
    const lod = Math.max(0, Math.log2(image.naturalHeight / height));
    const finer = levels[Math.min(levels.length - 1, Math.floor(lod))];
    const coarser = levels[Math.min(levels.length - 1, Math.floor(lod) + 1)];
    sprite = null;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.ceil(width));
    canvas.height = Math.max(1, Math.ceil(height));
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (ctx && finer && coarser) {
      ctx.drawImage(finer, 0, 0, width, height);
      ctx.globalAlpha = lod - Math.floor(lod);
      ctx.drawImage(coarser, 0, 0, width, height);
      sprite = canvas;
    }
    bySize.set(key, sprite);
  }
  return sprite;
}
