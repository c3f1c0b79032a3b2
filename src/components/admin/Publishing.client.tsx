'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { defaultLocale, isLocale, localeNames, locales, type Locale } from '@/i18n/routing'

type Plan = {
  included: { ref: string; title: string; credit: string }[]
  excluded: { ref: string; title: string; reason: string }[]
  downloadable: boolean
  error?: string
}

const labels = {
  en: {
    heading: 'Publishing',
    language: 'Language of the file',
    trim: 'Trim size',
    paper: 'Paper',
    checking: 'Checking consents…',
    included: (n: number) => `${n} piece${n === 1 ? '' : 's'} will be included.`,
    excluded: 'Left out:',
    none: 'Nothing can go in yet: no piece here is published with the consent this needs.',
    save: 'Save the document first.',
    slow: 'Files are made on the server and kept until something in them changes; the first one takes a few seconds.',
    kinds: {
      'anthology-pdf': 'Book (PDF, print-ready)',
      'anthology-epub': 'E-book (EPUB 3)',
      'catalogue-pdf': 'Catalogue (PDF)',
      'labels-pdf': 'Wall labels (PDF)',
      'program-pdf': 'Program (PDF)',
    },
  },
  es: {
    heading: 'Publicación',
    language: 'Idioma del archivo',
    trim: 'Tamaño de página',
    paper: 'Papel',
    checking: 'Revisando permisos…',
    included: (n: number) => `Se incluirán ${n} obra${n === 1 ? '' : 's'}.`,
    excluded: 'Excluidas:',
    none: 'Todavía no puede entrar nada: ninguna obra está publicada con el permiso necesario.',
    save: 'Guarde el documento primero.',
    slow: 'Los archivos se generan en el servidor y se guardan hasta que cambie algo de su contenido; el primero tarda unos segundos.',
    kinds: {
      'anthology-pdf': 'Libro (PDF, para imprenta)',
      'anthology-epub': 'Libro electrónico (EPUB 3)',
      'catalogue-pdf': 'Catálogo (PDF)',
      'labels-pdf': 'Cédulas (PDF)',
      'program-pdf': 'Programa (PDF)',
    },
  },
}

type Kind = keyof (typeof labels)['en']['kinds']
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
  const { i18n } = useTranslation()
  const m = labels[i18n.language === 'es' ? 'es' : 'en']
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
        <h3>{m.heading}</h3>
        <p>{m.save}</p>
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
      <h3>{m.heading}</h3>
      <label>
        {m.language}
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
          {m.trim}
          <select value={trim} onChange={(e) => setTrim(e.target.value)}>
            <option value="6x9">6 × 9 in (US trade)</option>
            <option value="a5">A5 (148 × 210 mm)</option>
          </select>
        </label>
      ) : (
        <label>
          {m.paper}
          <select value={paper} onChange={(e) => setPaper(e.target.value)}>
            <option value="letter">US Letter</option>
            <option value="a4">A4</option>
          </select>
        </label>
      )}
      <div role="status" aria-live="polite">
        {!plan ? (
          <p>{m.checking}</p>
        ) : plan.error ? (
          <p className="vv-publishing__error">{plan.error}</p>
        ) : (
          <>
            <p>{plan.included.length ? m.included(plan.included.length) : m.none}</p>
            {plan.excluded.length ? (
              <>
                <p>{m.excluded}</p>
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
              {m.kinds[kind]}
            </a>
          </li>
        ))}
      </ul>
      <p className="vv-publishing__hint">{m.slow}</p>
    </div>
  )
}
