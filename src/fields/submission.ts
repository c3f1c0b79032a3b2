import type { Field } from 'payload'

import { nobody } from '@/access/basic'
import { editorsOnlyField } from '@/access/isEditor'
import { ownWorkOrEditorField } from '@/access/submittedWork'
import { L } from '@/i18n/admin'

/**
 * Fields of the editorial workflow shared by writings and artworks: the message editors send the
 * contributor with a decision, their private notes, and the hash of the receipt code that lets
 * someone without an account follow (and withdraw) their submission. The code itself is never
 * stored; the hash is read only by the server.
 */
export const submissionFields: Field[] = [
  {
    // Editors' one-step takedown of a published piece (see src/lib/editorial/takedown.ts).
    name: 'takedown',
    label: L('panels.takedown'),
    type: 'ui',
    admin: {
      position: 'sidebar',
      condition: (data) => data?._status === 'published',
      components: { Field: '/src/components/admin/Takedown.client#Takedown' },
    },
  },
  {
    name: 'messageToContributor',
    label: L('fields.messageToContributor'),
    type: 'textarea',
    maxLength: 2000,
    access: { read: ownWorkOrEditorField, create: editorsOnlyField, update: editorsOnlyField },
    admin: {
      position: 'sidebar',
      description: L('fields.messageToContributorHint'),
    },
  },
  {
    name: 'editorNotes',
    label: L('fields.editorNotesPrivate'),
    type: 'textarea',
    access: { read: editorsOnlyField, create: editorsOnlyField, update: editorsOnlyField },
    admin: { position: 'sidebar' },
  },
  {
    name: 'receiptHash',
    type: 'text',
    index: true,
    access: { read: nobody, create: nobody, update: nobody },
    admin: { hidden: true },
  },
]
