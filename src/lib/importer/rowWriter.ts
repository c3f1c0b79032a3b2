import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type RequiredDataFromCollectionSlug,
} from 'payload'
import type { DeepPartial } from 'ts-essentials'

import type { ID } from '@/lib/relations'

type Collection = 'guests' | 'episodes' | 'interviews'
/** What a row writes to a document of the collection: any of its fields. */
export type RowData<C extends Collection> = DeepPartial<RequiredDataFromCollectionSlug<C>>

/**
 * Writes one row all or nothing: inside a transaction where the database has them (MongoDB on
 * a replica set), otherwise (SQLite, where Payload leaves transactions off) by undoing what the
 * row wrote — deleting what it created, putting back what it changed. In a dry run it writes
 * nothing and answers with null ids.
 */
export class RowWriter {
  private undo: (() => Promise<unknown>)[] = []

  private constructor(
    private payload: Payload,
    private req: PayloadRequest,
    private transaction: boolean,
    private dryRun: boolean,
  ) {}

  static async start(payload: Payload, dryRun: boolean): Promise<RowWriter> {
    // Editors' caches are refreshed by the site, not by each imported row.
    const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
    const transaction = dryRun ? false : Boolean(await initTransaction(req))
    return new RowWriter(payload, req, transaction, dryRun)
  }

  private get options() {
    return { req: this.req, overrideAccess: true, depth: 0 } as const
  }

  async create<C extends Collection>(
    collection: C,
    data: RequiredDataFromCollectionSlug<C>,
  ): Promise<ID | null> {
    if (this.dryRun) return null
    const doc = await this.payload.create({ collection, data, ...this.options })
    this.undo.push(() => this.payload.delete({ collection, id: doc.id, ...this.options }))
    return doc.id
  }

  async update<C extends Collection>(collection: C, id: ID, data: RowData<C>): Promise<void> {
    if (this.dryRun) return
    const fields = Object.keys(data)
    const select = Object.fromEntries(fields.map((k) => [k, true]))
    const before = new Map(
      Object.entries(await this.payload.findByID({ collection, id, select, ...this.options })),
    )
    await this.payload.update({ collection, id, data, ...this.options })
    // The same fields as they were read back (one that was empty is emptied again).
    const restore = Object.fromEntries(fields.map((k) => [k, before.get(k) ?? null])) as RowData<C>
    this.undo.push(() => this.payload.update({ collection, id, data: restore, ...this.options }))
  }

  async interviewsOf(episode: ID) {
    const { docs } = await this.payload.find({
      collection: 'interviews',
      where: { episode: { equals: episode } },
      pagination: false,
      select: { title: true, startTime: true, endTime: true, guests: true },
      ...this.options,
    })
    return docs
  }

  async commit() {
    if (this.transaction) await commitTransaction(this.req)
  }

  async rollback() {
    if (this.transaction) return void (await killTransaction(this.req))
    for (const step of this.undo.reverse()) await step().catch(() => undefined)
  }
}
