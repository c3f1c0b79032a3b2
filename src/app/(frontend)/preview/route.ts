import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { userIsEditor } from '@/access/roles'
import { getPayloadClient } from '@/lib/data/payload'
import { sameSitePath } from '@/lib/previewPath'

/**
 * /preview?path=/writing/slug — signed-in editors only: turns on Next's draft mode, so the page
 * reads the latest draft, and goes there. /preview?exit=1 turns it off again.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const draft = await draftMode()
  const safePath = sameSitePath(url.searchParams.get('path'))
  if (url.searchParams.has('exit')) {
    draft.disable()
    redirect(safePath)
  }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !userIsEditor(user))
    return new Response('Preview is for signed-in editors.', { status: 403 })
  draft.enable()
  redirect(safePath)
}
