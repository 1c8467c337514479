import { Anchor, Badge, Box, Button, Code, Group, Loader, Modal, Select, Stack, Table, Text, TextInput, Title, type MantineColor } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useMutation, useQuery } from 'urql'
import { CursorPager, useCursorPages } from '../common/CursorPager'
import { graphql, useFragment, type FragmentType } from '../gql'
import type { EmailMessageStatus } from '../gql/graphql'
import { ErrorState } from '../graphql/ErrorState'
import { errorKind } from '../graphql/errors'
import { formatDateTime } from '../i18n/format'
import { paths } from '../routes'

export const OutboxMessageFragmentDoc = graphql(`
  fragment OutboxMessage on EmailMessage {
    id
    createdAt
    kind
    to
    subject
    status
    attempts
    nextAttemptAt
    lastError
    sentAt
    intervention {
      id
      reference
    }
  }
`)

export const OutboxQuery = graphql(`
  query Outbox($first: Int!, $after: Cursor, $where: EmailMessageWhereInput) {
    emailMessages(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...OutboxMessage
        }
      }
    }
  }
`)

export const OutboxMessageBodyQuery = graphql(`
  query OutboxMessageBody($id: ID!) {
    node(id: $id) {
      __typename
      ... on EmailMessage {
        id
        html
        text
      }
    }
  }
`)

export const RetryEmailMessageMutation = graphql(`
  mutation RetryEmailMessage($id: ID!) {
    retryEmailMessage(id: $id) {
      ...OutboxMessage
    }
  }
`)

const STATUSES: EmailMessageStatus[] = ['QUEUED', 'SENDING', 'SENT', 'FAILED', 'DEAD']
const STATUS_COLORS: Record<EmailMessageStatus, MantineColor> = {
  QUEUED: 'blue',
  SENDING: 'cyan',
  SENT: 'green',
  FAILED: 'orange',
  DEAD: 'red',
}
const PAGE_SIZE = 50

/** The email outbox: what was sent, what waits, what failed and why; failed and dead mail can be retried. */
export function OutboxPage() {
  const { t } = useTranslation()
  const [status, setStatus] = useState<string | null>(null)
  const [text, setText] = useState('')
  const [q] = useDebouncedValue(text.trim(), 300)
  const key = `${status}|${q}`
  const pages = useCursorPages(key)
  const parts = [
    ...(status ? [{ status: status as EmailMessageStatus }] : []),
    ...(q ? [{ subjectContainsFold: q }] : []),
  ]
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: OutboxQuery,
    variables: { first: PAGE_SIZE, after: pages.after, where: parts.length > 1 ? { and: parts } : (parts[0] ?? null) },
  })
  const [retry, retryMessage] = useMutation(RetryEmailMessageMutation)
  const [viewing, setViewing] = useState<{ id: string; subject: string } | null>(null)
  const rows = data?.emailMessages.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []

  return (
    <Stack gap="md" maw={1400} mx="auto">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('outbox.title')}
        </Title>
        <Group align="flex-end">
          <TextInput label={t('outbox.search')} placeholder={t('outbox.searchPlaceholder')} value={text} onChange={(e) => setText(e.currentTarget.value)} w={260} />
          <Select
            label={t('outbox.status')}
            placeholder={t('interventions.filters.any')}
            data={STATUSES.map((s) => ({ value: s, label: t(`outbox.statuses.${s}`) }))}
            value={status}
            onChange={setStatus}
            clearable
            w={180}
          />
          <Button variant="default" onClick={() => reexecute({ requestPolicy: 'network-only' })} loading={fetching}>
            {t('outbox.refresh')}
          </Button>
        </Group>
      </Group>
      {retry.error && (
        <Text c="red" size="sm" role="alert">
          {t(`errors.${errorKind(retry.error)}`)}
        </Text>
      )}
      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <Loader aria-label={t('app.loading')} />
      ) : rows.length === 0 && pages.page === 1 ? (
        <Text c="dimmed">{status || q ? t('outbox.noMatch') : t('outbox.empty')}</Text>
      ) : (
        <Stack gap="sm" aria-busy={fetching}>
          <Box style={{ overflowX: 'auto' }}>
            <Table striped miw={1000} verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('outbox.column.created')}</Table.Th>
                  <Table.Th>{t('outbox.column.kind')}</Table.Th>
                  <Table.Th>{t('outbox.column.to')}</Table.Th>
                  <Table.Th>{t('outbox.column.subject')}</Table.Th>
                  <Table.Th>{t('outbox.column.intervention')}</Table.Th>
                  <Table.Th>{t('outbox.column.status')}</Table.Th>
                  <Table.Th>{t('outbox.column.error')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((m) => (
                  <OutboxRow
                    key={m.id}
                    message={m}
                    onView={setViewing}
                    onRetry={(id) => void retryMessage({ id })}
                    retrying={retry.fetching ? String(retry.operation?.variables.id) : null}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Box>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('outbox.total', { count: data.emailMessages.totalCount })}
            </Text>
            <CursorPager pages={pages} pageInfo={data.emailMessages.pageInfo} />
          </Group>
        </Stack>
      )}
      <Modal opened={viewing !== null} onClose={() => setViewing(null)} title={viewing?.subject} size="xl">
        {viewing && <MessageBody id={viewing.id} />}
      </Modal>
    </Stack>
  )
}

