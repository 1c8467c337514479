import { Box, Group, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { graphql } from '../gql'
import type { CurrentUserFragment } from '../gql/graphql'
import { LanguageSwitch } from './LanguageSwitch'
import { SignOutButton } from './SignOutButton'

export const CurrentUserFragmentDoc = graphql(`
  fragment CurrentUser on User {
    name
    email
    role
  }
`)

/** The signed-in frame: header (user, language, sign-out) and the page. */
export function AppLayout({ user, children }: { user: CurrentUserFragment; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <>
      <Box
        component="header"
        pos="sticky"
        top={0}
        bg="var(--mantine-color-body)"
        style={{ zIndex: 10, borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <Group h={60} px="md" justify="space-between" wrap="nowrap">
          <Text component="span" fw={700} size="lg" c="red.7">
            {t('app.name')}
          </Text>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" c="dimmed" visibleFrom="sm" title={user.email}>
              {t('header.signedInAs', { name: user.name || user.email })}
            </Text>
            <LanguageSwitch />
            <SignOutButton />
          </Group>
        </Group>
      </Box>
      <Box component="main" p="md">
        {children}
      </Box>
    </>
  )
}
