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
