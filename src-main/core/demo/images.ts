import { PNG } from 'pngjs';

/**
 * Images for the demo sample, drawn here so a demo check looks like a real one: a handwritten-
 * looking signature per signer and a photo of a radiation warning sign on a door. Pure pixels
 * (pngjs), deterministic from the seed, no files shipped.
 */

type Rgba = [number, number, number, number];

function blank(width: number, height: number, fill: Rgba): PNG {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) png.data.set(fill, i * 4);
  return png;
}

function dot(png: PNG, x: number, y: number, r: number, color: Rgba): void {
  for (let dy = -r; dy <= r; dy++) {
    for (let dx = -r; dx <= r; dx++) {
      if (dx * dx + dy * dy > r * r) continue;
      const px = Math.round(x + dx);
      const py = Math.round(y + dy);
      if (px < 0 || py < 0 || px >= png.width || py >= png.height) continue;
      png.data.set(color, (py * png.width + px) * 4);
    }
  }
}

/** A signature: a few joined loops whose shape depends on the signer's name. */
export function demoSignaturePng(name: string): Buffer {
  const png = blank(480, 160, [255, 255, 255, 0]);
  let seed = 0;
  for (const ch of name) seed = (seed * 31 + ch.codePointAt(0)!) % 9973;
  const loops = 3 + (seed % 3);
  const ink: Rgba = [20, 40, 110, 255];
  for (let t = 0; t <= 1; t += 0.0004) {
    const x = 40 + t * 380 + 18 * Math.sin(t * Math.PI * 2 * loops + seed);
    const y = 85 + 38 * Math.sin(t * Math.PI * 2 * (loops + 0.5)) * Math.exp(-t * 1.2) + 10 * Math.cos(t * 9 + seed);
    dot(png, x, y, 2, ink);
  }
  for (let x = 60; x < 420; x += 1) dot(png, x, 138 + 3 * Math.sin(x / 40), 1, ink); // the underline
  return PNG.sync.write(png);
}

/** A door with a yellow radiation-warning triangle and a red lamp above it. */
export function demoPhotoPng(): Buffer {
  const w = 640;
  const h = 480;
  const png = blank(w, h, [214, 208, 196, 255]);
  const set = (x: number, y: number, c: Rgba) => png.data.set(c, (y * w + x) * 4);
  for (let y = 60; y < 470; y++) for (let x = 200; x < 440; x++) set(x, y, [120, 90, 60, 255]); // door
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (Math.abs(y - 470) < 10) set(x, y, [90, 90, 90, 255]); // floor
  // The warning triangle: yellow with a black border, a black trefoil-like centre.
  const cx = 320;
  const top = 140;
  const size = 150;
  for (let y = top; y < top + size; y++) {
    const half = ((y - top) / size) * (size / 1.15);
    for (let x = Math.round(cx - half); x <= Math.round(cx + half); x++) {
      const edge = Math.min(x - (cx - half), cx + half - x, top + size - 1 - y);
      set(x, y, edge < 8 ? [20, 20, 20, 255] : [250, 204, 21, 255]);
    }
  }
  const cy = top + size * 0.62;
  for (let a = 0; a < 3; a++) {
    for (let r = 10; r < 38; r++) {
      for (let s = -0.45; s <= 0.45; s += 0.01) {
        const ang = (a * 2 * Math.PI) / 3 - Math.PI / 2 + s;
        set(Math.round(cx + r * Math.cos(ang)), Math.round(cy + r * Math.sin(ang)), [20, 20, 20, 255]);
      }
    }
  }
  dot(png, cx, cy, 6, [20, 20, 20, 255]);
  dot(png, cx, 40, 16, [220, 38, 38, 255]); // the warning lamp above the door
  return PNG.sync.write(png);
}
