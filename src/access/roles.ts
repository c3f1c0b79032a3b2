import type { User } from '@/payload-types'
import { relId } from '@/lib/relations'

export const ROLES = ['admin', 'editor', 'contributor'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = { roles?: User['roles'] } | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role)))

export const userIsAdmin = (user: MaybeUser): boolean => hasRole(user, 'admin')

/** Editors and admins: everything editorial. */
export const userIsEditor = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')

/** The contributor record linked to a signed-in account, if any. */
export const ownContributorId = (user: Pick<User, 'contributor'> | null | undefined) => {
  return relId(user?.contributor)
}
