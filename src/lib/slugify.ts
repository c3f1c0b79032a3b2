const SPECIAL: Record<string, string> = {
  đ: 'd',
  Đ: 'd',
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  ł: 'l',
  œ: 'oe',
}

/**
 * URL slug that keeps every script readable: Latin letters lose their accents (José → jose,
 * Nguyễn → nguyen); Chinese and other letters stay as they are; everything else becomes '-'.
 */
export function slugify(value: string): string {
  return value
    .replace(/[đĐßæøłœ]/g, (c) => SPECIAL[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
}
