'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { usePathname, useRouter } from 'next/navigation'
import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/**
 * Shown to an editor previewing a draft: says so, offers a way out, and — inside the admin's live
 * preview — re-renders the page from the server each time the document is saved, through
 * Payload's own RefreshRouteOnSave (the page stays a server component: rich text, credits and
 * access rules render exactly as the public page will).
 */
export function PreviewBar({ label, exit }: { label: string; exit: string }) {
  const router = useRouter()
  const pathname = usePathname()
  // This site's origin, once in the browser (the admin that frames the preview is on it too).
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => null,
  )
  return (
    <div className="preview-bar" role="status">
      {origin ? <RefreshRouteOnSave refresh={router.refresh} serverURL={origin} /> : null}
      <span>{label}</span>{' '}
      <a href={`/preview?exit=1&path=${encodeURIComponent(pathname)}`}>{exit}</a>
    </div>
  )
}
