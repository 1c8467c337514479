import { createContext, useContext } from 'react'
import { graphql } from '../gql'
import type { CurrentUserFragment, UserRole } from '../gql/graphql'

/** What the pages and the frame know of the signed-in user (the `me` of RequireAuth). */
export const CurrentUserFragmentDoc = graphql(`
  fragment CurrentUser on User {
    id
    name
    email
    role
    organization {
      id
      name
    }
  }
`)

export type CurrentUser = CurrentUserFragment

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
