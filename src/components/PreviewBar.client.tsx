'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { usePathname, useRouter } from 'next/navigation'

/**
 * Shown to an editor previewing a draft: says so, offers a way out, and re-renders the page each
 * time the document is saved in the admin's live preview.
 */
export function PreviewBar({ label, exit }: { label: string; exit: string }) {
  const router = useRouter()
  const pathname = usePathname()
  return (
    <div className="preview-bar" role="status">
      <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={window.location.origin} />
      <span>{label}</span>{' '}
      <a href={`/preview?exit=1&path=${encodeURIComponent(pathname)}`}>{exit}</a>
    </div>
  )
}
