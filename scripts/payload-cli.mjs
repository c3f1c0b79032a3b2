// Runs a Payload CLI command and checks that it did its work: on Node 20 the CLI sometimes
// exits having done nothing, so the expected file is checked and the command retried.
// --conditions=production makes Lexical load its plain ESM build: its "node" build uses
// top-level await, which Node 20's loader sometimes leaves unsettled (silent exit 13).
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const [command, ...rest] = process.argv.slice(2)
const root = path.resolve(import.meta.dirname, '..')
const stamp = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0)
const migrationsDir = path.join(root, 'src/migrations')
const listMigrations = () =>
  existsSync(migrationsDir) ? readdirSync(migrationsDir).sort().join('|') : ''

const outputs = {
  'generate:types': () => stamp(path.join(root, 'src/payload-types.ts')),
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
  const before = check?.()
  const result = spawnSync('npx', ['payload', command, ...rest], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation --conditions=production' },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
  if (!check || check() !== before) process.exit(0)
  console.warn(
    `payload ${command} exited without writing its output (attempt ${attempt}); retrying…`,
  )
}
console.error(`payload ${command} did not write its output after 4 attempts.`)
process.exit(1)
