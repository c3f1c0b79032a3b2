// The file types the platform accepts, one list each for the collections, the submission form's
// checks, the importer and server.mjs (plain ESM so that it can import them too).

/** Images, checked against the file's bytes (never its name). SVG is not one: it can carry script. */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

/** Audio formats podcast apps and browsers play. */
export const AUDIO_TYPES = ['audio/mpeg', 'audio/mp4', 'audio/ogg', 'audio/wav']

/** Other names browsers and tools give the same audio formats on upload. */
export const AUDIO_TYPE_ALIASES = ['audio/x-m4a', 'audio/x-wav', 'audio/vnd.wave']

/** The audio type a stored file is served with, by its extension. */
export const AUDIO_TYPE_BY_EXTENSION = {
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.mp4': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.wav': 'audio/wav',
}
