import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { describe, expect, it } from 'vitest'
import { makeSubject } from 'wonka'
import type { BellNotificationFragment } from '../gql/graphql'
import { LocationProbe, answer, byOperation, mockClient, operationName, renderWithProviders } from '../test/render'
import { Bell } from './Bell'

const notification = (id: string, read = false): BellNotificationFragment => ({
  id,
  kind: 'ASSIGNED',
  text: `PB-2026-00000${id} was assigned to you`,
  readAt: read ? '2026-03-04T14:00:00Z' : null,
  createdAt: '2026-03-04T13:00:00Z',
  intervention: { id: `i${id}`, reference: `PB-2026-00000${id}` },
})

function setup(count: number, list: BellNotificationFragment[]) {
  const added = makeSubject<{ data: { notificationAdded: BellNotificationFragment } }>()
  let serverCount = count
  const client = mockClient({
    executeQuery: byOperation({
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: serverCount } }),
      BellNotifications: { data: { notifications: { edges: list.map((node) => ({ node })) } } },
    }),
    executeMutation: (request) => {
      serverCount = 0
      return answer({ data: operationName(request) === 'MarkAllNotificationsRead' ? { markAllNotificationsRead: count } : { markNotificationsRead: 1 } })
    },
    executeSubscription: (request) => (operationName(request) === 'NotificationAdded' ? added.source : answer({})),
  })
  renderWithProviders(
    <>
      <Bell />
      <Routes>
        <Route path="*" element={<LocationProbe />} />
      </Routes>
    </>,
    { client },
  )
  return { client, added }
}

const bell = () => screen.getByTestId('bell')

describe('Bell', () => {
  it('shows the unread count', async () => {
    setup(3, [])
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications: 3 unread'))
    expect(screen.getByText('3')).toBeTruthy()
  })

  it('shows no badge when everything is read', async () => {
    setup(0, [])
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications: 0 unread'))
    expect(screen.queryByText('0')).toBeNull()
  })

  it('lists the notifications and marks one read when it is opened, then goes to its intervention', async () => {
    const { client } = setup(2, [notification('1'), notification('2', true)])
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications: 2 unread'))
    fireEvent.click(bell())
    const dialog = await screen.findByRole('dialog')
    const item = await within(dialog).findByText('PB-2026-000001 was assigned to you')
    expect(within(dialog).getAllByText('New')).toHaveLength(1) // only the unread one
    fireEvent.click(item)
    await waitFor(() => expect(client.executeMutation).toHaveBeenCalled())
    const [request] = client.executeMutation.mock.calls[0]
    expect(operationName(request)).toBe('MarkNotificationsRead')
    expect(request.variables).toEqual({ ids: ['1'] })
    expect((await screen.findByTestId('location')).textContent).toBe('/interventions/i1')
  })

  it('goes to the webhooks page from a disabled webhook, which has no intervention', async () => {
    const disabled: BellNotificationFragment = { ...notification('3'), kind: 'WEBHOOK_DISABLED', text: 'A webhook was turned off', intervention: null }
    setup(1, [disabled])
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications: 1 unread'))
    fireEvent.click(bell())
    fireEvent.click(await within(await screen.findByRole('dialog')).findByText('A webhook was turned off'))
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/webhooks'))
  })

  it('marks all read at once, optimistically', async () => {
    const { client } = setup(4, [notification('1')])
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications: 4 unread'))
    fireEvent.click(bell())
    fireEvent.click(await screen.findByRole('button', { name: 'Mark all as read' }))
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications: 0 unread'))
    expect(operationName(client.executeMutation.mock.calls[0][0])).toBe('MarkAllNotificationsRead')
  })

  it('counts and lists a notification as soon as it arrives', async () => {
    const { added } = setup(1, [])
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications: 1 unread'))
    act(() => added.next({ data: { notificationAdded: notification('7') } }))
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications: 2 unread'))
    act(() => added.next({ data: { notificationAdded: notification('7') } })) // the same one twice counts once
    expect(bell().getAttribute('aria-label')).toBe('Notifications: 2 unread')
    fireEvent.click(bell())
    expect(await screen.findByText('PB-2026-000007 was assigned to you')).toBeTruthy()
  })

  it('speaks French', async () => {
    const added = makeSubject<never>()
    const client = mockClient({
      executeQuery: byOperation({ UnreadNotificationCount: { data: { unreadNotificationCount: 2 } } }),
      executeSubscription: () => added.source,
    })
    renderWithProviders(<Bell />, { client, language: 'fr' })
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications : 2 non lues'))
  })
})
