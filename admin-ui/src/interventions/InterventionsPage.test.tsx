import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { CombinedError } from '@urql/core'
import { describe, expect, it } from 'vitest'
import { makeSubject } from 'wonka'
import type { InterventionsQuery } from '../gql/graphql'
import { formatDateTime } from '../i18n/format'
import { answer, mockClient, renderWithProviders } from '../test/render'
import { InterventionsPage } from './InterventionsPage'

type Node = NonNullable<NonNullable<NonNullable<InterventionsQuery['interventions']['edges']>[number]>['node']>

const nodes: Node[] = [
  {
    id: 'i2',
    reference: 'PB-2026-000002',
    reporterEmail: 'alice@customer.test',
    createdAt: '2026-03-04T14:05:00Z',
    status: { id: 's1', name: 'New', category: 'OPEN' },
    printer: { id: 'p1', serial: 'SN-0001' },
  },
  {
    id: 'i1',
    reference: 'PB-2026-000001',
    reporterEmail: 'bob@customer.test',
    createdAt: '2026-03-01T09:00:00Z',
    status: { id: 's5', name: 'Closed', category: 'CLOSED' },
    printer: null,
  },
]

function page(items: Node[], hasNextPage = false): { data: InterventionsQuery } {
  return {
    data: {
      interventions: {
        totalCount: items.length,
        pageInfo: { hasNextPage, endCursor: items.length ? `cursor-${items.at(-1)?.id}` : null },
        edges: items.map((node) => ({ node })),
      },
    },
  }
}

describe('InterventionsPage', () => {
  it('says so when there are no interventions yet', async () => {
    const client = mockClient({ executeQuery: () => answer(page([])) })
    renderWithProviders(<InterventionsPage />, { client })
    expect(await screen.findByText('No interventions yet')).toBeTruthy()
    expect(screen.queryByRole('table')).toBeNull()
  })

  it('lists the interventions, newest first, 25 at a time', async () => {
    const client = mockClient({ executeQuery: () => answer(page(nodes)) })
    renderWithProviders(<InterventionsPage />, { client })

    const table = await screen.findByRole('table')
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(3) // header + 2
    const first = within(rows[1])
    expect(first.getByText('PB-2026-000002')).toBeTruthy()
    expect(first.getByText('New')).toBeTruthy()
    expect(first.getByText('SN-0001')).toBeTruthy()
    expect(first.getByText('alice@customer.test')).toBeTruthy()
    expect(first.getByText(formatDateTime('2026-03-04T14:05:00Z', 'en'))).toBeTruthy()
    expect(within(rows[2]).getByText('—')).toBeTruthy() // no printer
    expect(screen.getByText('2 interventions')).toBeTruthy()

    expect(client.executeQuery.mock.calls[0][0].variables).toEqual({ first: 25, after: null, where: null })
  })

  it('shows the dates and headings in the chosen language', async () => {
    const client = mockClient({ executeQuery: () => answer(page(nodes)) })
    renderWithProviders(<InterventionsPage />, { client, language: 'fr' })
    expect(await screen.findByRole('columnheader', { name: 'Référence' })).toBeTruthy()
    expect(screen.getByText(formatDateTime('2026-03-04T14:05:00Z', 'fr'))).toBeTruthy()
    expect(formatDateTime('2026-03-04T14:05:00Z', 'fr')).toMatch(/mars 2026/)
  })

  it('follows the cursor to the next page and back', async () => {
    const client = mockClient({ executeQuery: () => answer(page(nodes, true)) })
    renderWithProviders(<InterventionsPage />, { client })
    fireEvent.click(await screen.findByRole('button', { name: 'Next page' }))
    await waitFor(() => expect(client.executeQuery.mock.lastCall?.[0].variables).toMatchObject({ after: 'cursor-i1' }))
    expect(screen.getByText('Page 2')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }))
    await waitFor(() => expect(client.executeQuery.mock.lastCall?.[0].variables).toMatchObject({ after: null }))
  })

  it('filters on the reference', async () => {
    const client = mockClient({ executeQuery: () => answer(page([])) })
    renderWithProviders(<InterventionsPage />, { client })
    fireEvent.change(await screen.findByLabelText('Reference'), { target: { value: ' 000123 ' } })
    await waitFor(() =>
      expect(client.executeQuery.mock.lastCall?.[0].variables).toMatchObject({ where: { referenceContains: '000123' } }),
    )
    expect(await screen.findByText('No matching interventions')).toBeTruthy()
  })

  it('fetches again when an intervention changes', async () => {
    const changes = makeSubject<{ data: { interventionChanged: { id: string } } }>()
    const client = mockClient({
      executeQuery: () => answer(page(nodes)),
      executeSubscription: () => changes.source,
    })
    renderWithProviders(<InterventionsPage />, { client })
    await screen.findByRole('table')
    const before = client.executeQuery.mock.calls.length
    act(() => changes.next({ data: { interventionChanged: { id: 'i3' } } }))
    await waitFor(() => expect(client.executeQuery.mock.calls.length).toBeGreaterThan(before))
    expect(client.executeQuery.mock.lastCall?.[1]).toMatchObject({ requestPolicy: 'network-only' })
  })

  it('explains a failure in the user language, never with the raw message', async () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'ent: intervention not loaded', extensions: { code: 'FORBIDDEN' } }],
    })
    const client = mockClient({ executeQuery: () => answer({ error }) })
    renderWithProviders(<InterventionsPage />, { client, language: 'it' })
    expect(await screen.findByText('Non hai l’autorizzazione per questa operazione.')).toBeTruthy()
    expect(screen.queryByText(/ent:/)).toBeNull()
  })
})
