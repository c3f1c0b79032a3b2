// Runs a Payload CLI command and checks that it did its work: on Node 20 the CLI sometimes
// exits having done nothing, so the expected file is checked and the command retried.
// --conditions=production makes Lexical load its plain ESM build: its "node" build uses
// top-level await, which Node 20's loader sometimes leaves unsettled (silent exit 13).
import { spawnSync } from 'node:child_process'
import {
  appendFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

const [command, ...rest] = process.argv.slice(2)
const root = path.resolve(import.meta.dirname, '..')
const stamp = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0)
const migrationsDir = path.join(root, 'src/migrations')
const listMigrations = () =>
  existsSync(migrationsDir) ? readdirSync(migrationsDir).sort().join('|') : ''

const typesFile = path.join(root, 'src/payload-types.ts')
// Payload leaves the types file alone when nothing changed, which looks like a run that did
// nothing: a marker line at its end makes every real run rewrite it (and the marker go).
const MARKER = '\n// generate:types has not rewritten this file yet\n'
const marked = () => existsSync(typesFile) && readFileSync(typesFile, 'utf8').endsWith(MARKER)
const prepare = {
  'generate:types': () => existsSync(typesFile) && !marked() && appendFileSync(typesFile, MARKER),
}
const unmark = () => {
  if (!marked()) return
  const text = readFileSync(typesFile, 'utf8')
  writeFileSync(typesFile, text.slice(0, -MARKER.length))
}

const outputs = {
  'generate:types': () => stamp(typesFile),
  'generate:importmap': () => stamp(path.join(root, 'src/app/(payload)/admin/importMap.js')),
  'migrate:create': listMigrations,
  // Migrating changes no file; its exit code is the answer.
  migrate: null,
}
if (!(command in outputs)) {
  console.error(`Usage: node scripts/payload-cli.mjs ${Object.keys(outputs).join(' | ')} [args]`)
  process.exit(2)
}

for (let attempt = 1; attempt <= 4; attempt++) {
  const check = outputs[command]
  prepare[command]?.()
  const before = check?.()
  const result = spawnSync('npx', ['payload', command, ...rest], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation --conditions=production' },
  })
  if (result.status !== 0) {
    unmark()
    process.exit(result.status ?? 1)
  }
  if (!check || check() !== before) process.exit(0)
  console.warn(
    `payload ${command} exited without writing its output (attempt ${attempt}); retrying…`,
  )
}
unmark()
console.error(`payload ${command} did not write its output after 4 attempts.`)
process.exit(1)
