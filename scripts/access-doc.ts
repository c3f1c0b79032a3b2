/** npm run docs:access — writes docs/access.md from the live config (src/access/matrix.ts). */
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { accessMatrix } from '@/access/matrix'

const { default: configPromise } = await import('@payload-config')
const file = path.resolve(import.meta.dirname, '../docs/access.md')
writeFileSync(file, await accessMatrix(await configPromise))
console.log(`Wrote ${path.relative(process.cwd(), file)}.`)
process.exit(0)
