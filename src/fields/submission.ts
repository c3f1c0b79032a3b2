import type { Field } from 'payload'

import { nobody } from '@/access/basic'
import { editorsOnlyField } from '@/access/isEditor'
import { ownWorkOrEditorField } from '@/access/submittedWork'

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
    type: 'ui',
    admin: {
      position: 'sidebar',
      condition: (data) => data?._status === 'published',
      components: { Field: '/src/components/admin/Takedown.client#Takedown' },
    },
  },
  {
    name: 'messageToContributor',
    label: { en: 'Message to the contributor', es: 'Mensaje para quien envió la obra' },
    type: 'textarea',
    maxLength: 2000,
    access: { read: ownWorkOrEditorField, create: editorsOnlyField, update: editorsOnlyField },
    admin: {
      position: 'sidebar',
      description: {
        en: 'Shown on their status page and sent with the decision.',
        es: 'Se muestra en su página de estado y se envía con la decisión.',
      },
    },
  },
  {
    name: 'editorNotes',
    label: { en: 'Editor notes (private)', es: 'Notas del equipo editorial (privadas)' },
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
