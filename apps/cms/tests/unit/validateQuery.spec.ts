import { describe, expect, it } from 'vitest'
import { validateQuery } from '../../src/middleware/validateQuery'

const check = (query: string) => validateQuery(new URLSearchParams(query))

describe('validateQuery', () => {
  it.each([
    'where[slug][equals]=hamburg-shanghai',
    'where[slug.de][equals]=hamburg-shanghai',
    'where[or][0][_status][equals]=draft&where[or][1][title][like]=x',
    'where[id][in][0]=a&where[id][in][1]=b',
    'where[id][in]=a,b',
    'where[date][less_than_equal]=2026-01-01&sort=-date',
    'sort=title,-since',
    'select[title]=true&select[slug]=true',
    'populate[cities][name]=true',
  ])('accepts %s', (query) => {
    expect(check(query)).toBeNull()
  })

  it.each([
    ['where', 'where=notjson'],
    ['where', 'where[=1'],
    ['where', 'where]=1'],
    ['where', 'where[title]=x'],
    ['where', 'where[title][equals][deep]=x'],
    ['where', 'where[or][0]=x'],
    ['where', 'where[id][near]=1'],
    ['where', 'where[id][unknown]=1'],
    ['where', "where[' OR 1=1--][equals]=1"],
    ['where', `where${'[and][0]'.repeat(7)}[id][equals]=1`],
    ['where[__proto__][equals]', 'where[__proto__][equals]=1'],
    ['select', 'select[../etc]=true'],
    ['sort', 'sort=__proto__'],
    ['sort', "sort=' OR 1=1"],
    ['query', `where[title][equals]=${'a'.repeat(9000)}`],
  ])('refuses a bad %s: %s', (field, query) => {
    expect(check(query)?.field).toBe(field)
  })
})
