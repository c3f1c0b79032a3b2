import type { CollectionConfig } from 'payload'

import { submittedWorkAccess } from '@/access/presets'
import { publicWorkIndexes } from '@/access/submittedWork'
import { bylineFor, creditFields } from '@/fields/credit'
import { editorialStatusField, workStateField } from '@/fields/editorialStatus'
import { L } from '@/i18n/admin'
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
    singular: L('artworks.singular'),
    plural: L('artworks.plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'byline', 'credit', 'medium', 'year', 'state', 'createdAt'],
    listSearchableFields: ['title', 'byline', 'medium'],
    group: L('groups.work'),
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
    { name: 'title', label: L('fields.title'), type: 'text', required: true },
    {
      name: 'images',
      label: L('artworks.images'),
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: 12,
      admin: { description: L('artworks.imagesHint') },
    },
    {
      type: 'row',
      fields: [
        { name: 'medium', label: L('artworks.medium'), type: 'text' },
        { name: 'dimensions', label: L('artworks.dimensions'), type: 'text' },
        {
          name: 'year',
          label: L('fields.year'),
          type: 'number',
          min: 1900,
          max: 2100,
          index: true,
        },
      ],
    },
    {
      name: 'statement',
      label: L('artworks.statement'),
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
