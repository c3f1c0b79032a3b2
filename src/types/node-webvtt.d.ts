// node-webvtt 1.9 ships no types (2.x does, but needs Node 22): the part this app uses.
declare module 'node-webvtt' {
  export type VttCue = {
    identifier: string
    start: number
    end: number
    text: string
    styles: string
  }
  export type VttInput = { valid: boolean; cues: VttCue[] }
  const webvtt: {
    parse(
      input: string,
      options?: { strict?: boolean; meta?: boolean },
    ): VttInput & {
      strict: boolean
      errors: unknown[]
    }
    compile(input: VttInput): string
  }
  export default webvtt
}
