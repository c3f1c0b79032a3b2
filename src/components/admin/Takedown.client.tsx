'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

const labels = {
  en: {
    heading: 'Takedown',
    unpublish: 'Unpublish now',
    anonymize: 'Make anonymous now',
    confirmUnpublish: 'Unpublish this piece now? It disappears from the public site at once.',
    confirmAnonymize:
      'Switch the credit to anonymous now? The name disappears from the public site at once.',
    done: 'Done: the public site no longer shows it.',
    failed: 'That did not work: ',
  },
  es: {
    heading: 'Retirar',
    unpublish: 'Despublicar ahora',
    anonymize: 'Hacer anónima ahora',
    confirmUnpublish: '¿Despublicar esta obra ahora? Desaparece del sitio público de inmediato.',
    confirmAnonymize:
      '¿Cambiar el crédito a anónimo ahora? El nombre desaparece del sitio público de inmediato.',
    done: 'Hecho: el sitio público ya no la muestra.',
    failed: 'No funcionó: ',
  },
}

/** Editors' one-click takedown in the document sidebar: unpublish, or credit as anonymous. */
export function Takedown() {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [message, setMessage] = useState('')
  const m = labels[i18n.language === 'es' ? 'es' : 'en']
  if (!id) return null
  const run = async (action: 'unpublish' | 'anonymize') => {
    if (!window.confirm(action === 'unpublish' ? m.confirmUnpublish : m.confirmAnonymize)) return
    const res = await fetch(`/api/${collectionSlug}/${id}/takedown`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action }),
    })
    const body = await res.json().catch(() => ({}))
    setMessage(res.ok ? m.done : `${m.failed}${body.error ?? res.statusText}`)
    if (res.ok) router.refresh()
  }
  return (
    <div className="vv-takedown">
      <h3>{m.heading}</h3>
      <Button buttonStyle="secondary" size="small" onClick={() => run('unpublish')}>
        {m.unpublish}
      </Button>
      <Button buttonStyle="secondary" size="small" onClick={() => run('anonymize')}>
        {m.anonymize}
      </Button>
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
