// Request body limits, in one place for the server (server.mjs), Next.js and Payload.
// Plain JavaScript so that server.mjs and next.config.mjs can import it as they are.

export const MB = 1024 * 1024
/** Pages and server actions: the submission form carries up to six 10 MB photos and the text. */
export const FORM_BODY_LIMIT = 64 * MB
/** The API (editors' uploads): an hour of podcast audio is 60–90 MB. */
export const API_BODY_LIMIT = 250 * MB

/** The most a request to this path may send. */
export const bodyLimitFor = (/** @type {string} */ path) =>
  path.startsWith('/api/') ? API_BODY_LIMIT : FORM_BODY_LIMIT
