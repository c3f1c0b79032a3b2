import { readFileSync } from 'node:fs'
import path from 'node:path'

import { LOCALES } from '../../src/i18n/locales.mjs'

/**
 * Every public page of the seeded demo: a sentence of the interface each must show in its
 * language (a key of src/i18n/messages), and content it must show in English and in Spanish.
 * Shared by the page tests, the accessibility scan and the HTML validity check.
 */
export type PublicRoute = {
  path: string
  key: string
  en: string
  es: string
  status?: number
  /** A private page (a receipt): never indexed, so it names no other versions. */
  private?: true
}

export const publicRoutes: PublicRoute[] = [
  { path: '/', key: 'home.latestWriting', en: 'Latest writing', es: 'Escritos recientes' },
  {
    path: '/writing',
    key: 'writing.intro',
    en: 'Night Shift at the Dining Hall',
    es: 'Turno de noche en el comedor',
  },
  {
    path: '/writing/night-shift',
    key: 'writing.topics',
    en: 'The trays come back like tides',
    es: 'Turno de noche en el comedor',
  },
  { path: '/art', key: 'art.intro', en: 'Steam and Light', es: 'Steam and Light' },
  {
    path: '/art/steam-and-light',
    key: 'art.statement',
    en: 'Artist statement',
    es: 'Declaración de la artista',
  },
  {
    path: '/exhibitions',
    key: 'exhibitions.intro',
    en: 'Building Bridges 2026',
    es: 'Hands at Work',
  },
  {
    path: '/exhibitions/hands-at-work',
    key: 'exhibitions.works',
    en: 'The works, in hanging order',
    es: 'Las obras, en orden de montaje',
  },
  {
    path: '/compilations',
    key: 'compilations.intro',
    en: 'Night Shift Voices',
    es: 'Many Tongues, One Table',
  },
  {
    path: '/compilations/night-shift-voices',
    key: 'compilations.contributors',
    en: 'About the contributors',
    es: 'Sobre quienes colaboran',
  },
  {
    path: '/upfront',
    key: 'upfront.intro',
    en: 'Owning the Work: Cooperatives',
    es: 'Who Cleans the Campus',
  },
  {
    path: '/upfront/455',
    key: 'upfront.segments',
    en: 'Interview segments',
    es: 'Segmentos de entrevista',
  },
  {
    path: '/upfront/455/transcript',
    key: 'upfront.backToEpisode',
    en: 'Back to the episode',
    es: 'Volver al episodio',
  },
  { path: '/guests', key: 'guests.intro', en: 'Dr. Alicia Moreno', es: 'Marie-Claude Étienne' },
  {
    path: '/guests/joe-nakamura',
    key: 'guests.episodes',
    en: 'Owning the Work: Cooperatives',
    es: 'Episodios',
  },
  {
    path: '/interviews/upfront-455-1',
    key: 'interviews.onEpisode',
    en: 'Joe Nakamura on owning the work',
    es: 'En el episodio',
  },
  {
    path: '/events',
    key: 'events.past',
    en: 'Building Bridges Showcase',
    es: 'Eventos anteriores',
  },
  {
    path: '/events/building-bridges-showcase-2026',
    key: 'events.accessibility',
    en: 'Accessibility',
    es: 'Accesibilidad',
  },
  {
    path: '/contributors/rosa-martinez',
    key: 'contributor.work',
    en: 'Night Shift at the Dining Hall',
    es: 'Obra publicada',
  },
  {
    path: '/numbers',
    key: 'numbers.writers',
    en: 'worker writers published',
    es: 'escritores trabajadores publicados',
  },
  {
    path: '/search?q=union',
    key: 'search.label',
    en: 'results for “union”',
    es: 'resultados para «union»',
  },
  { path: '/submit', key: 'submit.title', en: 'Send us your work', es: 'Envíenos su obra' },
  {
    path: '/submit/status/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    key: 'status.notFound',
    private: true,
    en: 'We could not find a submission with this code.',
    es: 'No encontramos ningún envío con este código.',
  },
  {
    path: '/no-such-page',
    key: 'notFound.title',
    en: 'Page not found',
    es: 'Página no encontrada',
    status: 404,
  },
]

/** Pieces the seed leaves unpublished (submitted, in review, declined): never on a public page. */
export const unpublished = ['The Pantry on Floor B', 'El uniforme', 'Parking Lot Rules']

export const languages = LOCALES
export type Language = (typeof LOCALES)[number]

// The site's own address and `lang` rules, not a copy of them.
export { htmlLang, localePath as localized } from '../../src/i18n/routing'

const files = Object.fromEntries(
  LOCALES.map((l) => [
    l,
    JSON.parse(
      readFileSync(path.join(import.meta.dirname, '../../src/i18n/messages', `${l}.json`), 'utf8'),
    ),
  ]),
) as Record<Language, unknown>

/** A plain (argument-free) interface string, as the language file has it. */
export function message(lang: Language, key: string): string {
  let node = files[lang]
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part]
  if (typeof node !== 'string') throw new Error(`no message ${key} in ${lang}`)
  return node
}
