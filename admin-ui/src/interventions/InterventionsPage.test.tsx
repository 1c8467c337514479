import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { CombinedError } from '@urql/core'
import { describe, expect, it } from 'vitest'
import { makeSubject } from 'wonka'
import { makeFragmentData } from '../gql'
import type { InterventionRowFragment, InterventionsQuery } from '../gql/graphql'
import { formatDateTime } from '../i18n/format'
import { answer, byOperation, mockClient, operationName, renderWithProviders } from '../test/render'
import { InterventionsPage } from './InterventionsPage'
import { InterventionRowFragmentDoc } from './InterventionsTable'

type Node = InterventionRowFragment

const nodes: Node[] = [
  {
    id: 'i2',
    reference: 'PB-2026-000002',
    reporterEmail: 'alice@customer.test',
    createdAt: '2026-03-04T14:05:00Z',
    updatedAt: '2026-03-04T15:00:00Z',
    status: { id: 's1', name: 'New', category: 'OPEN' },
    printer: { id: 'p1', serial: 'SN-0001', name: 'Copier 1' },
    technicians: [{ id: 'u2', name: 'Tess Tech', email: 'tech@demo.test' }],
  },
  {
    id: 'i1',
    reference: 'PB-2026-000001',
    reporterEmail: 'bob@customer.test',
    createdAt: '2026-03-01T09:00:00Z',
    updatedAt: '2026-03-02T09:00:00Z',
    status: { id: 's5', name: 'Closed', category: 'CLOSED' },
    printer: null,
    technicians: [],
  },
]

function page(items: Node[], hasNextPage = false, total = items.length): { data: InterventionsQuery } {
  return {
    data: {
      interventions: {
        totalCountCapped: Math.min(total, 10001),
        totalCountIsExact: total <= 10000,
        pageInfo: { hasNextPage, endCursor: items.length ? `cursor-${items.at(-1)?.id}` : null },
        edges: items.map((node) => ({ node: makeFragmentData(node, InterventionRowFragmentDoc) })),
      },
    },
  }
}

const options = {
  InterventionFilterOptions: {
    data: {
      interventionStatuses: [
        { id: 's1', name: 'New', localizedName: 'New' },
        { id: 's5', name: 'Closed', localizedName: 'Closed' },
      ],
    },
  },
  AdminFilterOptions: {
    data: {
      panicButtons: { edges: [{ node: { id: 'pb1', name: 'Main building' } }] },
      users: { edges: [{ node: { id: 'u2', name: 'Tess Tech', email: 'tech@demo.test' } }] },
    },
  },
  PrinterOptions: { data: { printers: { edges: [{ node: { id: 'p1', serial: 'SN-0001', name: 'Copier 1' } }] } } },
}

const interventionCalls = (client: ReturnType<typeof mockClient>) =>
  client.executeQuery.mock.calls.filter(([request]) => operationName(request) === 'Interventions')

