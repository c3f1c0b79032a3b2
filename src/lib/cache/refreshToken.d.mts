export const REFRESH_HEADER: string
export const REFRESH_PATH: string
export const REFRESH_MARKER: string
export function refreshToken(secret: string, now?: number): string
export function validRefreshToken(token: unknown, secret: string, now?: number): boolean
