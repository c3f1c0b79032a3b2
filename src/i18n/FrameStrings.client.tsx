'use client'

import { createContext, useContext, type ReactNode } from 'react'

import type { FrameStrings } from '.'

const Strings = createContext<FrameStrings | null>(null)

/**
 * Gives the 404 and the error page (client components) their strings, already in the page's
 * language: plain text, so every public page is spared a message-formatting library in the
 * browser. Forms with placeholders and plurals use `Messages` (use-intl) where they are.
 */
export function FrameStringsProvider({
  strings,
  children,
}: {
  strings: FrameStrings
  children: ReactNode
}) {
  return <Strings.Provider value={strings}>{children}</Strings.Provider>
}

export function useFrameStrings(): FrameStrings {
  const strings = useContext(Strings)
  if (!strings) throw new Error('useFrameStrings outside the site frame')
  return strings
}
