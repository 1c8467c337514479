import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { OutboxMessageFragment } from '../gql/graphql'
import { answer, byOperation, mockClient, operationName, renderWithProviders } from '../test/render'
import { OutboxPage } from './OutboxPage'

const message = (id: string, status: OutboxMessageFragment['status'], lastError: string | null = null): OutboxMessageFragment => ({
  id,
  createdAt: '2026-03-04T14:05:00Z',
  kind: 'REPORT_TECH',
  to: ['technicians@demo.example'],
  subject: `Subject ${id}`,
  status,
  attempts: status === 'DEAD' ? 8 : 1,
  nextAttemptAt: '2026-03-04T14:05:00Z',
  lastError,
  sentAt: status === 'SENT' ? '2026-03-04T14:05:01Z' : null,
  intervention: { id: 'i1', reference: 'PB-2026-000001' },
})

describe('OutboxPage', () => {
  it('shows each email’s status and error, and retries a dead one', async () => {
    const client = mockClient({
      executeQuery: byOperation({
        Outbox: {
          data: {
            emailMessages: {
              totalCount: 2,
              pageInfo: { hasNextPage: false, endCursor: null },
              edges: [{ node: message('m1', 'SENT') }, { node: message('m2', 'DEAD', '550 mailbox unavailable') }],
            },
          },
        },
      }),
      executeMutation: () => answer({ data: { retryEmailMessage: message('m2', 'QUEUED') } }),
    })
    renderWithProviders(<OutboxPage />, { client })
    const dead = (await screen.findByText('Subject m2')).closest('tr') as HTMLElement
    expect(within(dead).getByText('Given up')).toBeTruthy()
    expect(within(dead).getByText('550 mailbox unavailable')).toBeTruthy()
    expect(within(dead).getByText('8 attempts')).toBeTruthy()
    const sent = screen.getByText('Subject m1').closest('tr') as HTMLElement
    expect(within(sent).queryByRole('button', { name: 'Retry' })).toBeNull()
    fireEvent.click(within(dead).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(client.executeMutation).toHaveBeenCalled())
    const [request] = client.executeMutation.mock.calls[0]
    expect(operationName(request)).toBe('RetryEmailMessage')
    expect(request.variables).toEqual({ id: 'm2' })
  })

  it('filters on the status', async () => {
    const client = mockClient({
      executeQuery: byOperation({
        Outbox: { data: { emailMessages: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } },
      }),
    })
    renderWithProviders(<OutboxPage />, { client, language: 'fr' })
    expect(await screen.findByText('Aucun e-mail pour le moment.')).toBeTruthy()
    fireEvent.click(screen.getByRole('combobox', { name: 'Statut' }))
    fireEvent.click(await screen.findByRole('option', { name: 'Abandonné' }))
    await waitFor(() => expect(client.executeQuery.mock.lastCall?.[0].variables).toMatchObject({ where: { status: 'DEAD' } }))
  })
})
