import { NavLink, ScrollArea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { isAdmin } from '../auth/currentUser'
import type { UserRole } from '../gql/graphql'
import type { Translation } from '../i18n/types'
import { paths } from '../routes'

type NavKey = keyof Translation['nav']['items']

interface Item {
  key: NavKey
  to: string
  /** Who sees the link; the pages check it again and the server decides. */
  visible: (role: UserRole) => boolean
}

const everyone = () => true
const admins = (role: UserRole) => isAdmin(role)

export const NAV_ITEMS: readonly Item[] = [
  { key: 'dashboard', to: paths.dashboard, visible: everyone },
  { key: 'interventions', to: paths.interventions, visible: everyone },
  { key: 'printers', to: paths.printers, visible: admins },
  { key: 'supplies', to: paths.supplies, visible: admins },
  { key: 'panicButtons', to: paths.panicButtons, visible: admins },
  { key: 'notificationSettings', to: paths.notificationSettings, visible: admins },
  { key: 'statuses', to: paths.statuses, visible: admins },
  { key: 'outbox', to: paths.outbox, visible: admins },
  { key: 'inbound', to: paths.inbound, visible: admins },
  { key: 'users', to: paths.users, visible: admins },
  { key: 'apiKeys', to: paths.apiKeys, visible: admins },
  { key: 'webhooks', to: paths.webhooks, visible: admins },
  { key: 'auditLog', to: paths.auditLog, visible: admins },
  { key: 'organizations', to: paths.organizations, visible: (role) => role === 'SUPER_ADMIN' },
]

export function Nav({ role }: { role: UserRole }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <ScrollArea>
      {NAV_ITEMS.filter((item) => item.visible(role)).map((item) => {
        const active = pathname === item.to || pathname.startsWith(`${item.to}/`)
        return (
          <NavLink
            key={item.key}
            component={Link}
            to={item.to}
            label={t(`nav.items.${item.key}`)}
            active={active}
            aria-current={active ? 'page' : undefined}
          />
        )
      })}
    </ScrollArea>
  )
}
