import { randomUUID } from 'node:crypto'
import type { Redis } from 'ioredis'

/** Where the generations live in Redis, and the channel a purge is announced on. */
export const generationsKey = 'stadtmacher:cache:generations'
export const purgeChannel = 'stadtmacher:cache:purged'

/**
 * The current generation of each group of cache entries (one per cached handler name, one for all
 * rendered pages), shared by every site instance through Redis. A purge gives the purged groups new,
 * random generations; an entry counts only under the generation it was written in, so a purge reaches
 * both tiers of every instance at once, without deleting anything anywhere.
 *
 * Each instance keeps a copy, refreshed when a purge is announced, when its connection comes back and
 * every few seconds. Random tokens, not counters: a Redis that restarted empty can never hand out a
 * generation that an old entry was written under.
 *
 * A purge must not be lost while Redis is unreachable. Then no instance can record it, and none hears
 * of it; so an instance whose connection comes back after an outage gives every group a new generation
 * (the shared tier starts cold once, rather than serving what a lost purge should have removed), and
 * while it is cut off it serves its first tier for at most `staleWindowMs` (tieredCacheDriver.ts).
 */
export class Generations {
  private current = new Map<string, string>()
  private syncedAt = 0
  private lostContact = false
  private readonly timer: NodeJS.Timeout
  /** Called with the groups whose generation changed (the first tier frees their entries). */
  onChange?: (groups: string[]) => void

  constructor(
    private readonly commands: Redis,
    private readonly subscriber: Redis,
    { resyncMs }: { resyncMs: number },
  ) {
    subscriber.on('message', (_channel: string, message: string) => this.apply(message))
    void subscriber.subscribe(purgeChannel).catch(() => undefined)
    // A subscriber that reconnects may have missed announcements: read the whole set again.
    subscriber.on('ready', () => void this.sync())
    commands.on('close', () => {
      if (this.syncedAt > 0) this.lostContact = true
    })
    commands.on('ready', () => void this.sync())
    this.timer = setInterval(() => void this.sync(), resyncMs)
    this.timer.unref()
  }

  /** The generation entries of `group` are written and read under; '' before the first sync. */
  of(group: string): string {
    return this.current.get(group) ?? ''
  }

  /** When the copy was last confirmed by Redis (epoch ms; 0: never). */
  get confirmedAt(): number {
    return this.syncedAt
  }

  /** Reads every generation from Redis, creating missing ones; after an outage, renews all of them first. */
  async sync(): Promise<boolean> {
    try {
      const stored = await this.commands.hgetall(generationsKey)
      if (this.lostContact) {
        await this.renew([...new Set([...this.current.keys(), ...Object.keys(stored)])])
        this.lostContact = false
        return true
      }
      this.replace(stored)
      this.syncedAt = Date.now()
      return true
    } catch {
      return false
    }
  }

  /** Makes sure `groups` have a generation in Redis (the first write of a group) and in the copy. */
  async ensure(groups: string[]): Promise<void> {
    const missing = groups.filter((group) => !this.current.has(group))
    if (!missing.length) return
    const pipeline = this.commands.multi()
    for (const group of missing) pipeline.hsetnx(generationsKey, group, randomUUID())
    pipeline.hgetall(generationsKey)
    const results = await pipeline.exec()
    const all = results?.at(-1)?.[1] as Record<string, string> | undefined
    if (all) this.replace(all)
  }

  /** Gives `groups` new generations in Redis and announces it to every instance; throws when Redis is unreachable. */
  async renew(groups: string[]): Promise<void> {
    const renewed = Object.fromEntries(groups.map((group) => [group, randomUUID()]))
    if (!groups.length) {
      this.syncedAt = Date.now()
      return
    }
    await this.commands.multi().hset(generationsKey, renewed).publish(purgeChannel, JSON.stringify(renewed)).exec()
    this.applyRenewed(renewed)
    this.syncedAt = Date.now()
  }

  close(): void {
    clearInterval(this.timer)
    this.commands.disconnect()
    this.subscriber.disconnect()
  }

  private apply(message: string): void {
    try {
      this.applyRenewed(JSON.parse(message) as Record<string, string>)
    } catch {
      // Not ours: the channel name is namespaced, but a stray publisher must not break the site.
    }
  }

  private applyRenewed(renewed: Record<string, string>): void {
    const changed = Object.keys(renewed).filter((group) => this.current.get(group) !== renewed[group])
    for (const group of changed) this.current.set(group, renewed[group] as string)
    if (changed.length) this.onChange?.(changed)
  }

  private replace(stored: Record<string, string>): void {
    const changed = [...new Set([...this.current.keys(), ...Object.keys(stored)])].filter((group) => this.current.get(group) !== stored[group])
    this.current = new Map(Object.entries(stored))
    if (changed.length) this.onChange?.(changed)
  }
}
