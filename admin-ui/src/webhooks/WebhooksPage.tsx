import { ActionIcon, Alert, Badge, Button, Checkbox, Code, CopyButton, Group, Loader, Modal, Stack, Table, Text, TextInput, Title, Tooltip, type MantineColor } from '@mantine/core'
import { Fragment, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useMutation, useQuery } from 'urql'
import { graphql } from '../gql'
import type { WebhookDeliveryStatus } from '../gql/graphql'
import { ErrorState } from '../graphql/ErrorState'
import { errorKind, fieldProblems } from '../graphql/errors'
import { formatDateTime } from '../i18n/format'
import { CheckIcon, CopyIcon } from '../layout/icons'

export const WebhooksQuery = graphql(`
  query Webhooks {
    webhooks(first: 50, orderBy: { field: CREATED_AT, direction: ASC }) {
      edges {
        node {
          id
          url
          description
          events
          active
          disabledAt
          disabledReason
          failingSince
          previousSecretExpiresAt
        }
      }
    }
    webhookEventTypes
  }
`)

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($id: ID!) {
    node(id: $id) {
      __typename
      ... on Webhook {
        id
        deliveries(first: 25, orderBy: { field: CREATED_AT, direction: DESC }) {
          totalCount
          edges {
            node {
              id
              eventID
              eventType
              status
              payload
              totalAttempts
              lastStatusCode
              lastError
              nextAttemptAt
              deliveredAt
              createdAt
            }
          }
        }
      }
    }
  }
`)

export const WebhookAttemptsQuery = graphql(`
  query WebhookAttempts($id: ID!) {
    node(id: $id) {
      __typename
      ... on WebhookDelivery {
        id
        attemptLog(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {
          edges {
            node {
              id
              attempt
              createdAt
              responseStatus
              responseBody
              error
              durationMs
              nextAttemptAt
              requestHeaders {
                name
                value
              }
            }
          }
        }
      }
    }
  }
`)

export const CreateWebhookMutation = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        id
      }
    }
  }
`)

export const UpdateWebhookMutation = graphql(`
  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
    updateWebhook(id: $id, input: $input) {
      id
      active
      disabledAt
      disabledReason
    }
  }
`)

export const DeleteWebhookMutation = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`)

export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      webhook {
        id
        previousSecretExpiresAt
      }
    }
  }
`)

export const SendTestWebhookMutation = graphql(`
  mutation SendTestWebhook($id: ID!) {
    sendTestWebhook(id: $id) {
      id
      status
    }
  }
`)

export const RedeliverWebhookDeliveryMutation = graphql(`
  mutation RedeliverWebhookDelivery($id: ID!) {
    redeliverWebhookDelivery(id: $id) {
      id
      status
    }
  }
`)

export const RedeliverFailedWebhookDeliveriesMutation = graphql(`
  mutation RedeliverFailedWebhookDeliveries($webhookId: ID!) {
    redeliverFailedWebhookDeliveries(webhookId: $webhookId)
  }
`)

const statusColor: Record<WebhookDeliveryStatus, MantineColor> = {
  PENDING: 'yellow',
  SENDING: 'blue',
  SUCCEEDED: 'green',
  FAILED: 'red',
}

