/** UI strings per language. Content language is per piece; this is the interface. */
export const messages = {
  en: {
    siteName: 'Voice & Visibility',
    tagline: 'Writing, art and radio by the people who keep the university running.',
    skipToContent: 'Skip to content',
    latestWriting: 'Latest writing',
    latestArt: 'Latest art',
    latestEpisodes: 'Latest from UpFront!',
    anonymous: 'Anonymous worker',
    episode: 'Episode',
    nothingYet: 'Nothing published here yet.',
    footer: 'A worker-education program publishing worker voice and art.',
    editorsLink: 'Editors’ sign-in',
    forms: {
      poem: 'Poem',
      story: 'Story',
      essay: 'Essay',
      testimony: 'Testimony',
      oral_history: 'Oral history',
      other: 'Other',
    },
  },
  es: {
    siteName: 'Voz y Visibilidad',
    tagline: 'Escritura, arte y radio de quienes mantienen funcionando la universidad.',
    skipToContent: 'Saltar al contenido',
    latestWriting: 'Escritos recientes',
    latestArt: 'Arte reciente',
    latestEpisodes: 'Lo último de UpFront!',
    anonymous: 'Trabajador/a anónimo/a',
    episode: 'Episodio',
    nothingYet: 'Todavía no hay nada publicado aquí.',
    footer: 'Un programa de educación obrera que publica la voz y el arte de los trabajadores.',
    editorsLink: 'Acceso para editores',
    forms: {
      poem: 'Poema',
      story: 'Cuento',
      essay: 'Ensayo',
      testimony: 'Testimonio',
      oral_history: 'Historia oral',
      other: 'Otro',
    },
  },
} as const

export type Locale = keyof typeof messages
export const t = (locale: Locale) => messages[locale]

export const languageNames: Record<string, string> = {
  en: 'English',
  es: 'Español',
  pt: 'Português',
  ht: 'Kreyòl ayisyen',
  zh: '中文',
  vi: 'Tiếng Việt',
  other: '—',
}
