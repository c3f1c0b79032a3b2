import sharp from 'sharp'

let cover: Promise<Buffer> | undefined

/** The show's square artwork (1400×1400 JPEG, as podcast directories ask), drawn once by sharp. */
function drawCover() {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="1400" viewBox="0 0 1400 1400">
  <rect width="1400" height="1400" fill="#b3261e"/>
  <rect x="90" y="90" width="1220" height="1220" rx="60" fill="none" stroke="#fff8ef" stroke-width="16"/>
  <text x="700" y="700" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="240" fill="#fff8ef">UpFront!</text>
  <text x="700" y="860" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="64" fill="#fff8ef">worker radio on social justice</text>
  <text x="700" y="1180" text-anchor="middle" font-family="DejaVu Serif, serif" font-size="72" fill="#fff8ef">Voice &amp; Visibility</text>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer()
}

export async function GET() {
  cover ??= drawCover()
  const body = await cover
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'image/jpeg',
      'Content-Length': String(body.length),
      'Cache-Control': 'public, max-age=86400',
    },
  })
}
