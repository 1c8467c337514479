import { MantineProvider } from '@mantine/core'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { I18nextProvider } from 'react-i18next'
import { MemoryRouter, useLocation } from 'react-router'
import { Provider, type Client, type GraphQLRequest, type OperationContext, type OperationResult } from 'urql'
import { vi, type Mock } from 'vitest'
import { concat, fromValue, never, type Source } from 'wonka'
import { createI18n, type Language } from '../i18n'

type ExecutorName = 'executeQuery' | 'executeMutation' | 'executeSubscription'
type Executor = (request: GraphQLRequest, context?: Partial<OperationContext>) => Source<Partial<OperationResult>>
export type MockClient = Client & Record<ExecutorName, Mock<Executor>>

/**
 * A stand-in urql client, as in urql's testing guide: each execute* returns a
 * wonka source (fromValue for one answer, makeSubject to push events); by
 * default nothing ever answers.
 */
export function mockClient(executors: Partial<Record<ExecutorName, Executor>> = {}): MockClient {
  const client = {
    executeQuery: vi.fn<Executor>(executors.executeQuery ?? (() => never)),
    executeMutation: vi.fn<Executor>(executors.executeMutation ?? (() => never)),
    executeSubscription: vi.fn<Executor>(executors.executeSubscription ?? (() => never)),
  }
  return client as unknown as MockClient
}

/**
 * One answer from the server. The stream stays open like a real client's:
 * urql's hooks clear `error` when a source completes.
 */
export function answer(result: Partial<OperationResult>): Source<Partial<OperationResult>> {
  return concat([fromValue(result), never])
}

export function renderWithProviders(
  ui: ReactElement,
  { client = mockClient(), language = 'en', path = '/' }: { client?: Client; language?: Language; path?: string } = {},
) {
  const i18n = createI18n(language)
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <MemoryRouter initialEntries={[path]}>
          <Provider value={client}>{ui}</Provider>
        </MemoryRouter>
      </MantineProvider>
    </I18nextProvider>,
  )
  return { ...result, i18n, client }
}

/** Shows the router's current location, to assert on redirects. */
export function LocationProbe() {
  const location = useLocation()
  return <output data-testid="location">{location.pathname + location.search}</output>
}
