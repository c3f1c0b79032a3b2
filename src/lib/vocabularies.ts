import { WORK_LANGUAGES } from './languages'

/**
 * The stored values of the choices a piece carries, and nothing else: no words and no server
 * code, so the submission form, the validation, the fields and the pages share one list. Their
 * words are in the message files (the site's `forms`, `events.kinds`, `submit.credits`; the
 * admin's `options`).
 */
export const WRITING_FORMS = [
  'poem',
  'story',
  'essay',
  'testimony',
  'oral_history',
  'other',
] as const

/** The languages a piece can be in: those the program writes in, or another. */
export const PIECE_LANGUAGES = [...WORK_LANGUAGES.map((l) => l.code), 'other'] as const

/** How a piece is credited in public. */
export const CREDITS = ['name', 'penName', 'anonymous'] as const

/** How a contributor gave (or withdrew) their consents; the form and an account record themselves. */
export const CONSENT_SOURCES = [
  'submissionForm',
  'account',
  'paperForm',
  'email',
  'inPerson',
] as const

export const EVENT_KINDS = ['reading', 'art_show', 'showcase', 'live_radio', 'other'] as const
