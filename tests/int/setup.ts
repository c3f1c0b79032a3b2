// Runs before each test file's imports: a fresh temporary SQLite file and media folder, so no
// module (the config, the Media collection) ever sees the developer's own data.
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = mkdtempSync(path.join(os.tmpdir(), 'vv-int-'))
process.env.VV_TEST_DIR = dir
const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl || databaseUrl.startsWith('file:'))
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.sqlite')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = 'integration-test-secret'
