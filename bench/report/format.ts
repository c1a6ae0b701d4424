// Number formatting shared by the figures, so the table reads the same everywhere.

export const fixed = (value: number, digits = 2): string => (Number.isFinite(value) ? value.toFixed(digits) : '–')
export const ms = (value: number): string => (Number.isFinite(value) ? `${Math.round(value)} ms` : '–')
export const rps = (value: number): string => (Number.isFinite(value) ? `${Math.round(value)} req/s` : '–')
export const kb = (bytes: number): string => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : '–')
