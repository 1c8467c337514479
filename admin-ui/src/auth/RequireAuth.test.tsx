import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AppRoutes } from '../AppRoutes'
import { answer, mockClient, renderWithProviders } from '../test/render'

describe('route guard', () => {
  it('sends a visitor without a session to sign in, remembering the page', async () => {
    const client = mockClient({ executeQuery: () => answer({ data: { me: null } }) })
    renderWithProviders(<AppRoutes />, { client, path: '/interventions' })
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy()
  })

  it('sends / to the interventions, hence to sign in', async () => {
    const client = mockClient({ executeQuery: () => answer({ data: { me: null } }) })
    renderWithProviders(<AppRoutes />, { client, path: '/' })
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy()
  })
})
