import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/basic'
import { isEditor } from '@/access/isEditor'
import { adminOptions, L } from '@/i18n/admin'

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

/**
 * Who did what to which document, and when: written by the audit hooks (src/hooks/audit.ts)
 * only. Editors read it; nobody, not even an admin, can write, change or delete an entry
 * through the admin or the API.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: L('auditLog.singular'),
    plural: L('auditLog.plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['createdAt', 'action', 'collection', 'title', 'userEmail', 'detail'],
    listSearchableFields: ['title', 'userEmail', 'detail'],
    group: L('groups.administration'),
    description: L('auditLog.description'),
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
      label: L('auditLog.action'),
      type: 'select',
      required: true,
      index: true,
      options: adminOptions('auditAction', AUDIT_ACTIONS),
    },
    {
      name: 'collection',
      label: L('auditLog.collection'),
      type: 'text',
      required: true,
      index: true,
    },
    { name: 'documentId', label: L('auditLog.document'), type: 'text', index: true },
    { name: 'title', label: L('fields.title'), type: 'text' },
    { name: 'user', label: L('auditLog.user'), type: 'relationship', relationTo: 'users' },
    {
      name: 'userEmail',
      label: L('auditLog.userEmail'),
      type: 'text',
      admin: {
        description: L('auditLog.userEmailHint'),
      },
    },
    { name: 'detail', label: L('auditLog.detail'), type: 'text' },
  ],
}
