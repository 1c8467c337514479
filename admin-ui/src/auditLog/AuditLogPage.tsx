import { Box, Code, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { CursorPager, useCursorPages } from '../common/CursorPager'
import { graphql } from '../gql'
import { ErrorState } from '../graphql/ErrorState'
import { formatDateTime } from '../i18n/format'

export const AuditLogsQuery = graphql(`
  query AuditLogs($first: Int!, $after: Cursor, $where: AuditLogWhereInput) {
    auditLogs(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          operation
          objectType
          objectID
          ip
          createdAt
          changes
          actor {
            id
            name
            email
          }
        }
      }
    }
  }
`)

const PAGE_SIZE = 50

/** Who changed what, when and from where: every admin mutation. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation()
  const [text, setText] = useState('')
  const [q] = useDebouncedValue(text.trim(), 300)
  const pages = useCursorPages(q)
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AuditLogsQuery,
    variables: {
      first: PAGE_SIZE,
      after: pages.after,
      where: q ? { or: [{ operationContainsFold: q }, { objectTypeContainsFold: q }, { hasActorWith: [{ emailContainsFold: q }] }] } : null,
    },
  })
  const rows = data?.auditLogs.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []

  return (
    <Stack gap="md" maw={1400} mx="auto">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('auditLog.title')}
        </Title>
        <TextInput label={t('auditLog.search')} placeholder={t('auditLog.searchPlaceholder')} value={text} onChange={(e) => setText(e.currentTarget.value)} w={300} />
      </Group>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <Loader aria-label={t('app.loading')} />
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('auditLog.empty')}</Text>
      ) : (
        <Stack gap="sm" aria-busy={fetching}>
          <Box style={{ overflowX: 'auto' }}>
            <Table striped miw={900} verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('auditLog.column.when')}</Table.Th>
                  <Table.Th>{t('auditLog.column.who')}</Table.Th>
                  <Table.Th>{t('auditLog.column.operation')}</Table.Th>
                  <Table.Th>{t('auditLog.column.object')}</Table.Th>
                  <Table.Th>{t('auditLog.column.ip')}</Table.Th>
                  <Table.Th>{t('auditLog.column.changes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{formatDateTime(r.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>{r.actor ? r.actor.name || r.actor.email : t('auditLog.apiKey')}</Table.Td>
                    <Table.Td>
                      <Code>{r.operation}</Code>
                    </Table.Td>
                    <Table.Td>{[r.objectType, r.objectID].filter(Boolean).join(' #') || '—'}</Table.Td>
                    <Table.Td>{r.ip || '—'}</Table.Td>
                    <Table.Td>
                      {r.changes ? (
                        <Code block fz="xs" maw={420} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                          {JSON.stringify(r.changes, null, 1)}
                        </Code>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
          <Group justify="flex-end" gap="xs">
            <CursorPager pages={pages} pageInfo={data.auditLogs.pageInfo} />
          </Group>
        </Stack>
      )}
    </Stack>
  )
}
