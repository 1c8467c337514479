import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { byOperation, mockClient, renderWithProviders } from '../test/render'
import { DashboardPage } from './DashboardPage'

const dashboard = {
  data: {
    interventionStatuses: [
      { id: 's1', name: 'New', category: 'OPEN', localizedName: 'New' },
      { id: 's5', name: 'Closed', category: 'CLOSED', localizedName: 'Closed' },
    ],
    silentPrinters: [],
    printersWithAlerts: [],
    open: { totalCountCapped: 10001, totalCountIsExact: false },
    today: { totalCountCapped: 1234, totalCountIsExact: true, edges: [] },
  },
}

const statusCount = (variables: Record<string, unknown>) => ({
  data: {
    interventions:
      variables.statusId === 's1'
        ? { totalCountCapped: 10001, totalCountIsExact: false }
        : { totalCountCapped: 7, totalCountIsExact: true },
  },
})

describe('DashboardPage', () => {
  it('asks only capped counts, and shows a count past the cap as "10,000+"', async () => {
    const client = mockClient({ executeQuery: byOperation({ Dashboard: dashboard, StatusCount: statusCount }) })
    renderWithProviders(<DashboardPage />, { client })
    expect((await screen.findByTestId('dashboard-open')).textContent).toBe('10,000+')
    expect(screen.getByTestId('dashboard-today').textContent).toBe('1,234')
    expect((await screen.findByTestId('status-count-New')).textContent).toBe('10,000+')
    expect((await screen.findByTestId('status-count-Closed')).textContent).toBe('7')
    // No query of the dashboard asks an exact count (a COUNT(*) over every match).
    const { print } = await import('graphql')
    const asked = client.executeQuery.mock.calls.map(([request]) => print(request.query))
    const counting = asked.filter((q) => /interventions\(/.test(q))
    expect(counting.length).toBeGreaterThanOrEqual(3)
    for (const query of counting) {
      expect(query).toMatch(/totalCountCapped/)
      expect(query).not.toMatch(/\btotalCount\b/)
    }
  })

  it('formats capped counts in the reader\'s language', async () => {
    const client = mockClient({ executeQuery: byOperation({ Dashboard: dashboard, StatusCount: statusCount }) })
    renderWithProviders(<DashboardPage />, { client, language: 'fr' })
    expect((await screen.findByTestId('dashboard-open')).textContent?.replace(/\s/g, ' ')).toBe('10 000+')
  })
})
