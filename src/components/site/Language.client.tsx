'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { useSyncExternalStore } from 'react'

import {
  defaultLocale,
  htmlLang,
  isLocale,
  locales,
  switchLocalePath,
  type Locale,
} from '@/i18n/routing'
import { LanguageMenu } from './LanguageMenu'

/** Where the reader's choice of language is remembered (this browser only; no cookie). */
const STORAGE_KEY = 'vv-language'
const CHANGED = 'vv-language-changed'

function remembered(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return isLocale(value) ? value : null
  } catch {
    return null
  }
}

function remember(locale: Locale) {
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Private browsing without storage: the choice lasts as long as the page.
  }
  window.dispatchEvent(new Event(CHANGED))
}

/** The first of the browser's languages (its Accept-Language list) the site is written in. */
function preferredLocale(languages: readonly string[]): Locale | null {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0]
    if (isLocale(primary)) return primary
  }
  return null
}

/** The same page in each language, with its query (filters, search) kept. */
function useHrefs(): Record<Locale, string> {
  const pathname = usePathname()
  const query = useSearchParams().toString()
  return Object.fromEntries(
    locales.map((l) => [l, `${switchLocalePath(pathname, l)}${query ? `?${query}` : ''}`]),
  ) as Record<Locale, string>
}

/** The language menu; a choice made here is remembered for the next visit. */
export function LanguageSwitch({ current, label }: { current: Locale; label: string }) {
  return <LanguageMenu current={current} label={label} hrefs={useHrefs()} onChoose={remember} />
}

type Suggestion = { label: string; text: string; switch: string; dismiss: string }

const subscribe = (onChange: () => void) => {
  window.addEventListener(CHANGED, onChange)
  window.addEventListener('storage', onChange)
  return () => {
    window.removeEventListener(CHANGED, onChange)
    window.removeEventListener('storage', onChange)
  }
}

/**
 * On an English page, a reader whose browser asks for one of the other five languages (or who
 * chose one before) is offered this page in it, in that language. A suggestion, not a redirect:
 * links and crawlers keep one address per page. "No, thanks" is remembered as a choice of English.
 */
export function LanguageSuggestion({
  suggestions,
}: {
  suggestions: Record<Exclude<Locale, 'en'>, Suggestion>
}) {
  const hrefs = useHrefs()
  const offer = useSyncExternalStore(
    subscribe,
    () => remembered() ?? preferredLocale(navigator.languages ?? [navigator.language]),
    () => null,
  )
  if (!offer || offer === 'en') return null
  const s = suggestions[offer]
  return (
    <div className="lang-suggestion" lang={htmlLang(offer)} role="region" aria-label={s.label}>
      <div className="wrap lang-suggestion__inner">
        <p>{s.text}</p>
        <a href={hrefs[offer]} hrefLang={htmlLang(offer)} onClick={() => remember(offer)}>
          {s.switch}
        </a>
        <button type="button" onClick={() => remember(defaultLocale)}>
          {s.dismiss}
        </button>
      </div>
    </div>
  )
}
