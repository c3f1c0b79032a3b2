/**
 * Lighthouse (npm `lighthouse` 12.x; 13 needs Node 22) in Debian's Chromium, mobile settings as
 * Lighthouse defines them (simulated slow 4G and a mid-range phone): the four category scores and
 * the two figures the performance score mostly rests on. A single run varies by several points on
 * a busy 2-core machine, so each page runs three times and the median run is reported, as
 * Lighthouse's own guidance on variability recommends (its `computeMedianRun`).
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/support/chromium.mjs'

export type LighthouseRow = {
  url: string
  /** The runs with a first paint, of RUNS. */
  runs: number
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  tbtMs: number
}

export const RUNS = 3

export async function runLighthouse(urls: string[]): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
  })
  try {
    const rows: LighthouseRow[] = []
    for (const url of urls) {
      const runs = []
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        })
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
        // A run that saw no first paint (Chromium starved of CPU, NO_FCP) has nothing to rank:
        // the median is taken over the others, and the row says how many there were.
        if (result.lhr.audits['first-contentful-paint']?.numericValue === undefined)
          console.warn(`Lighthouse: no first paint on ${url} (${result.lhr.runtimeError?.code})`)
        else runs.push(result.lhr)
      }
      if (!runs.length) {
        console.warn(`Lighthouse: no first paint on ${url} in ${RUNS} runs; left out of the table`)
        continue
      }
      const { categories, audits } = computeMedianRun(runs)
      const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100)
      rows.push({
        url,
        runs: runs.length,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
      })
    }
    return rows
  } finally {
    await chrome.kill()
  }
}
