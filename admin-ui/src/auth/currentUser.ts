import { createContext, useContext } from 'react'
import type { CurrentUserFragment, UserRole } from '../gql/graphql'

export type CurrentUser = CurrentUserFragment & { id: string }

export const CurrentUserContext = createContext<CurrentUser | null>(null)

/** The signed-in user (inside RequireAuth). */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext)
  if (!user) throw new Error('useCurrentUser outside RequireAuth')
  return user
}

/** People who administer an organization: admins and the platform's super-admin. */
export function isAdmin(role: UserRole | undefined | null): boolean {
  return role === 'ADMIN' || role === 'SUPER_ADMIN'
}
