import type { CollectionConfig, Field } from 'payload'

import { submittedWorkAccess } from '@/access/presets'
import { creditFields } from '@/fields/credit'
import { editorialStatusField, workStateField } from '@/fields/editorialStatus'
import { featuredField } from '@/fields/featured'
import { publishedAtField } from '@/fields/publishedAt'
import { searchTextField } from '@/fields/searchText'
import { slugField } from '@/fields/slug'
import { submissionFields } from '@/fields/submission'
import { topicsField } from '@/fields/topics'
import { deriveByline } from '@/hooks/byline'
import { recordConsents, requireConsentToPublish } from '@/hooks/consentToPublish'
import { contentHooks } from '@/hooks/content'
import { forceOwnContributor } from '@/hooks/contributorSubmission'
import { emailDecision } from '@/hooks/emailDecision'
import { L } from '@/i18n/admin'
import { checkStatesAgree, enforceStateMachine } from '@/lib/editorial/stateMachine'
import { takedownEndpoint } from '@/lib/editorial/takedown'
import { draftsWithHistory } from './versions'

type Options = Pick<CollectionConfig, 'labels' | 'indexes'> & {
  slug: 'writings' | 'artworks'
  admin: Pick<NonNullable<CollectionConfig['admin']>, 'defaultColumns' | 'listSearchableFields'>
  /** The kind's own fields, between the title and what every piece carries. */
  fields: Field[]
  /** The kind's own public words that search finds it by, besides its title and byline. */
  searchText: (doc: Record<string, unknown>) => unknown[]
}

/**
 * A piece of work a worker submits, whatever its kind (writing, artwork): who may read and change
 * it (src/access/submittedWork.ts), drafts and history, the editorial state machine, consents,
 * takedown, the decision email, and the fields every piece carries (topics, slug, states, credit,
 * submission record, search text). Each kind adds its own fields and words.
 */
export function submittedWork({
  slug,
  admin,
  fields,
  searchText,
  ...config
}: Options): CollectionConfig {
  return {
    slug,
    ...config,
    admin: { useAsTitle: 'title', group: L('groups.work'), ...admin },
    access: submittedWorkAccess,
    endpoints: [takedownEndpoint(slug)],
    versions: draftsWithHistory,
    trash: true,
    hooks: {
      beforeChange: [
        forceOwnContributor,
        enforceStateMachine,
        recordConsents,
        requireConsentToPublish,
        deriveByline,
      ],
      afterChange: [checkStatesAgree, ...contentHooks.afterChange, emailDecision],
      afterDelete: contentHooks.afterDelete,
    },
    fields: [
      { name: 'title', label: L('fields.title'), type: 'text', required: true },
      ...fields,
      topicsField,
      slugField(),
      workStateField,
      editorialStatusField,
      publishedAtField,
      ...creditFields,
      featuredField,
      ...submissionFields,
      // The byline is already derived (a collection hook runs before the fields' own).
      searchTextField((d) => [d.title, d.byline, ...searchText(d)]),
    ],
  }
}
