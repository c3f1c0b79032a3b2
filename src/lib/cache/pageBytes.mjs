// A cached page's bytes and strong ETag, computed once per distinct page rather than on every
// request. Next hands the server a new string with the same text each time it serves a page
// from its cache; encoding that string to UTF-8 (three times: Next's Content-Length, the ETag,
// the socket write) and hashing it cost about 0.4 ms for the 62 KB `/writing`, a sixth of a
// core at the bench's rate (docs/scaling.md). Looking the text up in a Map costs a few
// microseconds: V8 hashes a long string by its length and then compares the text itself.
//
// Keyed by the whole text, so a page can only ever get its own bytes and tag back; bounded by
// size, oldest first out. Personal pages (forms with their nonce, previews) are not kept.
import etag from 'etag'

/** Kept text and bytes together, at most (each entry counts its string twice: UTF-16). */
export const PAGE_BYTES_BUDGET = 48 * 1024 * 1024

/** Shorter pages are encoded each time: cheaper than keeping them. */
const WORTH_KEEPING = 4 * 1024

/** @typedef {{ bytes: Buffer, tag: string, size: number }} PageBytes */

/** @param {number} [budget] */
export function pageBytesMemo(budget = PAGE_BYTES_BUDGET) {
  /** @type {Map<string, PageBytes>} */
  const kept = new Map()
  let used = 0

  /**
   * @param {string | Buffer} body the whole response body
   * @param {{ keep?: boolean }} [options] keep: false for a page that will not come again
   * @returns {{ bytes: Buffer, tag: string }}
   */
  return function pageBytes(body, { keep = true } = {}) {
    if (Buffer.isBuffer(body)) return { bytes: body, tag: etag(body) }
    if (!keep || body.length < WORTH_KEEPING) {
      const bytes = Buffer.from(body)
      return { bytes, tag: etag(bytes) }
    }
    const known = kept.get(body)
    if (known) return known
    const bytes = Buffer.from(body)
    const entry = { bytes, tag: etag(bytes), size: body.length * 2 + bytes.length }
    if (entry.size > budget) return entry
    kept.set(body, entry)
    used += entry.size
    for (const [text, old] of kept) {
      if (used <= budget) break
      kept.delete(text)
      used -= old.size
    }
    return entry
  }
}
