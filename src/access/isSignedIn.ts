import type { Access } from 'payload'

export const isSignedIn: Access = ({ req: { user } }) => Boolean(user)

export const anyone: Access = () => true
