import { Anchor, Box, CloseButton, EmptyState, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useQuery } from 'urql'
import { CursorPager, useCursorPages } from '../common/CursorPager'
import { graphql } from '../gql'
import { ErrorState } from '../graphql/ErrorState'
import { formatDateTime, formatNumber } from '../i18n/format'
import { paths } from '../routes'

export const PrintersQuery = graphql(`
  query Printers($first: Int!, $after: Cursor, $where: PrinterWhereInput) {
    printers(first: $first, after: $after, where: $where, orderBy: { field: SERIAL, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          serial
          model
          name
          location
          ip
          lastSeenAt
          lastTotal
          lastErrors
          panicButton {
            id
            name
          }
        }
      }
    }
  }
`)

const PAGE_SIZE = 25

export function printerSearch(q: string) {
  const s = q.trim()
  return s
    ? {
        or: [
          { serialContainsFold: s },
          { nameContainsFold: s },
          { modelContainsFold: s },
          { locationContainsFold: s },
          { ipContainsFold: s },
        ],
      }
    : null
}

export function PrintersPage() {
  const { t, i18n } = useTranslation()
  const [params, setParams] = useSearchParams()
  const [text, setText] = useState(params.get('q') ?? '')
  const [q] = useDebouncedValue(text.trim(), 300)
  const pages = useCursorPages(q)
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: PrintersQuery,
    variables: { first: PAGE_SIZE, after: pages.after, where: printerSearch(q) },
  })
  const connection = data?.printers
  const rows = connection?.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []

  return (
    <Stack gap="md" maw={1400} mx="auto">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('printers.title')}
        </Title>
        <TextInput
          label={t('printers.search')}
          placeholder={t('printers.searchPlaceholder')}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value)
            setParams(e.currentTarget.value ? { q: e.currentTarget.value } : {}, { replace: true })
          }}
          rightSection={text ? <CloseButton size="sm" aria-label={t('printers.clearSearch')} onClick={() => setText('')} /> : null}
          w={300}
        />
      </Group>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !connection ? (
        <Group justify="center" py="xl">
          <Loader aria-label={t('app.loading')} />
        </Group>
      ) : rows.length === 0 && pages.page === 1 ? (
        <EmptyState py="xl" title={q ? t('printers.noMatch') : t('printers.empty.title')} description={q ? undefined : t('printers.empty.description')} />
      ) : (
        <Stack gap="sm" aria-busy={fetching}>
          <Box style={{ overflowX: 'auto' }}>
            <Table striped highlightOnHover miw={900}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('printer.serial')}</Table.Th>
                  <Table.Th>{t('printer.model')}</Table.Th>
                  <Table.Th>{t('printer.name')}</Table.Th>
                  <Table.Th>{t('printer.location')}</Table.Th>
                  <Table.Th>{t('printer.panicButton')}</Table.Th>
                  <Table.Th>{t('printer.meters.total')}</Table.Th>
                  <Table.Th>{t('printer.lastSeen')}</Table.Th>
                  <Table.Th>{t('printer.alerts')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={paths.printer(p.id)} ff="monospace" size="sm">
                        {p.serial}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{p.model}</Table.Td>
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td>{p.location}</Table.Td>
                    <Table.Td>{p.panicButton.name}</Table.Td>
                    <Table.Td>{p.lastTotal != null ? formatNumber(p.lastTotal, i18n.language) : '—'}</Table.Td>
                    <Table.Td>{p.lastSeenAt ? formatDateTime(p.lastSeenAt, i18n.language) : t('printer.never')}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c={p.lastErrors?.some(Boolean) ? 'red' : 'dimmed'}>
                        {p.lastErrors?.filter(Boolean).join(' · ') || '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('printers.total', { count: connection.totalCount })}
            </Text>
            <CursorPager pages={pages} pageInfo={connection.pageInfo} />
          </Group>
        </Stack>
      )}
    </Stack>
  )
}
