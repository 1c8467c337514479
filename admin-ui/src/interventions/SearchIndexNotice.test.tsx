import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { byOperation, mockClient, operationName, renderWithProviders } from '../test/render'
import { SearchIndexNotice } from './SearchIndexNotice'

const calls = (client: ReturnType<typeof mockClient>) =>
  client.executeQuery.mock.calls.filter(([request]) => operationName(request) === 'SearchIndex')

describe('SearchIndexNotice', () => {
  it('asks again while the index is rebuilt, then disappears and stops asking once it is complete', async () => {
    let pending = 600
    const client = mockClient({
      executeQuery: byOperation({
        SearchIndex: () => {
          const answer = { data: { searchIndex: { pending, pendingIsExact: true, complete: pending === 0 } } }
          pending = Math.max(0, pending - 500)
          return answer
        },
      }),
    })
    const onComplete = vi.fn()
    renderWithProviders(<SearchIndexNotice pollMs={50} onComplete={onComplete} />, { client })
    expect((await screen.findByTestId('search-index-notice')).textContent).toContain('600 interventions')
    expect((await screen.findByText(/^100 interventions/)).textContent).toContain('not indexed yet')
    await waitFor(() => expect(screen.queryByTestId('search-index-notice')).toBeNull())
    expect(onComplete).toHaveBeenCalledTimes(1)
    const asked = calls(client).length
    expect(asked).toBe(3)
    expect(calls(client).slice(1).every(([, context]) => context?.requestPolicy === 'network-only')).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 200)) // several poll intervals
    expect(calls(client)).toHaveLength(asked)
  })

  it('shows nothing and asks once when the index is complete', async () => {
    const complete = { data: { searchIndex: { pending: 0, pendingIsExact: true, complete: true } } }
    const client = mockClient({ executeQuery: byOperation({ SearchIndex: complete }) })
    const onComplete = vi.fn()
    renderWithProviders(<SearchIndexNotice pollMs={50} onComplete={onComplete} />, { client })
    await waitFor(() => expect(calls(client)).toHaveLength(1))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(calls(client)).toHaveLength(1)
    expect(screen.queryByTestId('search-index-notice')).toBeNull()
    expect(onComplete).not.toHaveBeenCalled()
  })
})
