import type { Access } from 'payload'

/** Anyone, signed in or not. */
export const anyone: Access = () => true

/** Nobody through the API (the server itself writes with overrideAccess). */
export const nobody = () => false

/** Any signed-in account. */
export const isSignedIn: Access = ({ req: { user } }) => Boolean(user)
