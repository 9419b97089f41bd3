// Draws SecurityBot's Teams icons: a shield with a check mark.
//   color.png   192x192, full colour: navy tile, white shield rim, teal shield face, white check.
//   outline.png  32x32, white on transparent: shield rim and check only (Teams tints it itself).
// Shapes are defined in unit coordinates and supersampled, so the output is anti-aliased and
// byte-for-byte deterministic: rerun `npm run icons` after changing a shape and commit the PNGs.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";

const here = dirname(fileURLToPath(import.meta.url));
const SAMPLES = 4; // 4x4 sub-pixels per pixel

/** Half-width of the shield at height y (unit square, y grows downwards), or -1 outside it. */
function shieldHalfWidth(y, scale) {
  const top = 0.5 - 0.36 * scale;
  const shoulder = 0.5 + 0.02 * scale;
  const tip = 0.5 + 0.40 * scale;
  const width = 0.33 * scale;
  if (y < top || y > tip) return -1;
  if (y <= shoulder) return width;
  const t = (y - shoulder) / (tip - shoulder);
  return width * (1 - t * t); // curved sides meeting in a point
}

function insideShield(x, y, scale) {
  const half = shieldHalfWidth(y, scale);
  if (half < 0) return false;
  // A shallow dip in the top edge makes it read as a shield rather than a pointed box.
  const top = 0.5 - 0.36 * scale + 0.05 * scale * (1 - ((x - 0.5) / (0.33 * scale)) ** 2);
  return Math.abs(x - 0.5) <= half && y >= top;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const CHECK = [[0.36, 0.50], [0.46, 0.61], [0.65, 0.38]];

function onCheck(x, y, thickness) {
  return distanceToSegment(x, y, CHECK[0], CHECK[1]) <= thickness / 2
    || distanceToSegment(x, y, CHECK[1], CHECK[2]) <= thickness / 2;
}

/** Fraction of the pixel's sub-samples for which `inside(x, y)` holds. */
function coverage(px, py, size, inside) {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      if (inside((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

function blend(under, over, amount) {
  return under.map((c, i) => Math.round(c * (1 - amount) + over[i] * amount));
}

function drawColor(size) {
  const navy = [0x1b, 0x36, 0x5d];
  const white = [0xff, 0xff, 0xff];
  const teal = [0x1f, 0x9e, 0x9a];
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let rgb = navy;
      rgb = blend(rgb, white, coverage(x, y, size, (u, v) => insideShield(u, v, 1)));
      rgb = blend(rgb, teal, coverage(x, y, size, (u, v) => insideShield(u, v, 0.84)));
      rgb = blend(rgb, white, coverage(x, y, size, (u, v) => onCheck(u, v, 0.075)));
      const i = (y * size + x) * 4;
      png.data[i] = rgb[0];
      png.data[i + 1] = rgb[1];
      png.data[i + 2] = rgb[2];
      png.data[i + 3] = 0xff;
    }
  }
  return png;
}

function drawOutline(size) {
  // Thicker strokes than the colour icon: at 32 px a thin rim disappears.
  const rim = (u, v) => insideShield(u, v, 1.1) && !insideShield(u, v, 0.8);
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = coverage(x, y, size, (u, v) => rim(u, v) || onCheck(u, v, 0.11));
      const i = (y * size + x) * 4;
      // Fully transparent pixels are stored as 0,0,0,0; every visible pixel is pure white.
      const visible = a > 0;
      png.data[i] = visible ? 0xff : 0;
      png.data[i + 1] = visible ? 0xff : 0;
      png.data[i + 2] = visible ? 0xff : 0;
      png.data[i + 3] = Math.round(a * 0xff);
    }
  }
  return png;
}

function write(name, png) {
  const file = join(here, name);
  writeFileSync(file, PNG.sync.write(png, { colorType: 6 }));
  console.log(`wrote ${file} (${png.width}x${png.height})`);
}

write("color.png", drawColor(192));
write("outline.png", drawOutline(32));
