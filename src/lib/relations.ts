import type { Config } from '@/payload-types'

/** Document ids are numbers on SQLite and strings on MongoDB; code handles both. */
export type ID = number | string

/**
 * The id behind a relationship value, whether it arrived populated (an object) or as a bare id;
 * undefined when empty.
 */
export const relId = (rel: unknown): ID | undefined => {
  if (rel === null || rel === undefined || rel === '') return undefined
  return typeof rel === 'object' ? (rel as { id: ID }).id : (rel as ID)
}

/** Ids of a hasMany relationship value. */
export const relIds = (rels: unknown): ID[] =>
  Array.isArray(rels) ? rels.map(relId).filter((id): id is ID => id !== undefined) : []

/** The id type of the generated types: that of the database they were generated on (SQLite). */
export type DocId = Config['db']['defaultIDType']

/**
 * An id as a relationship value to write. The generated types say `number` because they were
 * generated on SQLite; on MongoDB the same value is a string at runtime, and Payload takes either.
 * This is the one place that bridges the two, so no write casts an id of its own.
 */
export const ref = (id: ID): DocId => id as DocId

/** Ids as a hasMany relationship value to write. */
export const refs = (ids: readonly ID[]): DocId[] => ids.map(ref)
