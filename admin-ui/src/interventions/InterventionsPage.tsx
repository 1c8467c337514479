import { Button, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useQuery, useSubscription } from 'urql'
import { graphql } from '../gql'
import type { InterventionOrder } from '../gql/graphql'
import { ErrorState } from '../graphql/ErrorState'
import { buildWhere, filtersFromSearch, hasFilters, searchFromFilters, type InterventionFilters } from './filters'
import { InterventionFiltersBar } from './InterventionFiltersBar'
import { InterventionsTable } from './InterventionsTable'

export const PAGE_SIZE = 25

export const InterventionsQuery = graphql(`
  query Interventions($first: Int!, $after: Cursor, $where: InterventionWhereInput, $orderBy: InterventionOrder) {
    interventions(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...InterventionRow
        }
      }
    }
  }
`)

export const InterventionChangedSubscription = graphql(`
  subscription InterventionChanged {
    interventionChanged {
      id
    }
  }
`)

/** The cursors of the pages seen so far for one query string: going back pops one. */
interface Pages {
  key: string
  cursors: string[]
}

/** Fetches the list again when interventions change, at most every `ms` (a burst of changes costs one fetch). */
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

export function InterventionsPage() {
  const { t } = useTranslation()
  const [searchParams, setSearchParams] = useSearchParams()
  const key = searchParams.toString()
  const { filters, order } = useMemo(() => filtersFromSearch(new URLSearchParams(key)), [key])
  const [pages, setPages] = useState<Pages>({ key: '', cursors: [] })
  const cursors = pages.key === key ? pages.cursors : [] // new filters start at page 1

  const update = (next: InterventionFilters, nextOrder: InterventionOrder = order) =>
    setSearchParams(searchFromFilters(next, nextOrder), { replace: true })

  const where = useMemo(() => buildWhere(filters), [filters])
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: InterventionsQuery,
    variables: { first: PAGE_SIZE, after: cursors.at(-1) ?? null, where, orderBy: order },
  })
  useLiveRefetch(() => reexecute({ requestPolicy: 'network-only' }))

  const connection = data?.interventions
  const rows = connection?.edges?.flatMap((edge) => (edge?.node ? [edge.node] : [])) ?? []
  const endCursor = connection?.pageInfo.endCursor
  const filtered = hasFilters(filters)

  return (
    <Stack gap="md" maw={1400} mx="auto">
      <Title order={1} size="h2">
        {t('interventions.title')}
      </Title>
      <InterventionFiltersBar filters={filters} onChange={(next) => update(next)} />

      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !connection ? (
        <Group justify="center" py="xl">
          <Loader aria-label={t('app.loading')} />
        </Group>
      ) : rows.length === 0 && cursors.length === 0 ? (
        <EmptyState
          py="xl"
          title={filtered ? t('interventions.noMatch.title') : t('interventions.empty.title')}
          description={filtered ? t('interventions.noMatch.description') : t('interventions.empty.description')}
        />
      ) : (
        <Stack gap="sm" aria-busy={fetching} data-testid="interventions-results">
          <InterventionsTable interventions={rows} order={order} onOrderChange={(o) => update(filters, o)} />
          <Group justify="space-between">
            <Text size="sm" c="dimmed" data-testid="interventions-total">
              {t('interventions.total', { count: connection.totalCount })}
            </Text>
            <Group gap="xs">
              {fetching && <Loader size="xs" aria-label={t('app.loading')} />}
              <Text size="sm">{t('interventions.page', { page: cursors.length + 1 })}</Text>
              <Button
                size="xs"
                variant="default"
                disabled={cursors.length === 0}
                onClick={() => setPages({ key, cursors: cursors.slice(0, -1) })}
              >
                {t('interventions.previousPage')}
              </Button>
              <Button
                size="xs"
                variant="default"
                disabled={!connection.pageInfo.hasNextPage || !endCursor}
                onClick={() => endCursor && setPages({ key, cursors: [...cursors, endCursor] })}
              >
                {t('interventions.nextPage')}
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Stack>
  )
}
