import { Anchor, EmptyState, Group, Loader, NumberInput, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useQuery } from 'urql'
import { graphql } from '../gql'
import type { LowSupplyOrder } from '../gql/graphql'
import { ErrorState } from '../graphql/ErrorState'
import { paths } from '../routes'
import { DaysLeft, SupplyLevel, UsageCard } from './FleetCards'

const LowSuppliesQuery = graphql(`
  query LowSupplies($threshold: Int!, $orderBy: LowSupplyOrder!) {
    lowSupplies(threshold: $threshold, orderBy: $orderBy, first: 200) {
      id
      description
      levelState
      percent
      daysLeft
      printer {
        id
        serial
        name
        location
        panicButton {
          id
          name
        }
      }
    }
  }
`)

/** The fleet's supplies running low, by level or by days left, and the organization's page usage. */
export function SuppliesPage() {
  const { t } = useTranslation()
  const [threshold, setThreshold] = useState(20)
  const [orderBy, setOrderBy] = useState<LowSupplyOrder>('LEVEL')
  const [{ data, error }, reexecute] = useQuery({ query: LowSuppliesQuery, variables: { threshold, orderBy } })
  const rows = data?.lowSupplies ?? []
  return (
    <Stack gap="md" maw={1400} mx="auto">
      <Title order={1} size="h2">
        {t('supplies.fleetTitle')}
      </Title>
      <Group gap="md" align="flex-end">
        <NumberInput
          label={t('supplies.threshold')}
          value={threshold}
          min={1}
          max={100}
          suffix="%"
          w={160}
          onChange={(v) => typeof v === 'number' && v >= 1 && v <= 100 && setThreshold(v)}
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="supplies-sort">
            {t('supplies.sortBy')}
          </Text>
          <SegmentedControl
            aria-labelledby="supplies-sort"
            value={orderBy}
            onChange={(v) => setOrderBy(v as LowSupplyOrder)}
            data={[
              { value: 'LEVEL', label: t('supplies.sort.LEVEL') },
              { value: 'DAYS_LEFT', label: t('supplies.sort.DAYS_LEFT') },
            ]}
          />
        </div>
      </Group>
      <Text size="xs" c="dimmed">
        {t('supplies.forecastMethod')}
      </Text>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <Loader aria-label={t('app.loading')} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('supplies.noneLow')} />
      ) : (
        <Table striped aria-label={t('supplies.fleetTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('supplies.column.printer')}</Table.Th>
              <Table.Th>{t('supplies.column.panicButton')}</Table.Th>
              <Table.Th>{t('supplies.column.supply')}</Table.Th>
              <Table.Th>{t('supplies.column.level')}</Table.Th>
              <Table.Th>{t('supplies.column.daysLeft')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Anchor component={Link} to={paths.printer(s.printer.id)} ff="monospace" size="sm">
                    {s.printer.serial}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[s.printer.name, s.printer.location].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>{s.printer.panicButton.name}</Table.Td>
                <Table.Td>{s.description}</Table.Td>
                <Table.Td>
                  <SupplyLevel levelState={s.levelState} percent={s.percent} />
                </Table.Td>
                <Table.Td>
                  <DaysLeft days={s.daysLeft} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <UsageCard />
    </Stack>
  )
}
