import type { Contributor } from '@/payload-types'

type DemoPerson = Pick<
  Contributor,
  'displayName' | 'legalName' | 'publicProfile' | 'languages' | 'workplace' | 'bio'
>

/** Demo contributors. Private fields are filled so tests can prove they never leak. */
export const demoContributors = (
[
  { displayName: 'Rosa Martínez', legalName: 'Rosa Elena Martínez Duarte', publicProfile: true, languages: ['es', 'en'], workplace: 'Dining Services, Hall B', bio: 'Cook and poet. Writes between the breakfast and lunch shifts.' },
  { displayName: 'Marcus Lee', legalName: 'Marcus T. Lee', publicProfile: false, languages: ['en'], workplace: 'Custodial Services, North Campus', bio: 'Custodian and writer.' },
  { displayName: 'Ana Paula Souza', legalName: 'Ana Paula de Souza Lima', publicProfile: true, languages: ['pt', 'en'], workplace: 'Facilities, Science Center', bio: 'Custodian, mother, student of the Tuesday writing class.' },
  { displayName: 'Dolores Hart', legalName: 'Dolores Hartwell', publicProfile: true, languages: ['en'], workplace: 'Registrar’s Office', bio: 'Clerical worker and steward; writes essays about work.' },
  { displayName: 'Jean-Baptiste Pierre', legalName: 'Jean-Baptiste Pierre-Louis', publicProfile: false, languages: ['ht', 'en'], workplace: 'Grounds Department, East Yard', bio: 'Grounds crew.' },
  { displayName: 'Kevin O’Brien', legalName: 'Kevin Patrick O’Brien', publicProfile: true, languages: ['en'], workplace: 'Mail Services', bio: 'Mail room clerk, keeper of his grandmother’s stories.' },
  { displayName: 'Carmen Rivera', legalName: 'María del Carmen Rivera Soto', publicProfile: true, languages: ['es'], workplace: 'Dining Services, Hall A', bio: 'Cocinera durante veintiocho años.' },
  { displayName: 'Lucía Gómez', legalName: 'Lucía Gómez Herrera', publicProfile: false, languages: ['es'], workplace: 'Dining Services, Catering', bio: 'Cook.' },
  { displayName: 'Darnell Brooks', legalName: 'Darnell A. Brooks', publicProfile: true, languages: ['en'], workplace: 'Transportation Office, Lot D', bio: 'Shuttle driver who writes on the night route.' },
  { displayName: 'José Hernández', legalName: 'José Luis Hernández Ortega', publicProfile: true, languages: ['es', 'en'], workplace: 'Library Custodial', bio: 'Custodian at the main library; reader of everything on the poetry shelf.' },
  { displayName: 'Mei Chen', legalName: 'Chen Mei Ling', publicProfile: true, languages: ['zh', 'en'], workplace: 'Dining Services, Hall C', bio: 'Line cook and poet writing in Chinese and English.' },
  { displayName: 'Nguyễn Thị Lan', legalName: 'Nguyễn Thị Lan Phương', publicProfile: true, languages: ['vi', 'en'], workplace: 'Housekeeping, Residence Halls', bio: 'Housekeeper, writes short poems about home.' },
  { displayName: 'Sam Whitaker', legalName: 'Samantha Whitaker', publicProfile: true, languages: ['en'], workplace: 'Facilities, Humanities', bio: 'Essayist and custodian.' },
  { displayName: 'Elena Castro', legalName: 'Elena Castro Méndez', publicProfile: true, languages: ['es'], workplace: 'Dining Services, Hall B', bio: 'Escribe cuentos sobre la huelga de 2019.' },
  { displayName: 'Fabienne Joseph', legalName: 'Fabienne Marie Joseph-Toussaint', publicProfile: false, languages: ['ht'], workplace: 'Housekeeping, Tower B', bio: 'Writer.' },
  { displayName: 'Tom Kowalski', legalName: 'Thomas J. Kowalski', publicProfile: true, languages: ['en'], workplace: 'Power Plant', bio: 'Boiler operator and father of two.' },
  { displayName: 'Abena Mensah', legalName: 'Abena Serwaa Mensah', publicProfile: true, languages: ['en'], workplace: 'Clerical, Medical School', bio: 'Administrative assistant and painter.' },
  { displayName: 'Luis Ortega', legalName: 'Luis Alberto Ortega', publicProfile: false, languages: ['en', 'es'], workplace: 'Dining Services, Central Kitchen', bio: 'Dishwasher.' },
  { displayName: 'Beatriz Lopes', legalName: 'Beatriz Lopes Ferreira', publicProfile: false, languages: ['es', 'pt'], workplace: 'Laundry Plant, Building 7', bio: 'Laundry worker.' },
  { displayName: 'Grace Kim', legalName: 'Grace Soo-jin Kim', publicProfile: true, languages: ['en'], workplace: 'Parking Services', bio: 'Parking attendant, photographer and essayist.' },
] satisfies DemoPerson[]
).map((person, i) => ({
  ...person,
  email: `worker${i + 1}@example.org`,
  phone: `+1 617 555 01${String(i + 10).padStart(2, '0')}`,
  union: i % 2 === 0 ? 'SEIU Local 615 (demo)' : 'UNITE HERE Local 26 (demo)',
}))

