import { describe, expect, it } from 'vitest'
import { renderTable } from '../report/table'

describe('renderTable', () => {
  it('renders one markdown row per figure with the result marked, escaping pipes', () => {
    const table = renderTable([
      { figure: 'REST vs GraphQL', measured: '0.71 (710 vs 1000)', target: '≥ 0.66', status: 'pass' },
      { figure: 'map', measured: 'not available: no map | yet', target: 'SSR ≤ 2×', status: 'n/a' },
      { figure: 'scale', measured: '3.1×', target: '≤ 2×', status: 'miss', note: 'locales scan' },
    ])
    expect(table.split('\n')).toEqual([
      '| figure | measured | target | result | note |',
      '| --- | --- | --- | --- | --- |',
      '| REST vs GraphQL | 0.71 (710 vs 1000) | ≥ 0.66 | pass |  |',
      '| map | not available: no map \\| yet | SSR ≤ 2× | n/a |  |',
      '| scale | 3.1× | ≤ 2× | **miss** | locales scan |',
    ])
  })
})
