'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { AdminKey } from '@/i18n/admin'
import { defaultLocale, isLocale, localeNames, locales, type Locale } from '@/i18n/routing'

type Plan = {
  included: { ref: string; title: string; credit: string }[]
  excluded: { ref: string; title: string; reason: string }[]
  downloadable: boolean
  error?: string
}

type Kind = 'anthology-pdf' | 'anthology-epub' | 'catalogue-pdf' | 'labels-pdf' | 'program-pdf'

const kindsOf: Record<string, Kind[]> = {
  compilations: ['anthology-pdf', 'anthology-epub'],
  exhibitions: ['catalogue-pdf', 'labels-pdf'],
  events: ['program-pdf'],
}

/**
 * The document's Publishing panel (anthologies, exhibitions, events): what goes in and what is
 * left out and why, then one link per file. The server checks every consent again when it makes
 * the file; this panel only shows the editor beforehand.
 */
export function Publishing() {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n, t } = useTranslation<object, AdminKey>()
  const [lang, setLang] = useState<Locale>(isLocale(i18n.language) ? i18n.language : defaultLocale)
  const [trim, setTrim] = useState('6x9')
  const [paper, setPaper] = useState('letter')
  const [answer, setAnswer] = useState<{ url: string; plan: Plan } | null>(null)
  const kinds = kindsOf[collectionSlug ?? ''] ?? []
  const planUrl =
    id && kinds.length ? `/api/outputs/plan?kind=${kinds[0]}&id=${id}&lang=${lang}` : null

  useEffect(() => {
    if (!planUrl) return
    let live = true
    fetch(planUrl, { credentials: 'include' })
      .then((res) => res.json())
      .then((plan: Plan) => live && setAnswer({ url: planUrl, plan }))
      .catch(
        (error: Error) =>
          live &&
          setAnswer({
            url: planUrl,
            plan: { included: [], excluded: [], downloadable: false, error: error.message },
          }),
      )
    return () => {
      live = false
    }
  }, [planUrl])
  // The answer shown is the one for the current choice; until it arrives, "checking".
  const plan = answer?.url === planUrl ? answer.plan : null

  if (!kinds.length) return null
  if (!id)
    return (
      <div className="vv-publishing">
        <h3>{t('vv:publishing')}</h3>
        <p>{t('vv:saveFirst')}</p>
      </div>
    )
  const href = (kind: Kind) => {
    const q = new URLSearchParams({ kind, id: String(id), lang })
    if (kind === 'anthology-pdf') q.set('trim', trim)
    if (kind !== 'anthology-pdf' && kind !== 'anthology-epub') q.set('paper', paper)
    return `/api/outputs/make?${q}`
  }
  const isBook = collectionSlug === 'compilations'
  return (
    <div className="vv-publishing">
      <h3>{t('vv:publishing')}</h3>
      <label>
        {t('vv:fileLanguage')}
        <select
          value={lang}
          onChange={(e) => setLang(isLocale(e.target.value) ? e.target.value : lang)}
        >
          {locales.map((l) => (
            <option key={l} value={l} lang={l}>
              {localeNames[l]}
            </option>
          ))}
        </select>
      </label>
      {isBook ? (
        <label>
          {t('vv:trim')}
          <select value={trim} onChange={(e) => setTrim(e.target.value)}>
            <option value="6x9">6 × 9 in (US trade)</option>
            <option value="a5">A5 (148 × 210 mm)</option>
          </select>
        </label>
      ) : (
        <label>
          {t('vv:paper')}
          <select value={paper} onChange={(e) => setPaper(e.target.value)}>
            <option value="letter">US Letter</option>
            <option value="a4">A4</option>
          </select>
        </label>
      )}
      <div role="status" aria-live="polite">
        {!plan ? (
          <p>{t('vv:checking')}</p>
        ) : plan.error ? (
          <p className="vv-publishing__error">{plan.error}</p>
        ) : (
          <>
            <p>
              {plan.included.length
                ? t('vv:included', { count: plan.included.length })
                : t('vv:nothingYet')}
            </p>
            {plan.excluded.length ? (
              <>
                <p>{t('vv:leftOut')}</p>
                <ul>
                  {plan.excluded.map((e) => (
                    <li key={e.ref}>
                      <strong>{e.title}</strong> — {e.reason}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
      </div>
      <ul className="vv-publishing__files">
        {kinds.map((kind) => (
          <li key={kind}>
            <a className="btn btn--style-secondary btn--size-small" href={href(kind)} download>
              {t(`vv:kind-${kind}`)}
            </a>
          </li>
        ))}
      </ul>
      <p className="vv-publishing__hint">{t('vv:slow')}</p>
    </div>
  )
}
