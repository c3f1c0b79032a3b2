export const PAGE_BYTES_BUDGET: number
export function pageBytesMemo(
  budget?: number,
): (body: string | Buffer, options?: { keep?: boolean }) => { bytes: Buffer; tag: string }