describe('InterventionsPage', () => {
  it('says so when there are no interventions yet', async () => {
    const client = mockClient({ executeQuery: byOperation({ ...options, Interventions: page([]) }) })
    renderWithProviders(<InterventionsPage />, { client })
    expect(await screen.findByText('No interventions yet')).toBeTruthy()
    expect(screen.queryByRole('table')).toBeNull()
  })

  it('lists the interventions, newest first, 25 at a time', async () => {
    const client = mockClient({ executeQuery: byOperation({ ...options, Interventions: page(nodes) }) })
    renderWithProviders(<InterventionsPage />, { client })

    const table = await screen.findByRole('table')
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(3) // header + 2
    const first = within(rows[1])
    expect(first.getByRole('link', { name: 'PB-2026-000002' }).getAttribute('href')).toBe('/interventions/i2')
    expect(first.getByText('New')).toBeTruthy()
    expect(first.getByText('SN-0001')).toBeTruthy()
    expect(first.getByText('alice@customer.test')).toBeTruthy()
    expect(first.getByText('Tess Tech')).toBeTruthy()
    expect(first.getByText(formatDateTime('2026-03-04T14:05:00Z', 'en'))).toBeTruthy()
    expect(within(rows[2]).getAllByText('—').length).toBeGreaterThan(0) // no printer, nobody assigned
    expect(screen.getByText('2 interventions')).toBeTruthy()

    expect(interventionCalls(client)[0][0].variables).toEqual({
      first: 25,
      after: null,
      where: null,
      orderBy: { field: 'CREATED_AT', direction: 'DESC' },
    })
  })

  it('shows the dates and headings in the chosen language', async () => {
    const client = mockClient({ executeQuery: byOperation({ ...options, Interventions: page(nodes) }) })
    renderWithProviders(<InterventionsPage />, { client, language: 'fr' })
    expect(await screen.findByRole('columnheader', { name: /Référence/ })).toBeTruthy()
    expect(screen.getByText(formatDateTime('2026-03-04T14:05:00Z', 'fr'))).toBeTruthy()
    expect(formatDateTime('2026-03-04T14:05:00Z', 'fr')).toMatch(/mars 2026/)
  })

  it('follows the cursor to the next page and back', async () => {
    const client = mockClient({ executeQuery: byOperation({ ...options, Interventions: page(nodes, true) }) })
    renderWithProviders(<InterventionsPage />, { client })
    fireEvent.click(await screen.findByRole('button', { name: 'Next page' }))
    await waitFor(() => expect(interventionCalls(client).at(-1)?.[0].variables).toMatchObject({ after: 'cursor-i1' }))
    expect(screen.getByText('Page 2')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }))
    await waitFor(() => expect(interventionCalls(client).at(-1)?.[0].variables).toMatchObject({ after: null }))
  })

  it('searches the reference, the reporter and the serial', async () => {
    const client = mockClient({ executeQuery: byOperation({ ...options, Interventions: page([]) }) })
    renderWithProviders(<InterventionsPage />, { client })
    fireEvent.change(await screen.findByLabelText('Search'), { target: { value: ' 000123 ' } })
    await waitFor(() =>
      expect(interventionCalls(client).at(-1)?.[0].variables).toMatchObject({
        where: { search: '000123' },
      }),
    )
    expect(await screen.findByText('No matching interventions')).toBeTruthy()
  })

  it('asks for three characters before searching', async () => {
    const client = mockClient({ executeQuery: byOperation({ ...options, Interventions: page(nodes) }) })
    renderWithProviders(<InterventionsPage />, { client })
    fireEvent.change(await screen.findByLabelText('Search'), { target: { value: 'PB' } })
    expect(await screen.findByText('Type at least 3 characters to search')).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 400)) // past the typing pause
    expect(interventionCalls(client).every(([request]) => request.variables?.where === null)).toBe(true)
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'PB-' } })
    await waitFor(() => expect(interventionCalls(client).at(-1)?.[0].variables).toMatchObject({ where: { search: 'PB-' } }))
    expect(screen.queryByText('Type at least 3 characters to search')).toBeNull()
  })

  it.each<['en' | 'fr' | 'it', string]>([
    ['en', '10,000+ interventions'],
    ['fr', `Plus de ${new Intl.NumberFormat('fr').format(10000)} interventions`],
    ['it', `Oltre ${new Intl.NumberFormat('it').format(10000)} interventi`],
  ])('says "10,000+" when more match than the server counts (%s)', async (language, text) => {
    const client = mockClient({ executeQuery: byOperation({ ...options, Interventions: page(nodes, true, 250000) }) })
    renderWithProviders(<InterventionsPage />, { client, language })
    expect((await screen.findByTestId('interventions-total')).textContent).toBe(text)
  })

  it('gives the exact count up to 10,000', async () => {
    const client = mockClient({ executeQuery: byOperation({ ...options, Interventions: page(nodes, true, 10000) }) })
    renderWithProviders(<InterventionsPage />, { client })
    expect((await screen.findByTestId('interventions-total')).textContent).toBe('10000 interventions')
  })

  it('reads the filters and the order from the URL', async () => {
    const client = mockClient({ executeQuery: byOperation({ ...options, Interventions: page(nodes) }) })
    renderWithProviders(<InterventionsPage />, {
      client,
      path: '/interventions?status=s1,s5&pb=pb1&tech=u2&sort=REFERENCE.ASC',
    })
    await screen.findByRole('table')
    expect(interventionCalls(client).at(-1)?.[0].variables).toMatchObject({
      where: { and: [{ statusIDIn: ['s1', 's5'] }, { panicButtonID: 'pb1' }, { hasTechniciansWith: [{ id: 'u2' }] }] },
      orderBy: { field: 'REFERENCE', direction: 'ASC' },
    })
    expect(screen.getByRole('columnheader', { name: /Reference/ }).getAttribute('aria-sort')).toBe('ascending')
  })

  it('sorts by a column header, descending first', async () => {
    const client = mockClient({ executeQuery: byOperation({ ...options, Interventions: page(nodes) }) })
    renderWithProviders(<InterventionsPage />, { client })
    fireEvent.click(await screen.findByRole('button', { name: 'Sort by Updated' }))
    await waitFor(() =>
      expect(interventionCalls(client).at(-1)?.[0].variables).toMatchObject({ orderBy: { field: 'UPDATED_AT', direction: 'DESC' } }),
    )
  })

  it('fetches again when an intervention changes', async () => {
    const changes = makeSubject<{ data: { interventionChanged: { id: string } } }>()
    const client = mockClient({
      executeQuery: byOperation({ ...options, Interventions: page(nodes) }),
      executeSubscription: (request) => (operationName(request) === 'InterventionChanged' ? changes.source : answer({})),
    })
    renderWithProviders(<InterventionsPage />, { client })
    await screen.findByRole('table')
    const before = interventionCalls(client).length
    act(() => changes.next({ data: { interventionChanged: { id: 'i3' } } }))
    await waitFor(() => expect(interventionCalls(client).length).toBeGreaterThan(before))
    expect(interventionCalls(client).at(-1)?.[1]).toMatchObject({ requestPolicy: 'network-only' })
  })

  it('shows technicians only the filters they can use', async () => {
    const client = mockClient({ executeQuery: byOperation({ ...options, Interventions: page(nodes) }) })
    const { TECHNICIAN } = await import('../test/render')
    renderWithProviders(<InterventionsPage />, { client, user: TECHNICIAN })
    await screen.findByRole('table')
    expect(screen.queryByLabelText('Technician')).toBeNull()
    expect(screen.getByRole('combobox', { name: 'Status' })).toBeTruthy()
    expect(client.executeQuery.mock.calls.some(([r]) => operationName(r) === 'AdminFilterOptions')).toBe(false)
  })

  const searchIndex = (pending: number, complete = pending === 0) => ({
    data: { searchIndex: { pending: Math.min(pending, 10001), pendingIsExact: pending <= 10000, complete } },
  })
  const searchIndexCalls = (client: ReturnType<typeof mockClient>) =>
    client.executeQuery.mock.calls.filter(([request]) => operationName(request) === 'SearchIndex')

  it('warns while the search index is being rebuilt, once a search is typed', async () => {
    const client = mockClient({
      executeQuery: byOperation({ ...options, Interventions: page(nodes), SearchIndex: searchIndex(1234) }),
    })
    renderWithProviders(<InterventionsPage />, { client })
    await screen.findByRole('table')
    expect(screen.queryByTestId('search-index-notice')).toBeNull()
    expect(searchIndexCalls(client)).toHaveLength(0) // asked only when searching
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'PB' } })
    await new Promise((resolve) => setTimeout(resolve, 400)) // past the typing pause: too short to search
    expect(screen.queryByTestId('search-index-notice')).toBeNull()
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'corp.example' } })
    const notice = await screen.findByTestId('search-index-notice')
    expect(notice.getAttribute('role')).toBe('status')
    expect(notice.textContent).toBe(
      'The search index is being rebuilt1,234 interventions are not indexed yet: the results may be incomplete.',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Clear the search' }))
    await waitFor(() => expect(screen.queryByTestId('search-index-notice')).toBeNull())
  })

  it.each<['en' | 'fr' | 'it', number, string]>([
    ['en', 1, '1 intervention is not indexed yet: the results may be incomplete.'],
    ['en', 50000, 'Over 10,000 interventions are not indexed yet: the results may be incomplete.'],
    ['fr', 2, '2 interventions ne sont pas encore indexées : les résultats peuvent être incomplets.'],
    [
      'fr',
      50000,
      `Plus de ${new Intl.NumberFormat('fr').format(10000)} interventions ne sont pas encore indexées : ` +
        'les résultats peuvent être incomplets.',
    ],
    ['it', 1, '1 intervento non è ancora indicizzato: i risultati potrebbero essere incompleti.'],
    ['it', 7, '7 interventi non sono ancora indicizzati: i risultati potrebbero essere incompleti.'],
  ])('says how many interventions are not indexed yet (%s, %d)', async (language, pending, text) => {
    const client = mockClient({
      executeQuery: byOperation({ ...options, Interventions: page(nodes), SearchIndex: searchIndex(pending) }),
    })
    renderWithProviders(<InterventionsPage />, { client, language, path: '/interventions?q=corp' })
    const notice = await screen.findByTestId('search-index-notice')
    expect(notice.textContent?.endsWith(text)).toBe(true)
  })

  it('says nothing of the search index once it is complete', async () => {
    const client = mockClient({
      executeQuery: byOperation({ ...options, Interventions: page(nodes), SearchIndex: searchIndex(0) }),
    })
    renderWithProviders(<InterventionsPage />, { client, path: '/interventions?q=corp' })
    await screen.findByRole('table')
    await waitFor(() => expect(searchIndexCalls(client).length).toBeGreaterThan(0))
    expect(screen.queryByTestId('search-index-notice')).toBeNull()
  })

  it('does not ask technicians about the search index (admins only)', async () => {
    const client = mockClient({
      executeQuery: byOperation({ ...options, Interventions: page(nodes), SearchIndex: searchIndex(5) }),
    })
    const { TECHNICIAN } = await import('../test/render')
    renderWithProviders(<InterventionsPage />, { client, user: TECHNICIAN, path: '/interventions?q=corp' })
    await screen.findByRole('table')
    expect(screen.queryByTestId('search-index-notice')).toBeNull()
    expect(searchIndexCalls(client)).toHaveLength(0)
  })

  it('explains a failure in the user language, never with the raw message', async () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'ent: intervention not loaded', extensions: { code: 'FORBIDDEN' } }],
    })
    const client = mockClient({ executeQuery: byOperation({ ...options, Interventions: { error } }) })
    renderWithProviders(<InterventionsPage />, { client, language: 'it' })
    expect(await screen.findByText('Non hai l’autorizzazione per questa operazione.')).toBeTruthy()
    expect(screen.queryByText(/ent:/)).toBeNull()
  })
})
