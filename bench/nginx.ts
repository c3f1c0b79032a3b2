/**
 * nginx for the benchmark, from Debian's package, on loopback: one server that serves saved page
 * bodies as static files (the physical ceiling for those bytes) and, beside it, the shipped
 * reverse proxy (deploy/nginx.conf) in front of the app.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const NGINX = '/usr/sbin/nginx'

export function hasNginx() {
  return spawnSync(NGINX, ['-v']).status === 0
}

/** deploy/nginx.conf with the run's upstream, port and cache folder put in; nothing else changed. */
export function proxyConfig(root: string, { app, listen, cacheDir }: Record<string, string>) {
  const shipped = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8')
  const config = shipped
    .replace(/server app:3000;/, `server ${app};`)
    .replace(/listen 80;/, `listen ${listen};`)
    .replaceAll('/var/cache/nginx/', `${cacheDir}/`)
  for (const needle of [app, listen, cacheDir])
    if (!config.includes(needle)) throw new Error(`deploy/nginx.conf: could not set ${needle}`)
  return config
}

export function startNginx({
  root,
  dir,
  appPort,
  proxyPort,
  staticPort,
  staticDir,
}: {
  root: string
  dir: string
  appPort: number
  proxyPort: number
  staticPort: number
  staticDir: string
}): ChildProcess {
  for (const sub of ['cache', 'temp', 'logs']) mkdirSync(path.join(dir, sub), { recursive: true })
  writeFileSync(
    path.join(dir, 'proxy.conf'),
    proxyConfig(root, {
      app: `127.0.0.1:${appPort}`,
      listen: `127.0.0.1:${proxyPort}`,
      cacheDir: path.join(dir, 'cache'),
    }),
  )
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, 'temp', name)};`
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `# Written by npm run bench.
user root;
worker_processes auto;
daemon off;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'logs/error.log')} warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  # The same bytes the app served, as static files.
  server {
    listen 127.0.0.1:${staticPort};
    root ${staticDir};
    location / { try_files $uri =404; }
  }
  include ${path.join(dir, 'proxy.conf')};
}
`,
  )
  const test = spawnSync(NGINX, ['-t', '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' })
  if (test.status !== 0) throw new Error(`nginx refused its configuration:\n${test.stderr}`)
  return spawn(NGINX, ['-c', path.join(dir, 'nginx.conf')], { stdio: 'inherit' })
}
