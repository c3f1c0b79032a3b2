import { notFound } from 'next/navigation'

/** Any path no page claims: the styled, translated 404. */
export default function UnknownPage() {
  notFound()
}
