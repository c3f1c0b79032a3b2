import type { CollectionConfig } from 'payload'

import { submittedWorkAccess } from '@/access/presets'
import { publicWorkIndexes } from '@/access/submittedWork'
import { bylineFor, creditFields } from '@/fields/credit'
import { editorialStatusField, workStateField } from '@/fields/editorialStatus'
import { checkStatesAgree, enforceStateMachine } from '@/lib/editorial/stateMachine'
import { publishedAtField } from '@/fields/publishedAt'
import { slugField } from '@/fields/slug'
import { topicsField } from '@/fields/topics'
import { recordConsents, requireConsentToPublish } from '@/hooks/consentToPublish'
import { forceOwnContributor } from '@/hooks/contributorSubmission'
import { takedownEndpoint } from '@/lib/editorial/takedown'
import { emailDecision } from '@/hooks/emailDecision'
import { contentHooks } from '@/hooks/content'
import { workVersions } from './workVersions'
import { searchTextField } from '@/fields/searchText'
import { lexicalToPlainText } from '@/lib/searchText'
import { featuredField } from '@/fields/featured'
import { submissionFields } from '@/fields/submission'

export const Artworks: CollectionConfig = {
  slug: 'artworks',
  labels: {
    singular: { en: 'Artwork', es: 'Obra de arte' },
    plural: { en: 'Artworks', es: 'Obras de arte' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'byline', 'credit', 'medium', 'year', 'state', 'createdAt'],
    listSearchableFields: ['title', 'byline', 'medium'],
    group: { en: 'Work', es: 'Obras' },
  },
  access: submittedWorkAccess,
  endpoints: [takedownEndpoint('artworks')],
  versions: workVersions,
  indexes: publicWorkIndexes,
  trash: true,
  hooks: {
    beforeChange: [
      forceOwnContributor,
      enforceStateMachine,
      recordConsents,
      requireConsentToPublish,
    ],
    afterChange: [checkStatesAgree, ...contentHooks.afterChange, emailDecision],
    afterDelete: contentHooks.afterDelete,
  },
  fields: [
    { name: 'title', label: { en: 'Title', es: 'Título' }, type: 'text', required: true },
    {
      name: 'images',
      label: { en: 'Images', es: 'Imágenes' },
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: 12,
      admin: { description: 'In the order they should be shown. The first is the main image.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'medium', label: { en: 'Medium', es: 'Técnica' }, type: 'text' },
        { name: 'dimensions', label: { en: 'Dimensions', es: 'Dimensiones' }, type: 'text' },
        {
          name: 'year',
          label: { en: 'Year', es: 'Año' },
          type: 'number',
          min: 1900,
          max: 2100,
          index: true,
        },
      ],
    },
    {
      name: 'statement',
      label: { en: 'Artist statement', es: 'Declaración de la artista' },
      type: 'richText',
    },
    topicsField,
    slugField(),
    workStateField,
    editorialStatusField,
    publishedAtField,
    ...creditFields,
    featuredField,
    ...submissionFields,
    searchTextField(async (d, req) => [
      d.title,
      await bylineFor(d, req),
      d.medium,
      lexicalToPlainText(d.statement),
    ]),
  ],
}
