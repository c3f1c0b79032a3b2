// scripts/system-deps.sh owns the list of Debian packages the tests need (issue #19): it reports
// exactly what is missing, with the reason, and says what to run when it may not install.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

const script = path.resolve(import.meta.dirname, '../../scripts/system-deps.sh')
const fake = mkdtempSync(path.join(os.tmpdir(), 'vv-deps-'))
const bin = path.join(fake, 'bin')
mkdirSync(bin)
afterAll(() => rmSync(fake, { recursive: true, force: true }))

const tool = (name: string, body = 'exit 0') => {
  writeFileSync(path.join(bin, name), `#!/bin/bash\n${body}\n`)
  chmodSync(path.join(bin, name), 0o755)
}
// A machine with Chromium, poppler, zbar and Java, but not redis, the CJK fonts or epubcheck.
tool('chromium')
tool('pdftotext')
tool('zbarimg')
tool('java')

const run = (...args: string[]) =>
  spawnSync('/bin/bash', [script, ...args], {
    env: { PATH: bin, SYSTEM_DEPS_ROOT: fake, NODE_ENV: 'test' } as NodeJS.ProcessEnv,
    encoding: 'utf8',
  })

describe('scripts/system-deps.sh', () => {
  it('lists exactly the missing packages, each with its reason, and the command', () => {
    const r = run()
    expect(r.status).toBe(1)
    const missing = [...r.stdout.matchAll(/^missing: (\S+) — (.+)$/gm)].map((m) => m[1])
    expect(missing).toEqual(['redis-server', 'fonts-noto-cjk', 'epubcheck'])
    expect(r.stdout).toMatch(
      /missing: epubcheck — the publishing tests validate the anthology EPUB/,
    )
    expect(r.stdout).toContain('apt-get install -y redis-server fonts-noto-cjk epubcheck')
  })

  it('says all is there when it is', () => {
    tool('redis-server')
    tool('epubcheck')
    const font = path.join(fake, 'usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc')
    mkdirSync(path.dirname(font), { recursive: true })
    writeFileSync(font, '')
    const r = run('--install')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/all 7 packages the tests need are installed/)
    rmSync(path.join(bin, 'redis-server'))
  })

  it('without root or sudo, stops with the exact command instead of installing', () => {
    tool('id', 'echo 1000')
    const r = run('--install')
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('needs root')
    expect(r.stderr).toContain("sudo sh -c 'apt-get update && apt-get install -y redis-server'")
  })

  it('refuses an unknown option', () => {
    expect(run('--frobnicate').status).toBe(2)
  })
})
