/** Contact details as they are compared: emails case-insensitively, phones by their digits. */
export const normalizeEmail = (value: unknown): string =>
  typeof value === 'string' ? value.trim().toLowerCase() : ''

/** The last ten digits (a North American number without its country code), or all if fewer. */
export function phoneDigits(value: string): string {
  const digits = value.replace(/\D/g, '')
  return digits.length > 10 ? digits.slice(-10) : digits
}