export const demoTopics = [
  { slug: 'work', en: 'Work', es: 'Trabajo' },
  { slug: 'night', en: 'Night shift', es: 'Turno de noche' },
  { slug: 'dignity', en: 'Dignity', es: 'Dignidad' },
  { slug: 'immigration', en: 'Immigration', es: 'Inmigración' },
  { slug: 'family', en: 'Family', es: 'Familia' },
  { slug: 'health', en: 'Health and safety', es: 'Salud y seguridad' },
  { slug: 'union', en: 'Union', es: 'Sindicato' },
  { slug: 'city', en: 'The city', es: 'La ciudad' },
  { slug: 'education', en: 'Education', es: 'Educación' },
  { slug: 'language', en: 'Language', es: 'Idioma' },
  { slug: 'food', en: 'Food', es: 'Comida' },
  { slug: 'housing', en: 'Housing', es: 'Vivienda' },
]

export const demoGuests = [
  { name: 'Dr. Alicia Moreno', organisation: 'Labor Studies Center (demo)', role: 'Director' },
  { name: 'Frank DeLuca', organisation: 'Building Trades Council (demo)', role: 'President' },
  { name: 'Yolanda Price', organisation: 'Home Care Workers United (demo)', role: 'Organizer' },
  { name: 'Rev. Samuel Oduya', organisation: 'Interfaith Worker Justice (demo)', role: 'Pastor' },
  { name: 'Mariana Silva', organisation: 'Immigrant Workers Center (demo)', role: 'Lawyer' },
  { name: 'Hoang Minh', organisation: 'Nail Salon Workers Network (demo)', role: 'Coordinator' },
  { name: 'Patricia Ng', organisation: 'Chinatown Tenants Association (demo)', role: 'Chair' },
  { name: 'Walter Jones', organisation: 'Transit Workers Local (demo)', role: 'Steward' },
  { name: 'Ines Carvalho', organisation: 'Domestic Workers Alliance (demo)', role: 'Organizer' },
  { name: 'Dr. Kwame Asante', organisation: 'School of Public Health (demo)', role: 'Professor' },
  { name: 'Linda Martel', organisation: 'Nurses Association (demo)', role: 'Nurse' },
  { name: 'Ray Sullivan', organisation: 'Retired Steelworkers (demo)', role: 'Historian' },
  { name: 'Sofía Reyes', organisation: 'Student Labor Action (demo)', role: 'Student' },
  { name: 'Marie-Claude Étienne', organisation: 'Haitian Community Center (demo)', role: 'Director' },
  { name: 'Joe Nakamura', organisation: 'Worker Cooperative Network (demo)', role: 'Founder' },
]
