import autocannon from 'autocannon'

/** The public pages and feeds the load mixes, weighted by repetition. */
export const READS = [
  '/',
  '/',
  '/writing',
  '/writing',
  '/writing/night-shift',
  '/es/writing',
  '/art',
  '/art/steam-and-light',
  '/upfront',
  '/upfront/455',
  '/guests/joe-nakamura',
  '/events',
  '/search?q=union',
  '/numbers',
  '/upfront/feed.xml',
  '/events/calendar.ics',
  '/sitemap.xml',
]

export type LoadResult = {
  requests: number
  seconds: number
  perSecond: number
  latency: { p50: number; p97_5: number; p99: number; max: number }
  statuses: Record<string, number>
  errors: number
  timeouts: number
  submissionsSent: number
  submissionsAccepted: string[]
}

/** The submission form as a browser without JavaScript posts it: its hidden fields and ours. */
async function submissionBodies(baseURL: string, count: number, tag: string) {
  const html = await (await fetch(`${baseURL}/submit`)).text()
  const hidden = [
    ...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g),
  ].map(([, name, value = '']) => [
    name,
    value
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&'),
  ])
  if (!hidden.some(([name]) => name.startsWith('$ACTION')))
    throw new Error('no server action on /submit')
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const title = `Load test poem ${tag}-${i}`
      const form = new FormData()
      for (const [name, value] of hidden) form.append(name, value)
      for (const [name, value] of Object.entries({
        kind: 'writing',
        title,
        form: 'poem',
        language: 'en',
        text: `Line one of ${title}.\nLine two, at the end of the shift.`,
        credit: 'name',
        name: `Load Tester ${i}`,
        consentOnline: 'on',
        email: `load.${tag}.${i}@example.org`,
        website: '',
      }))
        form.append(name, value)
      const request = new Request(`${baseURL}/submit`, { method: 'POST', body: form })
      return {
        title,
        body: Buffer.from(await request.arrayBuffer()),
        type: request.headers.get('content-type')!,
        // A different visitor each time (the test server trusts X-Forwarded-For, as behind nginx).
        address: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      }
    }),
  )
}

/**
 * Public page and feed reads with a form submission every `submitEvery` requests, from
 * `connections` clients for `duration` seconds (autocannon, on loopback).
 */
export async function runMix({
  baseURL,
  connections,
  duration,
  submitEvery = 10,
  maxSubmissions = 4000,
}: {
  baseURL: string
  connections: number
  duration: number
  submitEvery?: number
  maxSubmissions?: number
}): Promise<LoadResult> {
  const tag = Date.now().toString(36)
  const bodies = await submissionBodies(baseURL, maxSubmissions, tag)
  const statuses: Record<string, number> = {}
  const accepted: string[] = []
  let sent = 0
  let counter = 0
  type Context = { title?: string }
  const result = await autocannon({
    url: baseURL,
    connections,
    duration,
    timeout: 30,
    requests: [
      {
        setupRequest: (request, context: Context) => {
          counter++
          if (counter % submitEvery === 0 && sent < bodies.length) {
            const s = bodies[sent++]
            context.title = s.title
            return {
              ...request,
              method: 'POST',
              path: '/submit',
              body: s.body,
              headers: { 'content-type': s.type, 'x-forwarded-for': s.address },
            }
          }
          context.title = undefined
          return {
            ...request,
            method: 'GET',
            path: READS[counter % READS.length],
            body: undefined,
            headers: {},
          }
        },
        onResponse: (status: number, _body: string, context: Context) => {
          statuses[status] = (statuses[status] ?? 0) + 1
          // Without JavaScript a stored submission answers 303, to its receipt.
          if (context.title && status === 303) accepted.push(context.title)
        },
      },
    ],
  })
  return {
    requests: result.requests.total,
    seconds: result.duration,
    perSecond: Math.round(result.requests.average),
    latency: {
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    submissionsSent: sent,
    submissionsAccepted: accepted,
  }
}

/** Which of these titles are stored as submitted writings (asked as an editor, through REST). */
export async function storedTitles(baseURL: string, password: string, titles: string[]) {
  const login = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@example.com', password }),
  })
  const { token } = (await login.json()) as { token: string }
  const found = new Set<string>()
  for (let page = 1; ; page++) {
    const res = await fetch(
      `${baseURL}/api/writings?where[title][like]=Load test poem&depth=0&limit=500&page=${page}&select[title]=true`,
      { headers: { Authorization: `JWT ${token}` } },
    )
    const { docs, hasNextPage } = (await res.json()) as {
      docs: { title: string }[]
      hasNextPage: boolean
    }
    for (const d of docs) found.add(d.title)
    if (!hasNextPage) break
  }
  return titles.filter((t) => found.has(t))
}
