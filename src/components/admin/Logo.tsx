/** The platform's wordmark on the admin login page. */
export function Logo() {
  return (
    <div className="vv-logo">
      <svg viewBox="0 0 48 48" width="56" height="56" aria-hidden="true">
        <rect width="48" height="48" rx="10" fill="#b3261e" />
        <path d="M12 14h6l6 17 6-17h6L27 36h-6z" fill="#fff8ef" />
      </svg>
      <div>
        <div className="vv-logo__name">Voice &amp; Visibility</div>
        <div className="vv-logo__tag">Worker writing, art and radio — editors’ workspace</div>
      </div>
    </div>
  )
}
