import sharp from 'sharp'

/** A small deterministic PRNG so the demo is the same on every machine. */
export function seededRandom(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const palettes = [
  ['#b3261e', '#f2c14e', '#1f1a17', '#fff8ef'],
  ['#2b59c3', '#f7b32b', '#e4572e', '#f5f0e6'],
  ['#2e7d32', '#c0ca33', '#33261d', '#fbf5e9'],
  ['#6a1b9a', '#ec407a', '#ffca28', '#fff7f0'],
  ['#00695c', '#ff7043', '#263238', '#f1f8e9'],
]

/** An abstract "painting" made with sharp from SVG shapes: demo artwork, obviously generated. */
export async function makeArtworkImage(seed: number, width = 1600, height = 1200): Promise<Buffer> {
  const rand = seededRandom(seed)
  const [a, b, c, bg] = palettes[seed % palettes.length]
  const shapes: string[] = []
  for (let i = 0; i < 14; i++) {
    const color = [a, b, c][i % 3]
    const x = Math.round(rand() * width)
    const y = Math.round(rand() * height)
    const r = Math.round(60 + rand() * 260)
    shapes.push(
      i % 2 === 0
        ? `<circle cx="${x}" cy="${y}" r="${r}" fill="${color}" fill-opacity="${(0.35 + rand() * 0.5).toFixed(2)}"/>`
        : `<rect x="${x - r}" y="${y - r / 2}" width="${r * 1.6}" height="${r}" fill="${color}" fill-opacity="${(0.3 + rand() * 0.5).toFixed(2)}" transform="rotate(${Math.round(rand() * 60 - 30)} ${x} ${y})"/>`,
    )
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${bg}"/>${shapes.join('')}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}

/** A portrait placeholder: initials on a colour field (demo only). */
export async function makePortrait(seed: number, initials: string): Promise<Buffer> {
  const [a, , , bg] = palettes[seed % palettes.length]
  const safe = initials
    .replace(/[^\p{L}]/gu, '')
    .slice(0, 2)
    .toUpperCase()
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800"><rect width="100%" height="100%" fill="${a}"/><circle cx="400" cy="330" r="170" fill="${bg}" fill-opacity="0.9"/><rect x="170" y="540" width="460" height="300" rx="220" fill="${bg}" fill-opacity="0.9"/><text x="400" y="380" font-family="sans-serif" font-size="150" font-weight="700" text-anchor="middle" fill="${a}">${safe}</text></svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

/** A short WAV (16-bit mono PCM): a gentle two-tone chime standing in for an episode. */
export function makeWav(seconds: number, baseHz: number, sampleRate = 8000): Buffer {
  const samples = Math.round(seconds * sampleRate)
  const data = Buffer.alloc(samples * 2)
  for (let i = 0; i < samples; i++) {
    const t = i / sampleRate
    const envelope = Math.min(1, t * 4, (seconds - t) * 4)
    const value =
      0.3 * Math.sin(2 * Math.PI * baseHz * t) + 0.15 * Math.sin(2 * Math.PI * baseHz * 1.5 * t)
    data.writeInt16LE(Math.round(value * envelope * 32767), i * 2)
  }
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + data.length, 4)
  header.write('WAVE', 8)
  header.write('fmt ', 12)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20)
  header.writeUInt16LE(1, 22)
  header.writeUInt32LE(sampleRate, 24)
  header.writeUInt32LE(sampleRate * 2, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36)
  header.writeUInt32LE(data.length, 40)
  return Buffer.concat([header, data])
}
