import { Alert } from '@mantine/core'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { graphql } from '../gql'
import { COUNT_CAP, formatNumber } from '../i18n/format'

export const SearchIndexQuery = graphql(`
  query SearchIndex {
    searchIndex {
      pending
      pendingIsExact
      complete
    }
  }
`)

/** How often the notice asks again while the index is being rebuilt. */
export const SEARCH_INDEX_POLL_MS = 15000

interface Props {
  /** Called when the index becomes complete while shown: a search then finds what it missed. */
  onComplete?: () => void
  pollMs?: number
}

/**
 * While the search index is being rebuilt (interventions written before it, indexed in the background after an
 * upgrade), says how many interventions a search cannot find yet; nothing once it is complete. It asks again every
 * `pollMs` until then, and not at all after. Admins only (searchIndex is theirs).
 */
export function SearchIndexNotice({ onComplete, pollMs = SEARCH_INDEX_POLL_MS }: Props) {
  const { t, i18n } = useTranslation()
  const [{ data }, reexecute] = useQuery({ query: SearchIndexQuery, requestPolicy: 'cache-and-network' })
  const status = data?.searchIndex
  const incomplete = status?.complete === false

  useEffect(() => {
    if (!incomplete) return
    const timer = window.setInterval(() => reexecute({ requestPolicy: 'network-only' }), pollMs)
    return () => window.clearInterval(timer)
  }, [incomplete, pollMs, reexecute])

  const onCompleteRef = useRef(onComplete)
  useEffect(() => {
    onCompleteRef.current = onComplete
  }, [onComplete])
  const wasIncomplete = useRef(false)
  useEffect(() => {
    if (incomplete) wasIncomplete.current = true
    else if (status?.complete && wasIncomplete.current) {
      wasIncomplete.current = false
      onCompleteRef.current?.()
    }
  }, [incomplete, status?.complete])

  if (!status || status.complete) return null
  const n = formatNumber(status.pendingIsExact ? status.pending : COUNT_CAP, i18n.language)
  return (
    <Alert color="yellow" role="status" title={t('interventions.searchIndex.title')} data-testid="search-index-notice">
      {status.pendingIsExact
        ? t('interventions.searchIndex.pending', { count: status.pending, n })
        : t('interventions.searchIndex.pendingAtLeast', { n })}
    </Alert>
  )
}
