export const PAGE_BYTES_BUDGET: number
export function pageBytesMemo(
  budget?: number,
): (body: string | Buffer) => { bytes: Buffer; tag: string }
