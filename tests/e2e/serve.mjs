// `node tests/e2e/serve.mjs [port]`: the server the browser tests drive (tests/support/productionServer.mjs).
import { startTestServer } from '../support/productionServer.mjs'

const { server } = startTestServer({ name: 'e2e', port: process.argv[2] ?? '3100' })
const stop = () => server.kill('SIGTERM')
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
server.on('exit', (code) => process.exit(code ?? 0))
