'use client'

/** Prints the page (the print stylesheet turns an anthology into a booklet). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button-secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  )
}
