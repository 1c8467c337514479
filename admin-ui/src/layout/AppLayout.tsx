import { AppShell, Burger, Group, Text, UnstyledButton } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useEffect, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { useCurrentUser } from '../auth/currentUser'
import { Bell } from '../notifications/Bell'
import { paths } from '../routes'
import { LanguageSwitch } from './LanguageSwitch'
import { Nav } from './Nav'
import { SignOutButton } from './SignOutButton'

/** The signed-in frame: header (bell, user, language, sign-out), role-aware navigation and the page. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const [opened, { toggle, close }] = useDisclosure()
  const location = useLocation()
  useEffect(close, [location.pathname, close]) // a link followed on a phone closes the menu

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header component="header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <UnstyledButton component={Link} to={paths.dashboard}>
              <Text component="span" fw={700} size="lg" c="red.7">
                {t('app.name')}
              </Text>
            </UnstyledButton>
            {user.organization && (
              <Text size="sm" c="dimmed" visibleFrom="md">
                {user.organization.name}
              </Text>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Bell />
            <Text size="sm" c="dimmed" visibleFrom="sm" title={user.email}>
              {t('header.signedInAs', { name: user.name || user.email })}
            </Text>
            <LanguageSwitch />
            <SignOutButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        <Nav role={user.role} />
      </AppShell.Navbar>
      <AppShell.Main component="main">{children}</AppShell.Main>
    </AppShell>
  )
}
