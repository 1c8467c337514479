import { fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppRoutes } from '../AppRoutes'
import { LANGUAGE_STORAGE_KEY, detectLanguage } from '../i18n'
import { byOperation, mockClient, renderWithProviders } from '../test/render'

const me = {
  data: { me: { id: 'u1', name: 'Ada Admin', email: 'admin@demo.test', role: 'ADMIN', organization: { id: 'o1', name: 'Demo' } } },
}
const empty = {
  data: { interventions: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } },
}

describe('language switch', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('switches every label to French and remembers the choice', async () => {
    const client = mockClient({
      executeQuery: byOperation({
        Me: me,
        Interventions: empty,
        UnreadNotificationCount: { data: { unreadNotificationCount: 0 } },
        InterventionFilterOptions: { data: { interventionStatuses: [] } },
        AdminFilterOptions: { data: { panicButtons: { edges: [] }, users: { edges: [] } } },
      }),
    })
    renderWithProviders(<AppRoutes />, { client, path: '/interventions' })

    expect(await screen.findByRole('heading', { name: 'Interventions' })).toBeTruthy()
    expect(screen.getByText('Signed in as Ada Admin')).toBeTruthy()
    expect(screen.getByText('No interventions yet')).toBeTruthy()

    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'fr' } })

    expect(await screen.findByText('Aucune intervention pour le moment')).toBeTruthy()
    expect(screen.getByText('Connecté en tant que Ada Admin')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeTruthy()
    expect(screen.getByLabelText('Langue')).toBeTruthy()
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr')
    expect(document.documentElement.lang).toBe('fr')
  })

  it('starts in the stored language, else the browser language, else English', () => {
    vi.stubGlobal('navigator', { language: 'it-CH', languages: ['de-CH', 'it-CH', 'en'] })
    expect(detectLanguage()).toBe('it')
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr')
    expect(detectLanguage()).toBe('fr')
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx')
    vi.stubGlobal('navigator', { language: 'de-DE', languages: ['de-DE'] })
    expect(detectLanguage()).toBe('en')
  })
})
