import { Button, CloseButton, EmptyState, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useQuery, useSubscription } from 'urql'
import { graphql } from '../gql'
import { ErrorState } from '../graphql/ErrorState'
import { InterventionsTable } from './InterventionsTable'

export const PAGE_SIZE = 25

export const InterventionsQuery = graphql(`
  query Interventions($first: Int!, $after: Cursor, $where: InterventionWhereInput) {
    interventions(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {
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

/** The cursors of the pages seen so far for one filter: going back pops one. */
interface Pages {
  filter: string
  cursors: string[]
}

export function InterventionsPage() {
  const { t } = useTranslation()
  const [filter, setFilter] = useState('')
  const [reference] = useDebouncedValue(filter.trim(), 300)
  const [pages, setPages] = useState<Pages>({ filter: '', cursors: [] })
  const cursors = pages.filter === reference ? pages.cursors : [] // a new filter starts at page 1

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: InterventionsQuery,
    variables: {
      first: PAGE_SIZE,
      after: cursors.at(-1) ?? null,
      where: reference ? { referenceContains: reference } : null,
    },
  })

  // Any change in the organization's interventions: fetch the page again.
  const [{ data: changes }] = useSubscription(
    { query: InterventionChangedSubscription },
    (count: number | undefined) => (count ?? 0) + 1,
  )
  useEffect(() => {
    if (changes) reexecute({ requestPolicy: 'network-only' })
  }, [changes, reexecute])

  const connection = data?.interventions
  const rows = connection?.edges?.flatMap((edge) => (edge?.node ? [edge.node] : [])) ?? []
  const endCursor = connection?.pageInfo.endCursor

  return (
    <Stack gap="md" maw={1200} mx="auto">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('interventions.title')}
        </Title>
        <TextInput
          label={t('interventions.filterLabel')}
          placeholder={t('interventions.filterPlaceholder')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          rightSection={
            filter ? <CloseButton size="sm" aria-label={t('interventions.clearFilter')} onClick={() => setFilter('')} /> : null
          }
          w={260}
        />
      </Group>

      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !connection ? (
        <Group justify="center" py="xl">
          <Loader aria-label={t('app.loading')} />
        </Group>
      ) : rows.length === 0 && cursors.length === 0 ? (
        <EmptyState
          py="xl"
          title={reference ? t('interventions.noMatch.title') : t('interventions.empty.title')}
          description={
            reference ? t('interventions.noMatch.description', { filter: reference }) : t('interventions.empty.description')
          }
        />
      ) : (
        <Stack gap="sm" aria-busy={fetching}>
          <InterventionsTable interventions={rows} />
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('interventions.total', { count: connection.totalCount })}
            </Text>
            <Group gap="xs">
              {fetching && <Loader size="xs" aria-label={t('app.loading')} />}
              <Text size="sm">{t('interventions.page', { page: cursors.length + 1 })}</Text>
              <Button
                size="xs"
                variant="default"
                disabled={cursors.length === 0}
                onClick={() => setPages({ filter: reference, cursors: cursors.slice(0, -1) })}
              >
                {t('interventions.previousPage')}
              </Button>
              <Button
                size="xs"
                variant="default"
                disabled={!connection.pageInfo.hasNextPage || !endCursor}
                onClick={() => endCursor && setPages({ filter: reference, cursors: [...cursors, endCursor] })}
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
