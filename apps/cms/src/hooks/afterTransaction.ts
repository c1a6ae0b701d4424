import type { PayloadRequest } from 'payload'

/** A save whose transaction has not ended by then is left to its own timeouts. */
const maxWaitMs = 60_000

/**
 * Runs `task` once the operation's transaction has ended. Payload commits only after every afterChange
 * and afterOperation hook has returned, and has no hook after the commit
 * (https://github.com/payloadcms/payload/issues/5886); it deletes `req.transactionID` when it commits or
 * rolls back, which is what this waits for. Never awaited by the hook: the hook returning is what lets
 * the commit happen.
 */
export function afterTransaction(req: PayloadRequest, task: () => Promise<void>): void {
  const started = Date.now()
  const check = () => {
    if (!req.transactionID || Date.now() - started > maxWaitMs) void task()
    else setTimeout(check, 5).unref()
  }
  setTimeout(check, 0).unref()
}
