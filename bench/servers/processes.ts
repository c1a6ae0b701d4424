// Every server the bench starts is registered here and stopped on exit, failure or Ctrl-C, so a broken
// run never leaves a CMS or site listening. Each runs in its own process group: stopping it stops its
// children too (a server may fork workers).
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream } from 'node:fs'

/** A running server; `group` is its process group (the id of the process the bench started). */
export type Server = { name: string; url: string; logFile: string; group: number; stop(): Promise<void> }

const running = new Set<ChildProcess>()

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  running.delete(child)
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => killGroup(child, 'SIGKILL'), 5000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    killGroup(child, 'SIGTERM')
  })
}

/** Stops everything still running; safe to call twice. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stopChild))
}

let handlersInstalled = false
function installExitHandlers() {
  if (handlersInstalled) return
  handlersInstalled = true
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stopAll().finally(() => process.exit(130))
    })
  }
  // Last resort when the run throws past its own cleanup: synchronous kill of every group.
  process.once('exit', () => {
    for (const child of running) killGroup(child, 'SIGKILL')
  })
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number, name: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it answered`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
      if (response.status < 500) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs / 1000} s`)
}

type StartOptions = { name: string; command: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv; url: string; readyPath: string; logFile: string; timeoutMs?: number }

/** Starts a server, waits until `readyPath` answers below 500, and returns how to stop it. */
export async function startServer(options: StartOptions): Promise<Server> {
  installExitHandlers()
  const log = createWriteStream(options.logFile)
  const child = spawn(options.command, options.args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  running.add(child)
  try {
    await waitForHttp(`${options.url}${options.readyPath}`, child, options.timeoutMs ?? 90_000, options.name)
  } catch (error) {
    await stopChild(child)
    throw new Error(`${(error as Error).message} (log: ${options.logFile})`)
  }
  return { name: options.name, url: options.url, logFile: options.logFile, group: child.pid!, stop: () => stopChild(child) }
}
