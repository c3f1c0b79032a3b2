import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import { userIsEditor } from '@/access/roles'
import { getPayloadClient } from '@/lib/data/payload'
import type { User } from '@/payload-types'

/**
 * The editor looking at a draft, when the page is in preview mode (turned on by /preview for a
 * signed-in editor); otherwise null and the page shows published content from the cache. Once per
 * request: the page and its metadata both ask.
 */
export const previewViewer = cache(async function previewViewer(): Promise<User | null> {
  if (!(await draftMode()).isEnabled) return null
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && userIsEditor(user) ? (user as User) : null
})
