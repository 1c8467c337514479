import { useEffect, useRef } from 'react'
import { useSubscription } from 'urql'
import { graphql } from '../gql'

export const InterventionChangedSubscription = graphql(`
  subscription InterventionChanged {
    interventionChanged {
      id
    }
  }
`)

/** Fetches again when interventions change, at most every `ms` (a burst of changes costs one fetch). */
export function useLiveRefetch(refetch: () => void, ms = 500) {
  const [{ data: changes }] = useSubscription(
    { query: InterventionChangedSubscription },
    (count: number | undefined) => (count ?? 0) + 1,
  )
  const timer = useRef<number | null>(null)
  const refetchRef = useRef(refetch)
  useEffect(() => {
    refetchRef.current = refetch
  }, [refetch])
  useEffect(() => {
    if (!changes || timer.current !== null) return
    refetchRef.current()
    timer.current = window.setTimeout(() => {
      timer.current = null
    }, ms)
  }, [changes, ms])
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current)
    },
    [],
  )
}
