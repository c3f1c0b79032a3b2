import type { Field, PayloadRequest } from 'payload'

import { ownWorkOrEditorField } from '@/access/submittedWork'
import { adminOptions, inEditorLanguage, L, siteOptions } from '@/i18n/admin'
import { CONSENT_SOURCES, CREDITS } from '@/lib/vocabularies'

const requirePenName = (
  value: unknown,
  { siblingData, req }: { siblingData: Record<string, unknown>; req?: PayloadRequest },
) =>
  siblingData?.credit !== 'penName' || (typeof value === 'string' && value.trim() !== '')
    ? true
    : inEditorLanguage('errors.penNameNeeded', req)

/** Contributor link and how the piece is credited; shared by writings and artworks. */
export const creditFields: Field[] = [
  {
    name: 'contributor',
    label: L('fields.contributor'),
    type: 'relationship',
    relationTo: 'contributors',
    required: true,
    index: true,
    // Never public, whatever the credit: pages show a named piece's person through its byline and
    // profile (src/lib/data/people.ts); an id here could tie a person to their anonymous work.
    access: { read: ownWorkOrEditorField },
    admin: {
      position: 'sidebar',
      description: L('fields.contributorHint'),
    },
  },
  {
    name: 'credit',
    label: L('fields.credit'),
    type: 'select',
    required: true,
    defaultValue: 'name',
    options: siteOptions('submit.credits', CREDITS),
    admin: { position: 'sidebar' },
  },
  {
    name: 'penName',
    label: L('fields.penName'),
    type: 'text',
    validate: requirePenName,
    admin: { position: 'sidebar', condition: (_, sibling) => sibling?.credit === 'penName' },
  },
  {
    name: 'byline',
    label: L('fields.byline'),
    type: 'text',
    // Derived on every save (src/hooks/byline.ts), whatever a request sends.
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: L('fields.bylineHint'),
    },
  },
  {
    name: 'consents',
    label: L('fields.consents'),
    type: 'group',
    // In the main column: a group placed in the sidebar was rendered without its fields (Payload
    // 3.90), and an editor could not record a consent.
    admin: {
      description: L('fields.consentsHint'),
    },
    access: { read: ownWorkOrEditorField },
    fields: [
      // Every consent is the contributor's choice: none is ever assumed (src/hooks/consentToPublish.ts).
      {
        name: 'publishOnline',
        label: L('fields.publishOnline'),
        type: 'checkbox',
        defaultValue: false,
      },
      {
        name: 'printAndExhibit',
        label: L('fields.printAndExhibit'),
        type: 'checkbox',
        defaultValue: false,
      },
      {
        name: 'readAloud',
        label: L('fields.readAloud'),
        type: 'checkbox',
        defaultValue: false,
      },
      {
        name: 'source',
        label: L('fields.consentSource'),
        type: 'select',
        options: adminOptions('consentSource', CONSENT_SOURCES),
        admin: {
          description: L('fields.consentSourceHint'),
        },
      },
      {
        name: 'recordedAt',
        label: L('fields.recordedAt'),
        type: 'date',
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  },
]
