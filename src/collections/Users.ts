import { ValidationError, type CollectionBeforeValidateHook, type CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { readSelfOrEditor, updateSelfOrAdmin } from '@/access/accounts'
import { editorsOnlyField } from '@/access/isEditor'
import { ROLES } from '@/access/roles'
import { adminOptions, inEditorLanguage, L } from '@/i18n/admin'
import { serverURL } from '@/lib/env'
import { forgiveLogin, throttleLogin } from '@/lib/security/loginThrottle'

export const MIN_PASSWORD_LENGTH = 12

/** A password must be long enough to resist guessing (length beats character rules). */
const longPassword: CollectionBeforeValidateHook = ({ data, req }) => {
  const password = data?.password
  if (typeof password === 'string' && password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError({
      collection: 'users',
      errors: [
        {
          path: 'password',
          message: inEditorLanguage('errors.passwordTooShort', req, { min: MIN_PASSWORD_LENGTH }),
        },
      ],
    })
  }
  return data
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: L('users.singular'),
    plural: L('users.plural'),
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'contributor', 'updatedAt'],
    group: L('groups.administration'),
  },
  auth: {
    // No lock on the account: wrong passwords block the address they come from instead
    // (src/lib/security/loginThrottle.ts), so nobody can lock an editor out.
    maxLoginAttempts: 0,
    tokenExpiration: 60 * 60 * 8,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && serverURL.startsWith('https:'),
    },
  },
  hooks: {
    beforeValidate: [longPassword],
    beforeOperation: [throttleLogin],
    afterLogin: [forgiveLogin],
  },
  access: {
    read: readSelfOrEditor,
    create: isAdmin,
    update: updateSelfOrAdmin,
    delete: isAdmin,
    admin: ({ req: { user } }) => Boolean(user),
  },
  fields: [
    { name: 'name', label: L('fields.name'), type: 'text' },
    {
      name: 'roles',
      label: L('users.roles'),
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['contributor'],
      saveToJWT: true,
      options: adminOptions('roles', ROLES),
      // Only admins grant or take away roles, including their own.
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'contributor',
      label: L('fields.contributor'),
      type: 'relationship',
      relationTo: 'contributors',
      saveToJWT: true,
      admin: { description: L('users.contributorHint') },
      access: { create: editorsOnlyField, update: editorsOnlyField },
    },
  ],
}
