export const STATIC_CSP: string
export function nonceCsp(nonce: string, options?: { dev?: boolean; https?: boolean }): string
export const NONCE_PATHS: string[]
export const NONCE_PATH_SOURCE: string
