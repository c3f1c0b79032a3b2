'use client'

import { usePathname, useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Shown to an editor previewing a draft: says so, offers a way out, and re-renders the page each
 * time the document is saved in the admin's live preview. It speaks Payload's live-preview
 * messages itself (`payload-live-preview` ready, `payload-document-event` on save): the
 * @payloadcms/live-preview-react package has no release matching this Payload version, and
 * Payload refuses to start with mismatched packages.
 */
export function PreviewBar({ label, exit }: { label: string; exit: string }) {
  const router = useRouter()
  const pathname = usePathname()
  useEffect(() => {
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      if (event.origin === origin && event.data?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    const admin = window.opener || (window.parent !== window ? window.parent : null)
    admin?.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return (
    <div className="preview-bar" role="status">
      <span>{label}</span>{' '}
      <a href={`/preview?exit=1&path=${encodeURIComponent(pathname)}`}>{exit}</a>
    </div>
  )
}