/** One email of the outbox: when, to whom, what, its state; view and retry are the page's. */
function OutboxRow({
  message,
  onView,
  onRetry,
  retrying,
}: {
  message: FragmentType<typeof OutboxMessageFragmentDoc>
  onView: (message: { id: string; subject: string }) => void
  onRetry: (id: string) => void
  /** The id of the message being retried. */
  retrying: string | null
}) {
  const { t, i18n } = useTranslation()
  const m = useFragment(OutboxMessageFragmentDoc, message)
  return (
    <Table.Tr data-status={m.status}>
      <Table.Td>{formatDateTime(m.createdAt, i18n.language)}</Table.Td>
      <Table.Td>{t(`outbox.kinds.${m.kind}`)}</Table.Td>
      <Table.Td>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {m.to.join(', ')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Anchor component="button" type="button" size="sm" onClick={() => onView({ id: m.id, subject: m.subject })} ta="left">
          {m.subject}
        </Anchor>
      </Table.Td>
      <Table.Td>
        {m.intervention ? (
          <Anchor component={Link} to={paths.intervention(m.intervention.id)} size="sm" ff="monospace">
            {m.intervention.reference}
          </Anchor>
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLORS[m.status]} variant="light">
          {t(`outbox.statuses.${m.status}`)}
        </Badge>
        <Text size="xs" c="dimmed">
          {m.status === 'SENT' && m.sentAt
            ? formatDateTime(m.sentAt, i18n.language)
            : t('outbox.attempts', { count: m.attempts })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs" c={m.lastError ? 'red' : 'dimmed'} maw={280} style={{ overflowWrap: 'anywhere' }}>
          {m.lastError || '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        {(m.status === 'FAILED' || m.status === 'DEAD') && (
          <Button
            size="xs"
            variant="light"
            loading={retrying === m.id}
            onClick={() => onRetry(m.id)}
          >
            {t('outbox.retry')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  )
}

function MessageBody({ id }: { id: string }) {
  const { t } = useTranslation()
  const [{ data, error }] = useQuery({ query: OutboxMessageBodyQuery, variables: { id } })
  if (error && !data) return <ErrorState error={error} />
  const message = data?.node?.__typename === 'EmailMessage' ? data.node : null
  if (!message) return <Loader aria-label={t('app.loading')} />
  return (
    <Stack>
      <iframe
        title={t('email.preview.html')}
        sandbox=""
        srcDoc={message.html}
        style={{ width: '100%', height: 420, border: '1px solid var(--mantine-color-default-border)', background: '#fff' }}
      />
      <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', maxHeight: 200, overflow: 'auto' }}>
        {message.text}
      </Code>
    </Stack>
  )
}
