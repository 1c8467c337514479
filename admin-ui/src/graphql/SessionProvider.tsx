import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { Provider } from 'urql'
import { SIGN_IN_PATH, signInPath } from '../routes'
import { createSession } from './client'

const ResetSessionContext = createContext<() => void>(() => {})

/**
 * Starts over with a new GraphQL client (empty cache, new subscription socket).
 * Call it after signing in or out, so nothing of the previous session survives.
 */
export function useResetSession(): () => void {
  return useContext(ResetSessionContext)
}

/** Provides the urql client; an UNAUTHENTICATED answer sends the user to sign in, remembering the page. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate()
  const navigateRef = useRef(navigate)
  useEffect(() => {
    navigateRef.current = navigate
  }, [navigate])

  const onUnauthenticated = useCallback(() => {
    const { pathname, search } = window.location
    if (pathname === SIGN_IN_PATH) return
    void navigateRef.current(signInPath(pathname + search), { replace: true })
  }, [])

  const [session, setSession] = useState(() => createSession({ onUnauthenticated }))
  useEffect(() => session.dispose, [session])

  const reset = useCallback(() => setSession(createSession({ onUnauthenticated })), [onUnauthenticated])

  return (
    <ResetSessionContext value={reset}>
      <Provider value={session.client}>{children}</Provider>
    </ResetSessionContext>
  )
}
