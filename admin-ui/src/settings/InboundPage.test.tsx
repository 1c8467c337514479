import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { answer, byOperation, mockClient, operationName, renderWithProviders } from '../test/render'
import { InboundPage } from './InboundPage'

const quarantined = {
  id: 'q1',
  fromEmail: 'colleague@example.com',
  subject: 'Re: PB-2026-000007',
  text: 'Same on my floor',
  reason: 'unexpected sender',
  createdAt: '2026-03-04T14:05:00Z',
  images: [{ url: '/media/' + 'a'.repeat(64), filename: 'error.png' }],
  intervention: { id: 'i7', reference: 'PB-2026-000007' },
}

describe('InboundPage', () => {
  it('attaches a quarantined email to the intervention found by its reference', async () => {
    const client = mockClient({
      executeQuery: byOperation({
        InboundQuarantine: { data: { inboundEmails: { totalCount: 1, edges: [{ node: quarantined }] } } },
        InterventionByReference: { data: { interventions: { edges: [{ node: { id: 'i9' } }] } } },
      }),
      executeMutation: () => answer({ data: { assignInboundEmail: { id: 'q1', status: 'ATTACHED' } } }),
    })
    renderWithProviders(<InboundPage />, { client })
    const card = await screen.findByRole('article', { name: 'Re: PB-2026-000007' })
    expect(within(card).getByText('Same on my floor')).toBeTruthy()
    expect(within(card).getByText(/unexpected sender/)).toBeTruthy()
    // The email's image: counted, and a link to it at full size.
    expect(within(card).getByText(/^1 image, kept with the email/)).toBeTruthy()
    const image = within(card).getByRole('link', { name: 'error.png' }) as HTMLAnchorElement
    expect(image.getAttribute('href')).toBe('/media/' + 'a'.repeat(64))
    const reference = within(card).getByLabelText(/Intervention reference/) as HTMLInputElement
    expect(reference.value).toBe('PB-2026-000007')
    fireEvent.change(reference, { target: { value: 'PB-2026-000009' } })
    fireEvent.click(within(card).getByRole('button', { name: 'Attach' }))
    await waitFor(() => expect(client.executeMutation).toHaveBeenCalled())
    const [request] = client.executeMutation.mock.calls[0]
    expect(operationName(request)).toBe('AssignInboundEmail')
    expect(request.variables).toEqual({ id: 'q1', interventionId: 'i9' })
  })

  it('says when nothing waits, in French', async () => {
    const client = mockClient({
      executeQuery: byOperation({ InboundQuarantine: { data: { inboundEmails: { totalCount: 0, edges: [] } } } }),
    })
    renderWithProviders(<InboundPage />, { client, language: 'fr' })
    expect(await screen.findByText('Rien en quarantaine')).toBeTruthy()
  })
})
