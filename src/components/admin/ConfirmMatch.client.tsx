'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { AdminKey } from '@/i18n/admin'

/** On a contributor record a submission made: the editor confirms the suggested match. */
export function ConfirmMatch() {
  const { id } = useDocumentInfo()
  const { t } = useTranslation<object, AdminKey>()
  const router = useRouter()
  const [message, setMessage] = useState('')
  if (!id) return null
  const merge = async () => {
    if (!window.confirm(t('vv:confirmMerge'))) return
    const res = await fetch(`/api/contributors/${id}/merge`, {
      method: 'POST',
      credentials: 'include',
    })
    const body = await res.json().catch(() => ({}))
    if (res.ok) router.push(`/admin/collections/contributors/${body.mergedInto}`)
    else setMessage(`${t('vv:failed')}${body.error ?? res.statusText}`)
  }
  return (
    <div className="vv-takedown">
      <Button buttonStyle="secondary" size="small" onClick={merge}>
        {t('vv:merge')}
      </Button>
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
