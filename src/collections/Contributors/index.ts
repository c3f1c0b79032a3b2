import type { CollectionConfig, Field, FieldHook } from 'payload'

import { editorsOnlyField, isEditor } from '@/access/isEditor'
import {
  privateContributorField,
  readContributors,
  updateOwnContributorOrEditor,
} from '@/access/contributors'
import { slugField } from '@/fields/slug'
import { L } from '@/i18n/admin'
import { normalizeEmail, phoneDigits } from '@/lib/contact'
import { languageOptions } from '@/fields/language'
import { contentHooks } from '@/hooks/content'
import { mergeEndpoint } from '@/lib/editorial/mergeContributor'
import { updateBylines } from './hooks/updateBylines'

const lowercaseEmail: FieldHook = ({ value }) => normalizeEmail(value) || value
const digitsOfPhone: FieldHook = ({ siblingData, originalDoc }) =>
  phoneDigits(String(siblingData?.phone ?? originalDoc?.phone ?? '')) || null

/**
 * Never public: shown to editors and to the contributor themselves, who may correct them. What a
 * contributor may change of their own record is these, their display name, bio, photo and
 * languages; the public profile, the slug and editor notes are the editors'.
 */
const privateFields: Field[] = [
  { name: 'legalName', label: L('contributors.legalName'), type: 'text' },
  {
    name: 'email',
    label: L('contributors.email'),
    type: 'email',
    index: true,
    hooks: { beforeChange: [lowercaseEmail] },
  },
  { name: 'phone', label: L('contributors.phone'), type: 'text' },
  {
    // Digits of the phone number, so a submission matches "617-555-0101" to "+1 (617) 555 0101".
    name: 'phoneDigits',
    type: 'text',
    index: true,
    admin: { hidden: true },
    hooks: {
      beforeChange: [digitsOfPhone],
    },
  },
  {
    name: 'workplace',
    label: L('contributors.workplace'),
    type: 'text',
  },
  { name: 'union', label: L('contributors.union'), type: 'text' },
].map(
  (field) =>
    ({
      ...field,
      access: { read: privateContributorField, update: privateContributorField },
    }) as Field,
)

export const Contributors: CollectionConfig = {
  slug: 'contributors',
  labels: {
    singular: L('contributors.singular'),
    plural: L('contributors.plural'),
  },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'publicProfile', 'languages', 'email', 'updatedAt'],
    group: L('groups.people'),
    description: L('contributors.description'),
  },
  access: {
    read: readContributors,
    create: isEditor,
    update: updateOwnContributorOrEditor,
    delete: isEditor,
    readVersions: isEditor,
  },
  hooks: { ...contentHooks, afterChange: [...contentHooks.afterChange, updateBylines] },
  endpoints: [mergeEndpoint],
  trash: true,
  // A bounded history of each profile (editors only: it holds private fields).
  versions: { maxPerDoc: 25 },
  fields: [
    {
      name: 'displayName',
      label: L('contributors.displayName'),
      type: 'text',
      required: true,
    },
    { ...slugField('displayName'), access: { update: editorsOnlyField } },
    {
      name: 'publicProfile',
      access: { create: editorsOnlyField, update: editorsOnlyField },
      label: L('contributors.publicProfile'),
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'bio',
      label: L('fields.bio'),
      type: 'textarea',
      maxLength: 800,
    },
    {
      name: 'languages',
      label: L('contributors.languages'),
      type: 'select',
      hasMany: true,
      options: languageOptions,
    },
    { name: 'photo', label: L('fields.photo'), type: 'upload', relationTo: 'media' },
    {
      type: 'collapsible',
      label: L('contributors.private'),
      fields: [
        ...privateFields,
        {
          name: 'editorNotes',
          label: L('contributors.editorNotes'),
          type: 'textarea',
          access: { read: editorsOnlyField, create: editorsOnlyField, update: editorsOnlyField },
        },
      ],
    },
    {
      // A submission never attaches itself to an existing record (a form proves nothing about who
      // sent it): it makes a new one, pointing here at a record with the same email or phone.
      name: 'suggestedMatch',
      label: L('contributors.suggestedMatch'),
      type: 'relationship',
      relationTo: 'contributors',
      index: true,
      access: { read: editorsOnlyField, create: editorsOnlyField, update: editorsOnlyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.suggestedMatch),
        description: L('contributors.suggestedMatchHint'),
      },
    },
    {
      name: 'confirmMatch',
      label: L('panels.merge'),
      type: 'ui',
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.suggestedMatch),
        components: { Field: '/src/components/admin/ConfirmMatch.client#ConfirmMatch' },
      },
    },
    {
      name: 'account',
      label: L('contributors.account'),
      type: 'join',
      collection: 'users',
      on: 'contributor',
      access: { read: editorsOnlyField },
      admin: { description: L('contributors.accountHint') },
    },
  ],
}
