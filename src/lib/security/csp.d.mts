export const STATIC_CSP: string
export const PREVIEW_CSP: string
export const DRAFT_MODE_COOKIE: string
export function nonceCsp(nonce: string, options?: { dev?: boolean; https?: boolean }): string
export const NONCE_PATHS: string[]
export const NONCE_PATH_SOURCE: string
