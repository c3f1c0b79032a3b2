'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useId, useState } from 'react'

import type { AdminKey } from '@/i18n/admin'

type Entry = { createdAt: string; userEmail?: string; detail?: string }

/**
 * Editors' takedown in the document sidebar: unpublish, or credit as anonymous, with a reason
 * (src/lib/editorial/takedown.ts). Shows the last takedown of this piece from the audit log.
 */
export function Takedown() {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { i18n, t } = useTranslation<object, AdminKey>()
  const router = useRouter()
  const reasonId = useId()
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState('')
  const [last, setLast] = useState<Entry | null>(null)

  useEffect(() => {
    if (!id) return
    const q = new URLSearchParams({
      'where[collection][equals]': String(collectionSlug),
      'where[documentId][equals]': String(id),
      'where[action][equals]': 'takenDown',
      sort: '-createdAt',
      limit: '1',
      depth: '0',
    })
    fetch(`/api/audit-log?${q}`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : { docs: [] }))
      .then((body: { docs?: Entry[] }) => setLast(body.docs?.[0] ?? null))
      .catch(() => setLast(null))
  }, [id, collectionSlug, message])

  if (!id) return null
  const run = async (action: 'unpublish' | 'anonymize') => {
    if (!reason.trim()) {
      setMessage(t('vv:needReason'))
      return
    }
    if (
      !window.confirm(action === 'unpublish' ? t('vv:confirmUnpublish') : t('vv:confirmAnonymize'))
    )
      return
    const res = await fetch(`/api/${collectionSlug}/${id}/takedown`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action, reason }),
    })
    const body = await res.json().catch(() => ({}))
    setMessage(res.ok ? t('vv:done') : `${t('vv:failed')}${body.error ?? res.statusText}`)
    if (res.ok) {
      setReason('')
      router.refresh()
    }
  }
  return (
    <div className="vv-takedown">
      <h3>{t('vv:takedown')}</h3>
      {hasPublishedDoc ? (
        <>
          <label htmlFor={reasonId}>{t('vv:reason')}</label>
          <textarea
            id={reasonId}
            rows={3}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button buttonStyle="secondary" size="small" onClick={() => run('unpublish')}>
            {t('vv:unpublish')}
          </Button>
          <Button buttonStyle="secondary" size="small" onClick={() => run('anonymize')}>
            {t('vv:anonymize')}
          </Button>
        </>
      ) : (
        <p>{t('vv:notPublic')}</p>
      )}
      {message ? <p role="status">{message}</p> : null}
      {last ? (
        <p className="vv-takedown__last">
          {t('vv:lastTakedown')}: {new Date(last.createdAt).toLocaleString(i18n.language)} ·{' '}
          {last.userEmail} · {last.detail}
        </p>
      ) : null}
    </div>
  )
}
