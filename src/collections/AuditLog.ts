import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/basic'
import { isEditor } from '@/access/isEditor'

export const AUDIT_ACTIONS = [
  'created',
  'published',
  'unpublished',
  'withdrawn',
  'takenDown',
  'creditChanged',
  'trashed',
  'restored',
  'deleted',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

const actionLabels: Record<AuditAction, { en: string; es: string }> = {
  created: { en: 'Created', es: 'Creado' },
  published: { en: 'Published', es: 'Publicado' },
  unpublished: { en: 'Unpublished', es: 'Despublicado' },
  withdrawn: { en: 'Withdrawn by the writer', es: 'Retirado por quien lo escribió' },
  takenDown: { en: 'Taken down (with reason)', es: 'Retirado del sitio (con motivo)' },
  creditChanged: { en: 'Credit changed', es: 'Crédito cambiado' },
  trashed: { en: 'Moved to trash', es: 'Movido a la papelera' },
  restored: { en: 'Restored from trash', es: 'Restaurado de la papelera' },
  deleted: { en: 'Deleted for good', es: 'Borrado definitivamente' },
}

/**
 * Who did what to which document, and when: written by the audit hooks (src/hooks/audit.ts)
 * only. Editors read it; nobody, not even an admin, can write, change or delete an entry
 * through the admin or the API.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { en: 'Audit entry', es: 'Entrada de auditoría' },
    plural: { en: 'Audit log', es: 'Registro de auditoría' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['createdAt', 'action', 'collection', 'title', 'userEmail', 'detail'],
    listSearchableFields: ['title', 'userEmail', 'detail'],
    group: { en: 'Administration', es: 'Administración' },
    description: {
      en: 'Every creation, publication, unpublication, credit change, trashing and restoring, by whom and when. Entries cannot be edited.',
      es: 'Cada creación, publicación, despublicación, cambio de crédito, envío a la papelera y restauración: quién y cuándo. Las entradas no se pueden editar.',
    },
  },
  defaultSort: '-createdAt',
  access: {
    read: isEditor,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  disableDuplicate: true,
  fields: [
    {
      name: 'action',
      label: { en: 'Action', es: 'Acción' },
      type: 'select',
      required: true,
      index: true,
      options: AUDIT_ACTIONS.map((value) => ({ value, label: actionLabels[value] })),
    },
    {
      name: 'collection',
      label: { en: 'Collection', es: 'Colección' },
      type: 'text',
      required: true,
      index: true,
    },
    { name: 'documentId', label: { en: 'Document', es: 'Documento' }, type: 'text', index: true },
    { name: 'title', label: { en: 'Title', es: 'Título' }, type: 'text' },
    { name: 'user', label: { en: 'By', es: 'Por' }, type: 'relationship', relationTo: 'users' },
    {
      name: 'userEmail',
      label: { en: 'By (email)', es: 'Por (correo)' },
      type: 'text',
      admin: {
        description: 'Kept if the account is later removed; "script" for imports and seeding.',
      },
    },
    { name: 'detail', label: { en: 'Detail', es: 'Detalle' }, type: 'text' },
  ],
}
