import { Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useMutation } from 'urql'
import { graphql } from '../gql'
import { errorKind } from '../graphql/errors'
import { useResetSession } from '../graphql/SessionProvider'
import { SIGN_IN_PATH } from '../routes'

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`)

export function SignOutButton() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const resetSession = useResetSession()
  const [{ fetching, error }, logout] = useMutation(LogoutMutation)

  const signOut = async () => {
    const result = await logout({})
    // An expired session is as good as signed out.
    if (result.error && errorKind(result.error) !== 'UNAUTHENTICATED') return
    resetSession()
    void navigate(SIGN_IN_PATH, { replace: true })
  }

  return (
    <Group gap="xs" wrap="nowrap">
      {error && (
        <Text size="xs" c="red" role="alert">
          {t(`errors.${errorKind(error)}`)}
        </Text>
      )}
      <Button size="xs" variant="default" loading={fetching} onClick={signOut}>
        {t('header.signOut')}
      </Button>
    </Group>
  )
}
