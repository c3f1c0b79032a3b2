import type { CollectionConfig, Field, FieldHook } from 'payload'

import { editorsOnlyField, isEditor } from '@/access/isEditor'
import {
  privateContributorField,
  readContributors,
  updateOwnContributorOrEditor,
} from '@/access/contributors'
import { slugField } from '@/fields/slug'
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
  { name: 'legalName', label: { en: 'Legal name', es: 'Nombre legal' }, type: 'text' },
  {
    name: 'email',
    type: 'email',
    index: true,
    hooks: { beforeChange: [lowercaseEmail] },
  },
  { name: 'phone', label: { en: 'Phone', es: 'Teléfono' }, type: 'text' },
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
    label: { en: 'Workplace / department', es: 'Lugar de trabajo / departamento' },
    type: 'text',
  },
  { name: 'union', label: { en: 'Union / local', es: 'Sindicato / local' }, type: 'text' },
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
    singular: { en: 'Contributor', es: 'Colaborador/a' },
    plural: { en: 'Contributors', es: 'Colaboradores' },
  },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'publicProfile', 'languages', 'email', 'updatedAt'],
    group: { en: 'People', es: 'Personas' },
    description: {
      en: 'Worker writers and artists. Private details are visible only to editors.',
      es: 'Escritores y artistas trabajadores. Los datos privados solo los ve el equipo editorial.',
    },
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
      label: { en: 'Display name', es: 'Nombre público' },
      type: 'text',
      required: true,
    },
    { ...slugField('displayName'), access: { update: editorsOnlyField } },
    {
      name: 'publicProfile',
      access: { create: editorsOnlyField, update: editorsOnlyField },
      label: { en: 'Public profile (consented)', es: 'Perfil público (con consentimiento)' },
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'bio',
      label: { en: 'Short bio', es: 'Biografía breve' },
      type: 'textarea',
      maxLength: 800,
    },
    { name: 'languages', type: 'select', hasMany: true, options: languageOptions },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    {
      type: 'collapsible',
      label: { en: 'Private (editors only)', es: 'Privado (solo equipo editorial)' },
      fields: [
        ...privateFields,
        {
          name: 'editorNotes',
          label: { en: 'Editor notes', es: 'Notas del equipo editorial' },
          type: 'textarea',
          access: { read: editorsOnlyField, create: editorsOnlyField, update: editorsOnlyField },
        },
      ],
    },
    {
      // A submission never attaches itself to an existing record (a form proves nothing about who
      // sent it): it makes a new one, pointing here at a record with the same email or phone.
      name: 'suggestedMatch',
      label: { en: 'Possibly the same person as', es: 'Posiblemente la misma persona que' },
      type: 'relationship',
      relationTo: 'contributors',
      index: true,
      access: { read: editorsOnlyField, create: editorsOnlyField, update: editorsOnlyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.suggestedMatch),
        description: {
          en: 'A submission came with the same email or phone as this record. If you know it is the same person, merge them: the pieces move there and this record is removed.',
          es: 'Un envío llegó con el mismo correo o teléfono que este registro. Si sabe que es la misma persona, únalos: las obras pasan allí y este registro se elimina.',
        },
      },
    },
    {
      name: 'confirmMatch',
      type: 'ui',
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.suggestedMatch),
        components: { Field: '/src/components/admin/ConfirmMatch.client#ConfirmMatch' },
      },
    },
    {
      name: 'account',
      type: 'join',
      collection: 'users',
      on: 'contributor',
      access: { read: editorsOnlyField },
      admin: { description: 'Linked sign-in account, if any.' },
    },
  ],
}
