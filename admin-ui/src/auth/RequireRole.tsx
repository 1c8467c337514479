import { EmptyState } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Outlet } from 'react-router'
import type { UserRole } from '../gql/graphql'
import { useCurrentUser } from './currentUser'

/** Pages for some roles only: others get an explanation (the server refuses them anyway). */
export function RequireRole({ roles }: { roles: readonly UserRole[] }) {
  const { t } = useTranslation()
  const user = useCurrentUser()
  if (!roles.includes(user.role)) {
    return <EmptyState py="xl" title={t('errors.forbiddenPage.title')} description={t('errors.forbiddenPage.description')} />
  }
  return <Outlet />
}

export const ADMIN_ROLES: readonly UserRole[] = ['ADMIN', 'SUPER_ADMIN']
export const SUPER_ADMIN_ROLES: readonly UserRole[] = ['SUPER_ADMIN']
