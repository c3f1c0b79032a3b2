import { htmlLang, localeNames, localeShortName, locales, type Locale } from '@/i18n/routing'

/** The globe: the one sign for "language" a reader of any of the six recognises. */
function Globe() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path
        d="M2.5 12h19M12 2.5c2.6 2.6 3.9 5.8 3.9 9.5s-1.3 6.9-3.9 9.5M12 2.5C9.4 5.1 8.1 8.3 8.1 12s1.3 6.9 3.9 9.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      />
    </svg>
  )
}

/**
 * The language menu: every language in its own name, the current one marked. A disclosure
 * (details/summary), so it opens from the keyboard and without JavaScript.
 */
export function LanguageMenu({
  current,
  label,
  hrefs,
  onChoose,
}: {
  current: Locale
  label: string
  hrefs: Record<Locale, string>
  onChoose?: (locale: Locale) => void
}) {
  return (
    <details className="lang-menu">
      <summary>
        <Globe />
        <span lang={htmlLang(current)}>{localeShortName(current)}</span>
        <span className="visually-hidden">, {label}</span>
      </summary>
      <ul role="list">
        {locales.map((l) => (
          <li key={l}>
            <a
              href={hrefs[l]}
              hrefLang={htmlLang(l)}
              lang={htmlLang(l)}
              aria-current={l === current ? 'true' : undefined}
              onClick={onChoose ? () => onChoose(l) : undefined}
            >
              {localeNames[l]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  )
}
