import { Badge, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { graphql } from '../gql'
import { ErrorState } from '../graphql/ErrorState'
import { formatDate, formatDateTime, formatNumber } from '../i18n/format'

const PrinterSuppliesQuery = graphql(`
  query PrinterSupplies($id: ID!) {
    node(id: $id) {
      __typename
      ... on Printer {
        id
        supplies {
          id
          description
          type
          color
          levelState
          percent
          daysLeft
          replacedAt
          readings(first: 12, orderBy: { field: READ_AT, direction: DESC }) {
            edges {
              node {
                id
                readAt
                percent
                replacement
              }
            }
          }
        }
      }
    }
  }
`)

const PrinterUsageQuery = graphql(`
  query PrinterUsage($from: Time!, $to: Time!, $printerId: ID) {
    usage(from: $from, to: $to, printerId: $printerId) {
      months {
        month
        total
        black
        color
        large
      }
      total {
        total
        black
        color
        large
      }
      jumps {
        readingId
        at
        counter
        pages
        accepted
      }
    }
  }
`)

const SUPPLY_COLORS: Record<string, string> = { black: '#343a40', cyan: '#15aabf', magenta: '#e64980', yellow: '#fab005' }

/** A supply's level in words: the percent, or RFC 3805's special value (never shown as 0% or 100%). */
export function SupplyLevel({ levelState, percent }: { levelState: string; percent?: number | null }) {
  const { t } = useTranslation()
  if (percent == null) {
    return (
      <Badge variant="light" color="gray">
        {t(`supplies.state.${levelState as 'KNOWN' | 'NO_RESTRICTION' | 'UNKNOWN' | 'SOME_REMAINING'}`)}
      </Badge>
    )
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <div aria-hidden style={{ width: 90, height: 8, borderRadius: 4, background: 'var(--mantine-color-gray-2)', overflow: 'hidden' }}>
        <div
          style={{
            width: `${percent}%`,
            height: '100%',
            background: `var(--mantine-color-${percent <= 10 ? 'red' : percent <= 25 ? 'orange' : 'teal'}-6)`,
          }}
        />
      </div>
      <Text size="sm">{percent}%</Text>
    </Group>
  )
}

/** The days-left forecast, or a dash. */
export function DaysLeft({ days }: { days?: number | null }) {
  const { t, i18n } = useTranslation()
  if (days == null) return <Text size="sm" c="dimmed">—</Text>
  return <Text size="sm">{t('supplies.days', { count: Math.round(days), n: formatNumber(days, i18n.language) })}</Text>
}

interface HistoryPoint {
  readAt: string
  percent?: number | null
  replacement: boolean
}

/** A supply's percent over time (inline SVG, like the meter chart); replacements are marked. */
function SupplyHistory({ points, color, label }: { points: readonly HistoryPoint[]; color: string; label: string }) {
  const known = [...points].filter((p) => p.percent != null).sort((a, b) => Date.parse(a.readAt) - Date.parse(b.readAt))
  const W = 220
  const H = 44
  if (known.length < 2) return null
  const t0 = Date.parse(known[0].readAt)
  const t1 = Date.parse(known[known.length - 1].readAt)
  const x = (p: HistoryPoint) => 2 + ((Date.parse(p.readAt) - t0) / (t1 - t0 || 1)) * (W - 4)
  const y = (p: HistoryPoint) => H - 2 - ((p.percent ?? 0) / 100) * (H - 4)
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
      <rect x="0" y="0" width={W} height={H} fill="#f8f9fa" />
      <polyline fill="none" stroke={color} strokeWidth="2" points={known.map((p) => `${x(p)},${y(p)}`).join(' ')} />
      {known
        .filter((p) => p.replacement)
        .map((p) => (
          <circle key={p.readAt} cx={x(p)} cy={y(p)} r="3.5" fill="#fff" stroke="#2f9e44" strokeWidth="2" />
        ))}
    </svg>
  )
}