export function WebhooksPage() {
  const { t, i18n } = useTranslation()
  const [{ data, error }, reexecute] = useQuery({ query: WebhooksQuery })
  const [creating, setCreating] = useState(false)
  const [secret, setSecret] = useState<{ title: string; value: string; note?: string } | null>(null)
  const [deleting, setDeleting] = useState<{ id: string; url: string } | null>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const [updateResult, update] = useMutation(UpdateWebhookMutation)
  const [deletion, remove] = useMutation(DeleteWebhookMutation)
  const [rotation, rotate] = useMutation(RotateWebhookSecretMutation)
  const [test, sendTest] = useMutation(SendTestWebhookMutation)
  const [logVersion, setLogVersion] = useState(0)
  const hooks = data?.webhooks.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  const refetch = () => reexecute({ requestPolicy: 'network-only' })
  const failure = updateResult.error ?? deletion.error ?? rotation.error ?? test.error

  return (
    <Stack gap="md" maw={1200} mx="auto">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('webhooks.title')}
        </Title>
        <Button onClick={() => setCreating(true)}>{t('webhooks.create')}</Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('webhooks.intro')}
      </Text>
      {failure && (
        <Text c="red" size="sm" role="alert">
          {t(`errors.${errorKind(failure)}`)}
        </Text>
      )}
      {error && !data ? (
        <ErrorState error={error} onRetry={refetch} />
      ) : !data ? (
        <Loader aria-label={t('app.loading')} />
      ) : hooks.length === 0 ? (
        <Text c="dimmed">{t('webhooks.empty')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('webhooks.column.url')}</Table.Th>
              <Table.Th>{t('webhooks.column.events')}</Table.Th>
              <Table.Th miw={120}>{t('webhooks.column.state')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {hooks.map((h) => (
              <Table.Tr key={h.id} data-testid="webhook-row">
                <Table.Td style={{ wordBreak: 'break-all' }}>
                  <Code>{h.url}</Code>
                  {h.description && (
                    <Text size="xs" c="dimmed">
                      {h.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{h.events.join(', ')}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={h.active ? 'green' : 'gray'} variant="light">
                    {h.active ? t('common.active') : t('common.inactive')}
                  </Badge>
                  {h.disabledReason && (
                    <Text size="xs" c="red">
                      {t('webhooks.disabledBecause', { reason: h.disabledReason })}
                    </Text>
                  )}
                  {h.active && h.failingSince && (
                    <Text size="xs" c="orange">
                      {t('webhooks.failingSince', { date: formatDateTime(h.failingSince, i18n.language) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="wrap" justify="flex-end">
                    <Button size="xs" variant="light" onClick={() => setSelected(selected === h.id ? null : h.id)} aria-expanded={selected === h.id}>
                      {t('webhooks.deliveries')}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      loading={test.fetching}
                      onClick={async () => {
                        const r = await sendTest({ id: h.id })
                        if (r.data) {
                          setSelected(h.id)
                          setLogVersion((v) => v + 1)
                        }
                      }}
                    >
                      {t('webhooks.sendTest')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => void update({ id: h.id, input: { active: !h.active } }).then(refetch)}>
                      {h.active ? t('webhooks.disable') : t('webhooks.enable')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={async () => {
                        const r = await rotate({ id: h.id })
                        const rotated = r.data?.rotateWebhookSecret
                        if (rotated) {
                          setSecret({
                            title: t('webhooks.rotated'),
                            value: rotated.secret,
                            note: rotated.webhook.previousSecretExpiresAt
                              ? t('webhooks.overlap', { date: formatDateTime(rotated.webhook.previousSecretExpiresAt, i18n.language) })
                              : undefined,
                          })
                        }
                      }}
                    >
                      {t('webhooks.rotate')}
                    </Button>
                    <Button size="xs" color="red" variant="light" onClick={() => setDeleting({ id: h.id, url: h.url })}>
                      {t('common.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {selected && <DeliveryLog key={`${selected}-${logVersion}`} webhookId={selected} />}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('webhooks.create')} size="lg">
        <CreateWebhookForm
          eventTypes={data?.webhookEventTypes ?? []}
          onCreated={(value) => {
            setCreating(false)
            setSecret({ title: t('webhooks.created'), value })
            refetch()
          }}
          onClose={() => setCreating(false)}
        />
      </Modal>
      <Modal opened={secret !== null} onClose={() => setSecret(null)} title={secret?.title ?? ''} size="lg">
        {secret && <SecretOnce value={secret.value} note={secret.note} onClose={() => setSecret(null)} />}
      </Modal>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title={t('webhooks.deleteTitle')}>
        <Stack>
          <Text size="sm">{t('webhooks.deleteConfirm', { url: deleting?.url ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={deletion.fetching}
              onClick={async () => {
                if (deleting) await remove({ id: deleting.id })
                if (deleting?.id === selected) setSelected(null)
                setDeleting(null)
                refetch()
              }}
            >
              {t('common.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}

function SecretOnce({ value, note, onClose }: { value: string; note?: string; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Stack>
      <Alert color="yellow" title={t('webhooks.onceTitle')}>
        {t('webhooks.once')}
        {note && <Text size="sm" mt="xs">{note}</Text>}
      </Alert>
      <Group gap="xs" wrap="nowrap">
        <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid="webhook-secret">
          {value}
        </Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('printerCode.copied') : t('printerCode.copy')}>
              <ActionIcon onClick={copy} variant="light" aria-label={copied ? t('printerCode.copied') : t('printerCode.copy')} size="lg">
                {copied ? <CheckIcon /> : <CopyIcon />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Group justify="flex-end">
        <Button onClick={onClose}>{t('apiKeys.done')}</Button>
      </Group>
    </Stack>
  )
}

function CreateWebhookForm({ eventTypes, onCreated, onClose }: { eventTypes: readonly string[]; onCreated: (secret: string) => void; onClose: () => void }) {
  const { t } = useTranslation()
  const [url, setUrl] = useState('')
  const [description, setDescription] = useState('')
  const [events, setEvents] = useState<string[]>([])
  const [invalid, setInvalid] = useState<{ url?: boolean; events?: boolean }>({})
  const [{ fetching, error }, create] = useMutation(CreateWebhookMutation)
  const problems = fieldProblems(error).map((p) => p.field)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const bad = { url: !/^https?:\/\/\S+$/i.test(url.trim()), events: events.length === 0 }
    setInvalid(bad)
    if (bad.url || bad.events) return
    const result = await create({ input: { url: url.trim(), description: description.trim() || null, events } })
    if (result.data) onCreated(result.data.createWebhook.secret)
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('webhooks.column.url')}
          description={t('webhooks.urlHint')}
          placeholder="https://partner.example.com/panic-button/events"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          required
          data-autofocus
          error={invalid.url || problems.includes('url') ? t('webhooks.urlInvalid') : undefined}
        />
        <TextInput label={t('webhooks.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <Checkbox.Group
          label={t('webhooks.column.events')}
          value={events}
          onChange={setEvents}
          required
          error={invalid.events || problems.includes('events') ? t('webhooks.eventsRequired') : undefined}
        >
          <Stack gap="xs" mt="xs">
            {eventTypes.map((e) => (
              <Checkbox key={e} value={e} label={<Code>{e}</Code>} />
            ))}
          </Stack>
        </Checkbox.Group>
        {error && problems.length === 0 && (
          <Text c="red" size="sm" role="alert">
            {t(`errors.${errorKind(error)}`)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={fetching}>
            {t('common.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

function DeliveryLog({ webhookId }: { webhookId: string }) {
  const { t, i18n } = useTranslation()
  const [{ data, error, fetching }, reexecute] = useQuery({ query: WebhookDeliveriesQuery, variables: { id: webhookId }, requestPolicy: 'network-only' })
  const [open, setOpen] = useState<string | null>(null)
  const [redelivery, redeliver] = useMutation(RedeliverWebhookDeliveryMutation)
  const [redeliveryAll, redeliverAll] = useMutation(RedeliverFailedWebhookDeliveriesMutation)
  const refetch = () => reexecute({ requestPolicy: 'network-only' })
  const node = data?.node?.__typename === 'Webhook' ? data.node : null
  const deliveries = node?.deliveries.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  const failure = redelivery.error ?? redeliveryAll.error
  return (
    <Stack gap="sm" data-testid="delivery-log">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('webhooks.logTitle', { count: node?.deliveries.totalCount ?? 0 })}
        </Title>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={refetch} loading={fetching}>
            {t('webhooks.refresh')}
          </Button>
          <Button
            size="xs"
            variant="light"
            loading={redeliveryAll.fetching}
            disabled={!deliveries.some((d) => d.status === 'FAILED')}
            onClick={async () => {
              await redeliverAll({ webhookId })
              refetch()
            }}
          >
            {t('webhooks.redeliverFailed')}
          </Button>
        </Group>
      </Group>
      {failure && (
        <Text c="red" size="sm" role="alert">
          {t(`errors.${errorKind(failure)}`)}
        </Text>
      )}
      {error && !data ? (
        <ErrorState error={error} onRetry={refetch} />
      ) : !data ? (
        <Loader aria-label={t('app.loading')} />
      ) : deliveries.length === 0 ? (
        <Text c="dimmed">{t('webhooks.noDeliveries')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('webhooks.column.event')}</Table.Th>
              <Table.Th>{t('webhooks.column.created')}</Table.Th>
              <Table.Th>{t('webhooks.column.status')}</Table.Th>
              <Table.Th>{t('webhooks.column.attempts')}</Table.Th>
              <Table.Th>{t('webhooks.column.next')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deliveries.map((d) => (
              <Fragment key={d.id}>
                <Table.Tr data-testid="delivery-row">
                  <Table.Td>
                    <Code>{d.eventType}</Code>
                  </Table.Td>
                  <Table.Td>{formatDateTime(d.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Badge color={statusColor[d.status]} variant="light">
                      {t(`webhooks.status.${d.status}`)}
                    </Badge>
                    {d.lastStatusCode != null && <Text size="xs">HTTP {d.lastStatusCode}</Text>}
                  </Table.Td>
                  <Table.Td>{d.totalAttempts}</Table.Td>
                  <Table.Td>{d.status === 'PENDING' ? formatDateTime(d.nextAttemptAt, i18n.language) : '—'}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button size="xs" variant="subtle" onClick={() => setOpen(open === d.id ? null : d.id)} aria-expanded={open === d.id}>
                        {t('webhooks.details')}
                      </Button>
                      {(d.status === 'SUCCEEDED' || d.status === 'FAILED') && (
                        <Button
                          size="xs"
                          variant="light"
                          loading={redelivery.fetching}
                          onClick={async () => {
                            await redeliver({ id: d.id })
                            refetch()
                          }}
                        >
                          {t('webhooks.redeliver')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {open === d.id && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <Stack gap="xs">
                        <Text size="xs">
                          {t('webhooks.eventId')}: <Code>{d.eventID}</Code>
                        </Text>
                        {d.lastError && (
                          <Text size="xs" c="red">
                            {d.lastError}
                          </Text>
                        )}
                        <Text size="xs" fw={600}>
                          {t('webhooks.requestBody')}
                        </Text>
                        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                          {d.payload}
                        </Code>
                        <Attempts deliveryId={d.id} />
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}

function Attempts({ deliveryId }: { deliveryId: string }) {
  const { t, i18n } = useTranslation()
  const [{ data, error }] = useQuery({ query: WebhookAttemptsQuery, variables: { id: deliveryId }, requestPolicy: 'network-only' })
  if (error && !data) return <ErrorState error={error} />
  const node = data?.node?.__typename === 'WebhookDelivery' ? data.node : null
  if (!node) return <Loader size="sm" aria-label={t('app.loading')} />
  return (
    <>
      {node.attemptLog.edges?.flatMap((e) => (e?.node ? [e.node] : [])).map((a) => (
        <Stack key={a.id} gap={2} data-testid="attempt">
          <Text size="xs" fw={600}>
            {t('webhooks.attempt', {
              n: a.attempt,
              date: formatDateTime(a.createdAt, i18n.language),
              status: a.responseStatus ?? '—',
              ms: a.durationMs,
            })}
            {a.nextAttemptAt ? ` · ${t('webhooks.nextAttempt', { date: formatDateTime(a.nextAttemptAt, i18n.language) })}` : ''}
          </Text>
          {a.error && (
            <Text size="xs" c="red">
              {a.error}
            </Text>
          )}
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {a.requestHeaders.map((h) => `${h.name}: ${h.value}`).join('\n')}
          </Code>
          {a.responseBody && (
            <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
              {a.responseBody}
            </Code>
          )}
        </Stack>
      ))}
    </>
  )
}
