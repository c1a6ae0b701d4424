import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { groupCpuMs, parseStat } from '../servers/cpuTime'

// A /proc/<pid>/stat line: pid (name) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
const stat = (pid: number, name: string, group: number, user: number, system: number) =>
  `${pid} (${name}) S 1 ${group} ${group} 0 -1 4194560 100 0 0 0 ${user} ${system} 0 0 20 0 11 0 1234 0 0\n`

describe('server CPU from /proc', () => {
  it('reads the process group and user + system ticks, also when the name holds spaces and parentheses', () => {
    expect(parseStat(stat(42, 'next-server (v16.4.6)', 40, 250, 50))).toEqual({ group: 40, ticks: 300 })
    expect(parseStat('garbage')).toBeNull()
  })

  it('adds up every process of the group and nothing else', () => {
    const proc = mkdtempSync(path.join(tmpdir(), 'proc-'))
    const write = (pid: number, line: string) => {
      mkdirSync(path.join(proc, String(pid)))
      writeFileSync(path.join(proc, String(pid), 'stat'), line)
    }
    write(40, stat(40, 'node', 40, 100, 20))
    write(41, stat(41, 'next-server (v16.4.6)', 40, 300, 80))
    write(50, stat(50, 'node', 50, 999, 999))
    mkdirSync(path.join(proc, 'self'))
    expect(groupCpuMs(40, proc, 100)).toBe(5000)
    expect(groupCpuMs(50, proc, 100)).toBe(19980)
    expect(groupCpuMs(60, proc, 100)).toBe(0)
  })

  it('answers null where there is no /proc', () => {
    expect(groupCpuMs(1, path.join(tmpdir(), 'no-such-proc'))).toBeNull()
  })

  it('sees the CPU this test process group spends, on the real /proc', () => {
    const own = parseStat(readFileSync('/proc/self/stat', 'utf8'))!
    const before = groupCpuMs(own.group)!
    // Busy until the kernel has counted more CPU for the group: no wall-clock budget to miss on a loaded machine.
    let after = before
    for (let spins = 0; after <= before && spins < 10_000; spins += 1) {
      for (let i = 0; i < 100_000; i += 1) Math.sqrt(i)
      after = groupCpuMs(own.group)!
    }
    expect(after).toBeGreaterThan(before)
  })
})
