import type { ReactNode } from 'react'

// The submission form and its status pages render per request: their scripts carry the
// request's CSP nonce (src/proxy.ts), and a status page is private to its link.
export const dynamic = 'force-dynamic'

export default function SubmitLayout({ children }: { children: ReactNode }) {
  return children
}
