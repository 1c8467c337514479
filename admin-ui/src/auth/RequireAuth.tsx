import { Center, Container, Group, Loader } from '@mantine/core'
import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, Outlet, useLocation } from 'react-router'
import { useQuery } from 'urql'
import { graphql, useFragment } from '../gql'
import { ErrorState } from '../graphql/ErrorState'
import { AppLayout } from '../layout/AppLayout'
import { signInPath } from '../routes'
import { CurrentUserContext, CurrentUserFragmentDoc } from './currentUser'

export const MeQuery = graphql(`
  query Me {
    me {
      id
      ...CurrentUser
    }
  }
`)

/** Pages behind sign-in: no session (`me` is null) ⇒ the sign-in page, which brings the user back here. */
export function RequireAuth() {
  const { t } = useTranslation()
  const location = useLocation()
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeQuery })
  const user = useFragment(CurrentUserFragmentDoc, data?.me)

  if (fetching && !data) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    )
  }
  if (error && !data) {
    return (
      <Container size="sm" py="xl">
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Container>
    )
  }
  if (!user) {
    return <Navigate to={signInPath(location.pathname + location.search)} replace />
  }
  return (
    <CurrentUserContext value={user}>
      <AppLayout>
        <Suspense
          fallback={
            <Group justify="center" py="xl">
              <Loader aria-label={t('app.loading')} />
            </Group>
          }
        >
          <Outlet />
        </Suspense>
      </AppLayout>
    </CurrentUserContext>
  )
}
