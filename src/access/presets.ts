import type { CollectionConfig } from 'payload'

import { isEditor } from './isEditor'
import { anyone } from './basic'
import { publishedOrEditor } from './publishedOrEditor'
import { createWork, readWork, updateWork } from './submittedWork'

type AccessConfig = NonNullable<CollectionConfig['access']>

/** Public reference data edited by editors: topics, guests, interviews, events. */
export const publicReadEditorsWrite: AccessConfig = {
  read: anyone,
  create: isEditor,
  update: isEditor,
  delete: isEditor,
}

/** Editor-made, draft-enabled documents: episodes, anthologies, exhibitions. */
export const publishedReadEditorsWrite: AccessConfig = {
  read: publishedOrEditor,
  create: isEditor,
  update: isEditor,
  delete: isEditor,
  readVersions: isEditor,
}

/** Submitted work (writings, artworks): contributors submit, editors decide and publish. */
export const submittedWorkAccess: AccessConfig = {
  read: readWork,
  create: createWork,
  update: updateWork,
  delete: isEditor,
  readVersions: isEditor,
}
