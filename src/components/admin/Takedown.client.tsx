'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useId, useState } from 'react'

const labels = {
  en: {
    heading: 'Takedown',
    reason: 'Reason (kept in the audit log for editors; never public)',
    needReason: 'Write the reason first.',
    unpublish: 'Unpublish now',
    anonymize: 'Make anonymous now',
    confirmUnpublish: 'Unpublish this piece now? It disappears from the public site at once.',
    confirmAnonymize:
      'Switch the credit to anonymous now? The name disappears from the public site at once.',
    done: 'Done: the public site no longer shows it.',
    failed: 'That did not work: ',
    notPublic: 'Not on the public site: nothing to take down.',
    last: 'Last takedown',
  },
  es: {
    heading: 'Retirar',
    reason: 'Motivo (queda en el registro de auditoría para editores; nunca es público)',
    needReason: 'Escriba primero el motivo.',
    unpublish: 'Despublicar ahora',
    anonymize: 'Hacer anónima ahora',
    confirmUnpublish: '¿Despublicar esta obra ahora? Desaparece del sitio público de inmediato.',
    confirmAnonymize:
      '¿Cambiar el crédito a anónimo ahora? El nombre desaparece del sitio público de inmediato.',
    done: 'Hecho: el sitio público ya no la muestra.',
    failed: 'No funcionó: ',
    notPublic: 'No está en el sitio público: no hay nada que retirar.',
    last: 'Última retirada',
  },
}

type Entry = { createdAt: string; userEmail?: string; detail?: string }

/**
 * Editors' takedown in the document sidebar: unpublish, or credit as anonymous, with a reason
 * (src/lib/editorial/takedown.ts). Shows the last takedown of this piece from the audit log.
 */
export function Takedown() {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { i18n } = useTranslation()
  const router = useRouter()
  const reasonId = useId()
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState('')
  const [last, setLast] = useState<Entry | null>(null)
  const lang = i18n.language === 'es' ? 'es' : 'en'
  const m = labels[lang]

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
      setMessage(m.needReason)
      return
    }
    if (!window.confirm(action === 'unpublish' ? m.confirmUnpublish : m.confirmAnonymize)) return
    const res = await fetch(`/api/${collectionSlug}/${id}/takedown`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action, reason }),
    })
    const body = await res.json().catch(() => ({}))
    setMessage(res.ok ? m.done : `${m.failed}${body.error ?? res.statusText}`)
    if (res.ok) {
      setReason('')
      router.refresh()
    }
  }
  return (
    <div className="vv-takedown">
      <h3>{m.heading}</h3>
      {hasPublishedDoc ? (
        <>
          <label htmlFor={reasonId}>{m.reason}</label>
          <textarea
            id={reasonId}
            rows={3}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button buttonStyle="secondary" size="small" onClick={() => run('unpublish')}>
            {m.unpublish}
          </Button>
          <Button buttonStyle="secondary" size="small" onClick={() => run('anonymize')}>
            {m.anonymize}
          </Button>
        </>
      ) : (
        <p>{m.notPublic}</p>
      )}
      {message ? <p role="status">{message}</p> : null}
      {last ? (
        <p className="vv-takedown__last">
          {m.last}: {new Date(last.createdAt).toLocaleString(lang)} · {last.userEmail} ·{' '}
          {last.detail}
        </p>
      ) : null}
    </div>
  )
}
