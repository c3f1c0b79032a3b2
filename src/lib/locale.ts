import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '@/i18n'

/** The `[lang]` segment of a public route; anything but a known language is a 404. */
export async function pageLocale(params: Promise<{ lang: string }>): Promise<Locale> {
  const { lang } = await params
  if (!isLocale(lang)) notFound()
  return lang
}

/** A positive whole number from a query string value, else undefined. */
export function positiveInt(value: string | string[] | undefined): number | undefined {
  const n = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(n) && n > 0 ? n : undefined
}

/** One query string value. */
export function param(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return v && v.trim() ? v.trim().slice(0, 200) : undefined
}
