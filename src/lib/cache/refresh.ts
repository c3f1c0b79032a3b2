import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { revalidatePath } from 'next/cache'
import type { Endpoint } from 'payload'

import { expireTags } from './expire'
import { collectionTag } from './tags'
import { payloadSecret, serverURL } from '@/lib/env'
import {
  REFRESH_HEADER,
  REFRESH_MARKER,
  REFRESH_PATH,
  refreshToken,
  validRefreshToken,
} from './refreshToken.mjs'

/**
 * POST /api/refresh-site — what the seed, the UpFront! importer and the restore call when they
 * have changed content behind a running server's back: every cached page and every tagged read
 * is expired, so the next request shows what the database holds (on every instance, with Redis).
 * Only a caller holding PAYLOAD_SECRET can sign the request (src/lib/cache/refreshToken.mjs).
 */
export const refreshSiteEndpoint: Endpoint = {
  path: '/refresh-site',
  method: 'post',
  handler: async (req) => {
    if (!validRefreshToken(req.headers.get(REFRESH_HEADER), payloadSecret()))
      return Response.json({ error: 'Not allowed.' }, { status: 403 })
    const slugs = req.payload.config.collections.map((c) => c.slug)
    await expireTags(
      slugs.map((s) => collectionTag(s)),
      (m) => req.payload.logger.debug(m),
    )
    try {
      revalidatePath('/', 'layout')
    } catch (err) {
      // Outside a Next.js server (tests) there are no pages to expire.
      req.payload.logger.debug(`revalidatePath skipped: ${String(err)}`)
    }
    return Response.json({ refreshed: true })
  },
}

/**
 * Asks the running site (SERVER_URL) to refresh, and says what happened, for the script's report.
 * When no server answers, leaves a note that makes the next server start refresh itself (Next's
 * cache outlives restarts), so a script run while the site is down never leaves it stale.
 */
export async function refreshRunningSite(): Promise<string> {
  const url = `${serverURL}${REFRESH_PATH}`
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { [REFRESH_HEADER]: refreshToken(payloadSecret()) },
      signal: AbortSignal.timeout(10_000),
    })
    if (res.ok) return `The running site at ${serverURL} refreshed its pages.`
    return `The site at ${serverURL} refused to refresh (${res.status}): is it using the same PAYLOAD_SECRET?`
  } catch {
    const marker = path.resolve(REFRESH_MARKER)
    await mkdir(path.dirname(marker), { recursive: true })
    await writeFile(marker, new Date().toISOString())
    return `No site answered at ${serverURL}; the next server start refreshes its pages.`
  }
}
