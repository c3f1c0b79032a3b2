'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

const labels = {
  en: {
    merge: 'Same person: merge into that record',
    confirm:
      'Merge this record into the suggested one? Its pieces move there, its empty details are filled in, and this record is removed. Do this only if you know it is the same person.',
    failed: 'That did not work: ',
  },
  es: {
    merge: 'Misma persona: unir a ese registro',
    confirm:
      '¿Unir este registro al sugerido? Sus obras pasan allí, se completan los datos vacíos y este registro se elimina. Hágalo solo si sabe que es la misma persona.',
    failed: 'No funcionó: ',
  },
}

/** On a contributor record a submission made: the editor confirms the suggested match. */
export function ConfirmMatch() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [message, setMessage] = useState('')
  const m = labels[i18n.language === 'es' ? 'es' : 'en']
  if (!id) return null
  const merge = async () => {
    if (!window.confirm(m.confirm)) return
    const res = await fetch(`/api/contributors/${id}/merge`, {
      method: 'POST',
      credentials: 'include',
    })
    const body = await res.json().catch(() => ({}))
    if (res.ok) router.push(`/admin/collections/contributors/${body.mergedInto}`)
    else setMessage(`${m.failed}${body.error ?? res.statusText}`)
  }
  return (
    <div className="vv-takedown">
      <Button buttonStyle="secondary" size="small" onClick={merge}>
        {m.merge}
      </Button>
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
