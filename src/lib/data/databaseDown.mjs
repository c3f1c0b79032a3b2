// How the site tells the server that the request it is answering found the database down: a
// named Node diagnostics channel, which the app (src/lib/data/payload.ts, bundled by Next) and
// server.mjs (loaded by Node) both reach by name, though they never share a module instance.
// server.mjs then answers that request 503 with Retry-After instead of 500.

/** The channel's name; a message on it carries nothing: the request is the one being answered. */
export const DATABASE_DOWN_CHANNEL = 'voice-and-visibility:database-down'
