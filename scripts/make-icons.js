#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-16.png … icon-128.png): three bars of a budget and the
// frame line across them, the last bar over the frame. Drawn here, so the glyph is ours and
// can be redrawn at any size: `node scripts/make-icons.js`.
// Each pixel is the coverage of 8×8 sub-samples, so edges stay smooth at 16 px.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BAR = [14, 110, 95]; // product colour: deep teal
const OVER = [14, 110, 95];
const LINE = [200, 70, 20]; // the frame: burnt orange, readable on light and dark ribbons
const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];

/** Shapes in a 0..1 unit square (y down). Later shapes paint over earlier ones. */
function shapes(size) {
  // Small icons get fewer, thicker strokes (Microsoft's guidance: simplify at 16 px).
  const line = size <= 20 ? 0.12 : 0.08;
  const bars = [
    { x0: 0.1, x1: 0.32, y0: 0.55 },
    { x0: 0.39, x1: 0.61, y0: 0.35 },
    { x0: 0.68, x1: 0.9, y0: 0.12 },
  ];
  const frameY = 0.3;
  return [
    ...bars.map((b, i) => ({
      color: i === 2 ? OVER : BAR,
      inside: (x, y) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= 0.92,
    })),
    // Frame line with a light gap around it, so it reads over the bar it crosses.
    {
      color: null,
      inside: (x, y) => Math.abs(y - frameY) <= line / 2 + 0.04 && x >= 0.04 && x <= 0.96,
      gapOnly: true,
    },
    {
      color: LINE,
      inside: (x, y) => Math.abs(y - frameY) <= line / 2 && x >= 0.04 && x <= 0.96,
    },
  ];
}

function render(size) {
  const ss = 8;
  const px = Buffer.alloc(size * size * 4);
  const list = shapes(size);
  for (let py = 0; py < size; py++) {
    for (let pxi = 0; pxi < size; pxi++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (pxi + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let color = null;
          for (const s of list) {
            if (!s.inside(x, y)) continue;
            color = s.gapOnly ? null : s.color;
          }
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const i = (py * size + pxi) * 4;
      if (a > 0) {
        px[i] = Math.round(r / a);
        px[i + 1] = Math.round(g / a);
        px[i + 2] = Math.round(b / a);
      }
      px[i + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  return png(size, size, px);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, render(size));
  console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
}
