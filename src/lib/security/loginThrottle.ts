import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { CLIENT_ADDRESS_HEADER } from '@/lib/clientAddress.mjs'
import { createLimiter } from './rateLimit'

/**
 * Sign-in attempts are limited per address, never per account: a lock on the account (Payload's
 * maxLoginAttempts) would let anyone who knows an editor's email keep them out of the admin.
 * Every attempt is counted and a successful one given back, so an address is blocked after this
 * many wrong passwords in the window, and the rightful user elsewhere is never affected. With
 * REDIS_URL the count is shared by every instance (src/lib/security/rateLimit.ts).
 */
export const LOGIN_LIMITS = { failures: 10, windowMs: 15 * 60 * 1000 }

const attempts = createLimiter('login', {
  max: LOGIN_LIMITS.failures,
  windowMs: LOGIN_LIMITS.windowMs,
})

/** The address server.mjs saw (Local API calls from our own code have none and are not limited). */
const addressOf = (req: PayloadRequest) => req.headers?.get?.(CLIENT_ADDRESS_HEADER) ?? null

export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const address = addressOf(req)
  if (!address) return args
  const slot = await attempts.take(address)
  if (!slot.ok)
    throw new APIError(
      `Too many sign-in attempts from this network. Try again in ${Math.ceil(slot.retryAfter / 60)} minutes, or ask an admin to reset your password.`,
      429,
      undefined,
      true,
    )
  return args
}

export const forgiveLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const address = addressOf(req)
  if (address) await attempts.giveBack(address)
  return user
}

export const resetLoginThrottle = () => attempts.reset()
