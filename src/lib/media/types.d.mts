export const IMAGE_TYPES: readonly [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
]
export const AUDIO_TYPES: readonly ['audio/mpeg', 'audio/mp4', 'audio/ogg', 'audio/wav']
export const AUDIO_TYPE_ALIASES: readonly string[]
export const AUDIO_TYPE_BY_EXTENSION: Readonly<Record<string, (typeof AUDIO_TYPES)[number]>>
