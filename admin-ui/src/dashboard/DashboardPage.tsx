import { Anchor, Card, EmptyState, Group, Loader, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useQuery } from 'urql'
import { graphql } from '../gql'
import type { InterventionStatusCategory } from '../gql/graphql'
import { ErrorState } from '../graphql/ErrorState'
import { formatCappedCount, formatDateTime } from '../i18n/format'
import { dayStart, searchFromFilters, EMPTY_FILTERS, DEFAULT_ORDER } from '../interventions/filters'
import { useLiveRefetch } from '../common/useLiveRefetch'
import { InterventionsTable } from '../interventions/InterventionsTable'
import { CATEGORY_COLORS } from '../interventions/StatusBadge'
import { paths } from '../routes'
import { SatisfactionSection } from './Satisfaction'

export const DashboardQuery = graphql(`
  query Dashboard($language: String, $todayStart: Time!) {
    interventionStatuses {
      id
      name
      category
      localizedName(language: $language)
    }
    silentPrinters(first: 10) {
      id
      serial
      name
      location
      silentSince
      lastSeenAt
    }
    printersWithAlerts(first: 10) {
      id
      serial
      name
      location
      lastErrors
      lastAlerts {
        condition
        description
      }
    }
    open: interventions(first: 0, where: { hasStatusWith: [{ categoryNEQ: CLOSED }] }) {
      totalCountCapped
      totalCountIsExact
    }
    today: interventions(
      first: 10
      where: { createdAtGTE: $todayStart }
      orderBy: { field: CREATED_AT, direction: DESC }
    ) {
      totalCountCapped
      totalCountIsExact
      edges {
        node {
          ...InterventionRow
        }
      }
    }
  }
`)

export const StatusCountQuery = graphql(`
  query StatusCount($statusId: ID!) {
    interventions(first: 0, where: { statusID: $statusId }) {
      totalCountCapped
      totalCountIsExact
    }
  }
`)

function todayISO(): string {
  const now = new Date()
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
  return dayStart(day) ?? now.toISOString()
}

function listLink(statusId: string): string {
  return `${paths.interventions}?${searchFromFilters({ ...EMPTY_FILTERS, statusIds: [statusId] }, DEFAULT_ORDER)}`
}

/** Open interventions by status and today's reports, kept up to date by interventionChanged. */
export function DashboardPage() {
  const { t, i18n } = useTranslation()
  const todayStart = useMemo(todayISO, [])
  const [{ data, error }, reexecute] = useQuery({
    query: DashboardQuery,
    variables: { language: i18n.resolvedLanguage, todayStart },
  })
  useLiveRefetch(() => reexecute({ requestPolicy: 'network-only' }))

  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
  if (!data) {
    return (
      <Group justify="center" py="xl">
        <Loader aria-label={t('app.loading')} />
      </Group>
    )
  }
  const today = data.today.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  const fromToday = `${paths.interventions}?${searchFromFilters({ ...EMPTY_FILTERS, from: new Date().toLocaleDateString('sv') }, DEFAULT_ORDER)}`

  return (
    <Stack gap="lg" maw={1400} mx="auto">
      <Title order={1} size="h2">
        {t('dashboard.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Card withBorder>
          <Text size="sm" c="dimmed">
            {t('dashboard.open')}
          </Text>
          <Text fz={36} fw={700} data-testid="dashboard-open">
            {formatCappedCount(data.open, i18n.language)}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            {t('dashboard.today')}
          </Text>
          <Text fz={36} fw={700} data-testid="dashboard-today">
            {formatCappedCount(data.today, i18n.language)}
          </Text>
        </Card>
      </SimpleGrid>

      <section aria-labelledby="by-status">
        <Title order={2} size="h4" id="by-status" mb="sm">
          {t('dashboard.byStatus')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
          {data.interventionStatuses.map((s) => (
            <StatusCount
              key={s.id}
              id={s.id}
              name={s.localizedName || s.name}
              category={s.category}
            />
          ))}
        </SimpleGrid>
      </section>

      <SatisfactionSection />

      <section aria-labelledby="alerts-title">
        <Title order={2} size="h4" id="alerts-title" mb="sm">
          {t('dashboard.printersWithAlerts')}
        </Title>
        {data.printersWithAlerts.length === 0 ? (
          <EmptyState title={t('dashboard.noAlerts')} description={t('dashboard.noAlertsHint')} />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" data-testid="dashboard-alerts">
            {data.printersWithAlerts.map((p) => {
              const problems = [
                ...p.lastAlerts.map((a) => a.description || a.condition),
                ...(p.lastErrors ?? []).filter(Boolean),
              ]
              return (
                <Card key={p.id} withBorder padding="sm" style={{ borderLeft: '4px solid var(--mantine-color-red-6)' }}>
                  <Anchor component={Link} to={paths.printer(p.id)} fw={600}>
                    {p.name || p.serial}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[p.serial, p.location].filter(Boolean).join(' · ')}
                  </Text>
                  <Text size="sm" mt={4}>
                    {problems.slice(0, 3).join(' · ')}
                  </Text>
                </Card>
              )
            })}
          </SimpleGrid>
        )}
      </section>

      {data.silentPrinters.length > 0 && (
        <section aria-labelledby="silent-title">
          <Title order={2} size="h4" id="silent-title" mb="sm">
            {t('dashboard.silentPrinters')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" data-testid="dashboard-silent">
            {data.silentPrinters.map((p) => (
              <Card key={p.id} withBorder padding="sm" style={{ borderLeft: '4px solid var(--mantine-color-gray-6)' }}>
                <Anchor component={Link} to={paths.printer(p.id)} fw={600}>
                  {p.name || p.serial}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {[p.serial, p.location].filter(Boolean).join(' · ')}
                </Text>
                <Text size="sm" mt={4}>
                  {p.lastSeenAt
                    ? t('dashboard.silentSince', { date: formatDateTime(p.lastSeenAt, i18n.language) })
                    : t('dashboard.neverSeen')}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </section>
      )}

      <section aria-labelledby="today-title">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="today-title">
            {t('dashboard.todayReports')}
          </Title>
          <Anchor component={Link} to={fromToday} size="sm">
            {t('dashboard.seeAll')}
          </Anchor>
        </Group>
        {today.length === 0 ? (
          <EmptyState title={t('dashboard.noReportsToday')} description={t('dashboard.noReportsTodayHint')} />
        ) : (
          <InterventionsTable interventions={today} />
        )}
      </section>
    </Stack>
  )
}

function StatusCount({ id, name, category }: { id: string; name: string; category: InterventionStatusCategory }) {
  const { i18n } = useTranslation()
  const [{ data }, reexecute] = useQuery({ query: StatusCountQuery, variables: { statusId: id } })
  useLiveRefetch(() => reexecute({ requestPolicy: 'network-only' }))
  return (
    <Card withBorder padding="sm" component={Link} to={listLink(id)} style={{ borderLeft: `4px solid var(--mantine-color-${CATEGORY_COLORS[category]}-6)` }}>
      <Text size="sm" fw={500} truncate>
        {name}
      </Text>
      {data ? (
        <Text fz={28} fw={700} data-testid={`status-count-${name}`}>
          {formatCappedCount(data.interventions, i18n.language)}
        </Text>
      ) : (
        <Skeleton h={34} w={60} mt={4} />
      )}
    </Card>
  )
}
