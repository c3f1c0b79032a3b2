import type { Field, FieldHook, PayloadRequest } from 'payload'

import { ownWorkOrEditorField } from '@/access/submittedWork'
import { relId } from '@/lib/relations'

export const creditOptions = [
  { label: { en: 'My name', es: 'Mi nombre' }, value: 'name' },
  { label: { en: 'A pen name', es: 'Un seudónimo' }, value: 'penName' },
  { label: { en: 'Anonymous', es: 'Anónimo' }, value: 'anonymous' },
]

const requirePenName = (
  value: unknown,
  { siblingData }: { siblingData: Record<string, unknown> },
) =>
  siblingData?.credit !== 'penName' || (typeof value === 'string' && value.trim() !== '')
    ? true
    : 'A pen name is needed when the piece is credited to a pen name.'

/**
 * What the public sees as the credit: the contributor's display name, the pen name, or nothing
 * when anonymous. Stored as `byline` on save, so public pages never load the contributor.
 */
export async function bylineFor(
  doc: Record<string, unknown>,
  req: PayloadRequest,
): Promise<string> {
  if (doc.credit === 'penName') return String(doc.penName ?? '').trim()
  if (doc.credit !== 'name') return ''
  const id = relId(doc.contributor)
  if (id === undefined) return ''
  const contributor = await req.payload.findByID({
    collection: 'contributors',
    id,
    depth: 0,
    overrideAccess: true,
    select: { displayName: true },
    req,
  })
  return contributor?.displayName ?? ''
}

const deriveByline: FieldHook = ({ data, originalDoc, req }) =>
  bylineFor({ ...(originalDoc ?? {}), ...(data ?? {}) }, req)

/** How a contributor gave (or withdrew) their consents; the form and an account record themselves. */
export const consentSources = [
  { label: { en: 'Submission form', es: 'Formulario de envío' }, value: 'submissionForm' },
  { label: { en: 'Their own account', es: 'Su propia cuenta' }, value: 'account' },
  { label: { en: 'Signed paper form', es: 'Formulario en papel firmado' }, value: 'paperForm' },
  { label: { en: 'Email from them', es: 'Correo suyo' }, value: 'email' },
  { label: { en: 'In person, to an editor', es: 'En persona, a un editor' }, value: 'inPerson' },
]

/** Contributor link and how the piece is credited; shared by writings and artworks. */
export const creditFields: Field[] = [
  {
    name: 'contributor',
    type: 'relationship',
    relationTo: 'contributors',
    required: true,
    index: true,
    // Never public, whatever the credit: pages show a named piece's person through its byline and
    // profile (src/lib/data/people.ts); an id here could tie a person to their anonymous work.
    access: { read: ownWorkOrEditorField },
    admin: {
      position: 'sidebar',
      description: 'Set automatically for contributors submitting their own work.',
    },
  },
  {
    name: 'credit',
    label: { en: 'Credit', es: 'Crédito' },
    type: 'select',
    required: true,
    defaultValue: 'name',
    options: creditOptions,
    admin: { position: 'sidebar' },
  },
  {
    name: 'penName',
    label: { en: 'Pen name', es: 'Seudónimo' },
    type: 'text',
    validate: requirePenName,
    admin: { position: 'sidebar', condition: (_, sibling) => sibling?.credit === 'penName' },
  },
  {
    name: 'byline',
    type: 'text',
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'What the public sees as the credit (empty when anonymous). Set on save.',
    },
    hooks: { beforeChange: [deriveByline] },
  },
  {
    name: 'consents',
    label: { en: 'Consents', es: 'Permisos' },
    type: 'group',
    // In the main column: a group placed in the sidebar was rendered without its fields (Payload
    // 3.90), and an editor could not record a consent.
    admin: {
      description: {
        en: 'What the contributor agreed to. Nothing is assumed: each starts as no.',
        es: 'Lo que la persona aceptó. Nada se da por hecho: todo empieza en no.',
      },
    },
    access: { read: ownWorkOrEditorField },
    fields: [
      // Every consent is the contributor's choice: none is ever assumed (src/hooks/consentToPublish.ts).
      {
        name: 'publishOnline',
        label: { en: 'Publish online', es: 'Publicar en línea' },
        type: 'checkbox',
        defaultValue: false,
      },
      {
        name: 'printAndExhibit',
        label: {
          en: 'Include in an anthology or exhibition',
          es: 'Incluir en antología o exposición',
        },
        type: 'checkbox',
        defaultValue: false,
      },
      {
        name: 'readAloud',
        label: { en: 'Read on UpFront! or at an event', es: 'Leer en UpFront! o en un evento' },
        type: 'checkbox',
        defaultValue: false,
      },
      {
        name: 'source',
        label: { en: 'How the contributor told us', es: 'Cómo nos lo indicó' },
        type: 'select',
        options: consentSources,
        admin: {
          description: {
            en: 'Needed whenever a consent is changed.',
            es: 'Obligatorio cada vez que cambia un permiso.',
          },
        },
      },
      {
        name: 'recordedAt',
        label: { en: 'Recorded', es: 'Registrado' },
        type: 'date',
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  },
]
