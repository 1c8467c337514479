import { EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useQuery } from 'urql'
import { isAdmin, useCurrentUser } from '../auth/currentUser'
import { CursorPager, useCursorPages } from '../common/CursorPager'
import { useLiveRefetch } from '../common/useLiveRefetch'
import { graphql } from '../gql'
import type { InterventionOrder } from '../gql/graphql'
import { ErrorState } from '../graphql/ErrorState'
import { COUNT_CAP, formatNumber } from '../i18n/format'
import {
  buildWhere,
  filtersFromSearch,
  hasFilters,
  SEARCH_MIN,
  searchFromFilters,
  type InterventionFilters,
} from './filters'
import { InterventionFiltersBar } from './InterventionFiltersBar'
import { InterventionsTable } from './InterventionsTable'
import { SearchIndexNotice } from './SearchIndexNotice'

export const PAGE_SIZE = 25

/** The server counts matches up to this many (totalCountCapped): beyond, the list says "10,000+". */

export const InterventionsQuery = graphql(`
  query Interventions($first: Int!, $after: Cursor, $where: InterventionWhereInput, $orderBy: InterventionOrder) {
    interventions(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCountCapped
      totalCountIsExact
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

export function InterventionsPage() {
  const { t, i18n } = useTranslation()
  const admin = isAdmin(useCurrentUser().role)
  const [searchParams, setSearchParams] = useSearchParams()
  const key = searchParams.toString()
  const { filters, order } = useMemo(() => filtersFromSearch(new URLSearchParams(key)), [key])
  const pages = useCursorPages(key) // new filters start at page 1

  const update = (next: InterventionFilters, nextOrder: InterventionOrder = order) =>
    setSearchParams(searchFromFilters(next, nextOrder), { replace: true })

  const where = useMemo(() => buildWhere(filters), [filters])
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: InterventionsQuery,
    variables: { first: PAGE_SIZE, after: pages.after, where, orderBy: order },
  })
  useLiveRefetch(() => reexecute({ requestPolicy: 'network-only' }))

  const connection = data?.interventions
  const rows = connection?.edges?.flatMap((edge) => (edge?.node ? [edge.node] : [])) ?? []
  const filtered = hasFilters(filters)
  const searching = [...filters.q.trim()].length >= SEARCH_MIN

  return (
    <Stack gap="md" maw={1400} mx="auto">
      <Title order={1} size="h2">
        {t('interventions.title')}
      </Title>
      <InterventionFiltersBar filters={filters} onChange={(next) => update(next)} />
      {admin && searching && <SearchIndexNotice onComplete={() => reexecute({ requestPolicy: 'network-only' })} />}

      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !connection ? (
        <Group justify="center" py="xl">
          <Loader aria-label={t('app.loading')} />
        </Group>
      ) : rows.length === 0 && pages.page === 1 ? (
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
              {connection.totalCountIsExact
                ? t('interventions.total', { count: connection.totalCountCapped })
                : t('interventions.totalAtLeast', { total: formatNumber(COUNT_CAP, i18n.language) })}
            </Text>
            <CursorPager pages={pages} pageInfo={connection.pageInfo} showPage fetching={fetching} />
          </Group>
        </Stack>
      )}
    </Stack>
  )
}
