/** The platform's mark in the admin navigation. */
export function Icon() {
  return (
    <svg viewBox="0 0 48 48" width="18" height="18" role="img" aria-label="Voice & Visibility">
      <rect width="48" height="48" rx="10" fill="#b3261e" />
      <path d="M12 14h6l6 17 6-17h6L27 36h-6z" fill="#fff8ef" />
    </svg>
  )
}