/** A printer's supplies: current levels, forecast and history (docs/usage.md). */
export function SuppliesCard({ printerId }: { printerId: string }) {
  const { t, i18n } = useTranslation()
  const [{ data, error }, reexecute] = useQuery({ query: PrinterSuppliesQuery, variables: { id: printerId } })
  const supplies = data?.node?.__typename === 'Printer' ? (data.node.supplies ?? []) : []
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('supplies.title')}
      </Title>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : supplies.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('supplies.none')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('supplies.column.supply')}</Table.Th>
              <Table.Th>{t('supplies.column.level')}</Table.Th>
              <Table.Th>{t('supplies.column.daysLeft')}</Table.Th>
              <Table.Th>{t('supplies.column.history')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {supplies.map((s) => {
              const history = s.readings.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
              return (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Text size="sm">{s.description}</Text>
                    {s.replacedAt && (
                      <Text size="xs" c="dimmed">
                        {t('supplies.replaced', { date: formatDateTime(s.replacedAt, i18n.language) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <SupplyLevel levelState={s.levelState} percent={s.percent} />
                  </Table.Td>
                  <Table.Td>
                    <DaysLeft days={s.daysLeft} />
                  </Table.Td>
                  <Table.Td>
                    <SupplyHistory
                      points={history}
                      color={SUPPLY_COLORS[s.color ?? ''] ?? '#1c7ed6'}
                      label={t('supplies.historyLabel', { supply: s.description, count: history.length })}
                    />
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  )
}

function monthRange(months: number) {
  const now = new Date()
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1 - months, 1))
  return { from: from.toISOString(), to: to.toISOString() }
}

/** Pages per month over the last 12 months (black and colour stacked), of one printer or the organization. */
export function UsageCard({ printerId }: { printerId?: string }) {
  const { t, i18n } = useTranslation()
  const range = monthRange(12)
  const [{ data, error }, reexecute] = useQuery({ query: PrinterUsageQuery, variables: { ...range, printerId: printerId ?? null } })
  const usage = data?.usage
  const W = 640
  const H = 200
  const PAD = { left: 56, right: 8, top: 10, bottom: 24 }
  const months = usage?.months ?? []
  const max = Math.max(1, ...months.map((m) => m.total || m.black + m.color))
  const bw = months.length ? (W - PAD.left - PAD.right) / Math.max(months.length, 6) : 0
  const y = (v: number) => ((H - PAD.top - PAD.bottom) * v) / max
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('usage.title')}
      </Title>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !usage ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : months.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('usage.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={t('usage.chartLabel', { count: months.length })}>
            <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="#dee2e6" />
            <text x={PAD.left - 6} y={PAD.top + 8} fontSize="11" textAnchor="end" fill="#868e96">
              {formatNumber(max, i18n.language)}
            </text>
            {months.map((m, i) => {
              const x = PAD.left + i * bw + bw * 0.15
              const w = bw * 0.7
              const base = H - PAD.bottom
              const black = m.black || (m.color ? 0 : m.total)
              return (
                <g key={m.month}>
                  <title>{`${m.month}: ${formatNumber(m.total, i18n.language)}`}</title>
                  <rect x={x} y={base - y(black)} width={w} height={y(black)} fill="#343a40" />
                  <rect x={x} y={base - y(black) - y(m.color)} width={w} height={y(m.color)} fill="#e64980" />
                  <text x={x + w / 2} y={H - 8} fontSize="10" textAnchor="middle" fill="#868e96">
                    {m.month}
                  </text>
                </g>
              )
            })}
          </svg>
          <Group gap="md">
            <Text size="sm">{t('usage.total', { n: formatNumber(usage.total.total, i18n.language) })}</Text>
            <Text size="sm" c="dimmed">
              {t('usage.split', {
                black: formatNumber(usage.total.black, i18n.language),
                color: formatNumber(usage.total.color, i18n.language),
                large: formatNumber(usage.total.large, i18n.language),
              })}
            </Text>
          </Group>
          {usage.jumps
            .filter((j) => !j.accepted)
            .map((j) => (
              <Text key={`${j.readingId}-${j.counter}`} size="xs" c="orange">
                {t('usage.jump', { pages: formatNumber(j.pages, i18n.language), counter: j.counter, date: formatDate(j.at, i18n.language) })}
              </Text>
            ))}
        </Stack>
      )}
    </Card>
  )
}
