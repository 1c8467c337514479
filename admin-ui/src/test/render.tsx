import { MantineProvider } from '@mantine/core'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { I18nextProvider } from 'react-i18next'
import { MemoryRouter, useLocation } from 'react-router'
import { Provider, type Client, type GraphQLRequest, type OperationContext, type OperationResult } from 'urql'
import { vi, type Mock } from 'vitest'
import { concat, fromValue, never, type Source } from 'wonka'
import { CurrentUserContext, type CurrentUser } from '../auth/currentUser'
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

/** The name of a request's operation, e.g. "Interventions". */
export function operationName(request: GraphQLRequest): string | undefined {
  for (const definition of request.query.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value
  }
  return undefined
}

/**
 * Answers each operation by name (a result, or a function of the variables);
 * operations not listed never answer.
 */
export function byOperation(
  answers: Record<string, Partial<OperationResult> | ((variables: Record<string, unknown>) => Partial<OperationResult>)>,
): Executor {
  return (request) => {
    const found = answers[operationName(request) ?? '']
    if (!found) return never
    return answer(typeof found === 'function' ? found((request.variables ?? {}) as Record<string, unknown>) : found)
  }
}

export const ADMIN: CurrentUser = {
  id: 'u1',
  name: 'Ada Admin',
  email: 'admin@demo.test',
  role: 'ADMIN',
  organization: { id: 'o1', name: 'Demo' },
}

export const TECHNICIAN: CurrentUser = {
  id: 'u2',
  name: 'Tess Tech',
  email: 'tech@demo.test',
  role: 'TECHNICIAN',
  organization: { id: 'o1', name: 'Demo' },
}

export function renderWithProviders(
  ui: ReactElement,
  {
    client = mockClient(),
    language = 'en',
    path = '/',
    user = ADMIN,
  }: { client?: Client; language?: Language; path?: string; user?: CurrentUser | null } = {},
) {
  const i18n = createI18n(language)
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <MemoryRouter initialEntries={[path]}>
          <Provider value={client}>
            <CurrentUserContext value={user}>{ui}</CurrentUserContext>
          </Provider>
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
