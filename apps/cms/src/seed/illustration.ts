import sharp from 'sharp'

const size = { width: 1600, height: 900 }

/**
 * An abstract hero illustration (two places joined by an arc) in the piece's colour. The original
 * photos are not ours to use, and the seed never fetches anything from the network.
 */
export async function renderIllustration(color: string, seed: number): Promise<Buffer> {
  const x1 = 300 + (seed * 97) % 300
  const x2 = 1100 + (seed * 53) % 250
  const y1 = 520 + (seed * 31) % 180
  const y2 = 380 + (seed * 17) % 200
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${color}"/><stop offset="1" stop-color="#1d2733"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <path d="M${x1},${y1} Q${(x1 + x2) / 2},${Math.min(y1, y2) - 320} ${x2},${y2}" fill="none" stroke="#fff" stroke-opacity="0.8" stroke-width="10" stroke-dasharray="28 18"/>
  <circle cx="${x1}" cy="${y1}" r="46" fill="#fff" fill-opacity="0.9"/>
  <circle cx="${x2}" cy="${y2}" r="46" fill="#fff" fill-opacity="0.9"/>
  <circle cx="${x1}" cy="${y1}" r="120" fill="none" stroke="#fff" stroke-opacity="0.25" stroke-width="4"/>
  <circle cx="${x2}" cy="${y2}" r="120" fill="none" stroke="#fff" stroke-opacity="0.25" stroke-width="4"/>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
