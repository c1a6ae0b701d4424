import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

/** A server process started by a test harness, with the tail of what it wrote. */
export type ServiceProcess = {
  child: ChildProcess
  output: () => string
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
  stop: (graceMs?: number) => Promise<void>
}

/** Thrown when a service cannot start, naming it and saying what to install or what it printed. */
export class ServiceStartError extends Error {
  constructor(service: string, reason: string) {
    super(`[testing] ${service} could not start: ${reason}`)
    this.name = 'ServiceStartError'
  }
}

/** The binary at the first of `paths` that exists, or a ServiceStartError that says how to install it. */
export function binary(service: string, paths: string[], install: string): string {
  const found = paths.find((path) => existsSync(path))
  if (!found) throw new ServiceStartError(service, `${paths.join(' or ')} is missing (${install}; .ci/run installs it)`)
  return found
}

/** Starts `command` in a process group of its own, so that stopping it stops what it spawned too. */
export function startProcess(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): ServiceProcess {
  let output = ''
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, name)
    } catch {
      // Already gone.
    }
  }
  return {
    child,
    output: () => output,
    stop: async (graceMs = 5_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return
      signal('SIGTERM')
      const timer = setTimeout(() => signal('SIGKILL'), graceMs)
      await exited
      clearTimeout(timer)
    },
  }
}

/** Polls `check` until it is true; fails with the service's output when it exits or `timeoutMs` passes. */
export async function waitUntil(service: string, check: () => Promise<boolean>, { process: started, timeoutMs = 15_000 }: { process?: ServiceProcess; timeoutMs?: number } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (started && (started.child.exitCode !== null || started.child.signalCode !== null)) {
      throw new ServiceStartError(service, `it exited (${started.child.exitCode ?? started.child.signalCode})\n${started.output().slice(-3000)}`)
    }
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new ServiceStartError(service, `not ready after ${timeoutMs} ms\n${started?.output().slice(-3000) ?? ''}`)
}
