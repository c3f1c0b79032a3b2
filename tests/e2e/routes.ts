/**
 * Every public page of the seeded demo, with text each must show in English and in Spanish.
 * Shared by the page tests and the accessibility scan.
 */
export type PublicRoute = { path: string; en: string; es: string; status?: number }

export const publicRoutes: PublicRoute[] = [
  { path: '/', en: 'Latest writing', es: 'Escritos recientes' },
  { path: '/writing', en: 'Night Shift at the Dining Hall', es: 'Turno de noche en el comedor' },
  {
    path: '/writing/night-shift',
    en: 'The trays come back like tides',
    es: 'Turno de noche en el comedor',
  },
  { path: '/art', en: 'Steam and Light', es: 'Steam and Light' },
  { path: '/art/steam-and-light', en: 'Artist statement', es: 'Declaración de la artista' },
  { path: '/exhibitions', en: 'Building Bridges 2026', es: 'Hands at Work' },
  {
    path: '/exhibitions/hands-at-work',
    en: 'The works, in hanging order',
    es: 'Las obras, en orden de montaje',
  },
  { path: '/compilations', en: 'Night Shift Voices', es: 'Many Tongues, One Table' },
  {
    path: '/compilations/night-shift-voices',
    en: 'About the contributors',
    es: 'Sobre quienes colaboran',
  },
  { path: '/upfront', en: 'Owning the Work: Cooperatives', es: 'Who Cleans the Campus' },
  { path: '/upfront/455', en: 'Interview segments', es: 'Segmentos de entrevista' },
  { path: '/upfront/455/transcript', en: 'Back to the episode', es: 'Volver al episodio' },
  { path: '/guests', en: 'Dr. Alicia Moreno', es: 'Marie-Claude Étienne' },
  { path: '/guests/joe-nakamura', en: 'Owning the Work: Cooperatives', es: 'Episodios' },
  {
    path: '/interviews/upfront-455-1',
    en: 'Joe Nakamura on owning the work',
    es: 'En el episodio',
  },
  { path: '/events', en: 'Building Bridges Showcase', es: 'Eventos anteriores' },
  { path: '/events/building-bridges-showcase-2026', en: 'Accessibility', es: 'Accesibilidad' },
  {
    path: '/contributors/rosa-martinez',
    en: 'Night Shift at the Dining Hall',
    es: 'Obra publicada',
  },
  { path: '/numbers', en: 'worker writers published', es: 'escritores trabajadores publicados' },
  { path: '/search?q=union', en: 'results for “union”', es: 'resultados para «union»' },
  { path: '/submit', en: 'Send us your work', es: 'Envíenos su obra' },
  {
    path: '/submit/status/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    en: 'We could not find a submission with this code.',
    es: 'No encontramos ningún envío con este código.',
  },
  { path: '/no-such-page', en: 'Page not found', es: 'Página no encontrada', status: 404 },
]

export const localized = (lang: 'en' | 'es', path: string) =>
  lang === 'en' ? path : path === '/' ? '/es' : `/es${path}`
