import type { CollectionConfig } from 'payload'

import { submittedWorkAccess } from '@/access/presets'
import {
  linkedPiecesCreditedAlike,
  publicWritingIndexes,
  readableNotQueryable,
} from '@/access/submittedWork'
import { bylineFor, creditFields } from '@/fields/credit'
import { editorialStatusField, workStateField } from '@/fields/editorialStatus'
import { L } from '@/i18n/admin'
import { checkStatesAgree, enforceStateMachine } from '@/lib/editorial/stateMachine'
import { featuredField } from '@/fields/featured'
import { languageField } from '@/fields/language'
import { publishedAtField } from '@/fields/publishedAt'
import { searchTextField } from '@/fields/searchText'
import { slugField } from '@/fields/slug'
import { submissionFields } from '@/fields/submission'
import { topicsField } from '@/fields/topics'
import { writingFormField } from '@/fields/writingForm'
import { recordConsents, requireConsentToPublish } from '@/hooks/consentToPublish'
import { forceOwnContributor } from '@/hooks/contributorSubmission'
import { emailDecision } from '@/hooks/emailDecision'
import { contentHooks } from '@/hooks/content'
import { takedownEndpoint } from '@/lib/editorial/takedown'
import { lexicalToPlainText } from '@/lib/searchText'
import { workVersions } from './workVersions'

export const Writings: CollectionConfig = {
  slug: 'writings',
  labels: { singular: L('writings.singular'), plural: L('writings.plural') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'byline', 'credit', 'form', 'language', 'state', 'createdAt'],
    listSearchableFields: ['title', 'byline', 'excerpt'],
    group: L('groups.work'),
  },
  access: submittedWorkAccess,
  endpoints: [takedownEndpoint('writings')],
  versions: workVersions,
  indexes: publicWritingIndexes,
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
      type: 'row',
      fields: [writingFormField, languageField],
    },
    { name: 'body', label: L('writings.body'), type: 'richText', required: true },
    {
      name: 'excerpt',
      label: L('writings.excerpt'),
      type: 'textarea',
      maxLength: 400,
    },
    {
      name: 'translations',
      label: L('writings.translations'),
      type: 'relationship',
      relationTo: 'writings',
      hasMany: true,
      // A translation is shown as a link: populating its own relationships too (REST's default
      // depth 2) made every API read of a list load each translation's topics, images and links.
      maxDepth: 1,
      access: { read: readableNotQueryable },
      hooks: { afterRead: [linkedPiecesCreditedAlike] },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'coverImage',
      label: L('fields.cover'),
      type: 'upload',
      relationTo: 'media',
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
      d.excerpt,
      lexicalToPlainText(d.body),
    ]),
  ],
}
