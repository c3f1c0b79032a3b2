// Request body limits, in one place for the server (server.mjs), Next.js and Payload.
// Plain JavaScript so that server.mjs and next.config.mjs can import it as they are.

export const MB = 1024 * 1024
/** Pages and server actions: the submission form carries up to six 10 MB photos and the text. */
export const FORM_BODY_LIMIT = 64 * MB
/** The API's file uploads by a signed-in account: an hour of podcast audio is 60–90 MB. */
export const API_BODY_LIMIT = 250 * MB
/** Everything else sent to the API (JSON, GraphQL, a sign-in): a long piece is well under 1 MB. */
export const API_JSON_LIMIT = 1 * MB

/**
 * The most a request may send: large bodies only for file uploads by someone signed in (the
 * admin's cookie or an API token); anyone else's request to the API is small.
 *
 * @param {string} path
 * @param {{ contentType?: string, signedIn?: boolean }} [request]
 */
export function bodyLimitFor(path, { contentType = '', signedIn = false } = {}) {
  if (!path.startsWith('/api/')) return FORM_BODY_LIMIT
  const upload = /^multipart\/form-data/i.test(contentType)
  return upload && signedIn ? API_BODY_LIMIT : API_JSON_LIMIT
}
