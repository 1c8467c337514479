import { ActionIcon, Badge, Button, Card, Group, Loader, Modal, Paper, Select, Stack, Switch, Text, TextInput, Title, Tooltip } from '@mantine/core'
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useMutation, useQuery } from 'urql'
import { SortableList } from '../common/SortableList'
import { graphql, useFragment, type FragmentType } from '../gql'
import type { InterventionStatusCategory } from '../gql/graphql'
import { ErrorState } from '../graphql/ErrorState'
import { errorKind } from '../graphql/errors'
import { TrashIcon } from '../layout/icons'

/** What one row of the list edits. */
export const StatusItemFragmentDoc = graphql(`
  fragment StatusItem on InterventionStatus {
    id
    name
    category
    isInitial
  }
`)

export const StatusesQuery = graphql(`
  query Statuses {
    interventionStatuses {
      id
      name
      position
      ...StatusItem
    }
  }
`)

export const CreateStatusMutation = graphql(`
  mutation CreateStatus($input: CreateInterventionStatusInput!) {
    createInterventionStatus(input: $input) {
      ...StatusItem
    }
  }
`)

export const UpdateStatusMutation = graphql(`
  mutation UpdateStatus($id: ID!, $input: UpdateInterventionStatusInput!) {
    updateInterventionStatus(id: $id, input: $input) {
      ...StatusItem
    }
  }
`)

export const DeleteStatusMutation = graphql(`
  mutation DeleteStatus($id: ID!) {
    deleteInterventionStatus(id: $id)
  }
`)

export const ReorderStatusesMutation = graphql(`
  mutation ReorderStatuses($ids: [ID!]!) {
    reorderInterventionStatuses(ids: $ids) {
      id
      position
      ...StatusItem
    }
  }
`)

const CATEGORIES: InterventionStatusCategory[] = ['OPEN', 'IN_PROGRESS', 'CLOSED']

export function StatusesPage() {
  const { t } = useTranslation()
  const [{ data, error }, reexecute] = useQuery({ query: StatusesQuery })
  const [reorderResult, reorder] = useMutation(ReorderStatusesMutation)
  const [order, setOrder] = useState<string[] | null>(null)
  const refetch = () => reexecute({ requestPolicy: 'network-only' })

  const fetched = [...(data?.interventionStatuses ?? [])].sort((a, b) => a.position - b.position)
  const fetchedOrder = fetched.map((s) => s.id).join(',')
  useEffect(() => {
    if (order && order.join(',') === fetchedOrder) setOrder(null)
  }, [order, fetchedOrder])
  const statuses = order
    ? [...order.flatMap((id) => fetched.filter((s) => s.id === id)), ...fetched.filter((s) => !order.includes(s.id))]
    : fetched

  if (error && !data) return <ErrorState error={error} onRetry={refetch} />
  if (!data) return <Loader aria-label={t('app.loading')} />

  return (
    <Stack gap="md" maw={900} mx="auto">
      <Title order={1} size="h2">
        {t('statuses.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('statuses.intro')}
      </Text>
      {reorderResult.error && (
        <Text c="red" size="sm" role="alert">
          {t(`errors.${errorKind(reorderResult.error)}`)}
        </Text>
      )}
      <Stack gap="xs" role="list" aria-label={t('statuses.title')}>
        <SortableList
          items={statuses}
          itemLabel={(s) => s.name}
          onReorder={async (ids) => {
            setOrder(ids)
            const result = await reorder({ ids })
            if (result.error) setOrder(null)
          }}
        >
          {(status, handle) => <StatusRow status={status} handle={handle} onChanged={refetch} />}
        </SortableList>
      </Stack>
      <NewStatusForm onCreated={refetch} />
    </Stack>
  )
}

function StatusRow({
  status: ref,
  handle,
  onChanged,
}: {
  status: FragmentType<typeof StatusItemFragmentDoc>
  handle: React.ReactNode
  onChanged: () => void
}) {
  const status = useFragment(StatusItemFragmentDoc, ref)
  const { t } = useTranslation()
  const [name, setName] = useState(status.name)
  const [category, setCategory] = useState<InterventionStatusCategory>(status.category)
  useEffect(() => setName(status.name), [status.name])
  useEffect(() => setCategory(status.category), [status.category])
  const [confirming, setConfirming] = useState(false)
  const [update, updateStatus] = useMutation(UpdateStatusMutation)
  const [removal, deleteStatus] = useMutation(DeleteStatusMutation)
  const [invalid, setInvalid] = useState(false)
  const dirty = name.trim() !== status.name || category !== status.category

  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim()) {
      setInvalid(true)
      return
    }
    await updateStatus({ id: status.id, input: { name: name.trim(), category } })
  }
  const failure = update.error ?? removal.error

  return (
    <Paper withBorder p="xs" role="listitem" aria-label={status.name}>
      <form onSubmit={save} noValidate>
        <Group gap="sm" wrap="nowrap" align="flex-end">
          <div style={{ paddingBottom: 4 }}>{handle}</div>
          <TextInput
            label={t('statuses.name')}
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value)
              setInvalid(false)
            }}
            error={invalid ? t('validation.required') : undefined}
            maxLength={100}
            style={{ flex: 1 }}
          />
          <Select
            label={t('statuses.category')}
            data={CATEGORIES.map((c) => ({ value: c, label: t(`statuses.categories.${c}`) }))}
            value={category}
            onChange={(v) => v && setCategory(v as InterventionStatusCategory)}
            allowDeselect={false}
            w={160}
          />
          <Switch
            label={t('statuses.initial')}
            checked={status.isInitial}
            disabled={status.isInitial || update.fetching}
            onChange={async (e) => {
              if (e.currentTarget.checked) {
                await updateStatus({ id: status.id, input: { isInitial: true } })
                onChanged()
              }
            }}
            mb={8}
          />
          {dirty && (
            <Button type="submit" size="sm" loading={update.fetching}>
              {t('common.save')}
            </Button>
          )}
          <Tooltip label={t('common.delete')}>
            <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('statuses.deleteNamed', { name: status.name })} onClick={() => setConfirming(true)}>
              <TrashIcon />
            </ActionIcon>
          </Tooltip>
        </Group>
        {status.isInitial && (
          <Badge size="xs" variant="light" mt={4}>
            {t('statuses.initialBadge')}
          </Badge>
        )}
        {failure && (
          <Text c="red" size="sm" role="alert">
            {errorKind(failure) === 'BAD_USER_INPUT' && removal.error ? t('statuses.inUse') : t(`errors.${errorKind(failure)}`)}
          </Text>
        )}
      </form>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('statuses.deleteTitle')}>
        <Stack>
          <Text size="sm">{t('statuses.deleteConfirm', { name: status.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={removal.fetching}
              onClick={async () => {
                const result = await deleteStatus({ id: status.id })
                setConfirming(false)
                if (!result.error) onChanged()
              }}
            >
              {t('common.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  )
}

function NewStatusForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [category, setCategory] = useState<InterventionStatusCategory>('OPEN')
  const [invalid, setInvalid] = useState(false)
  const [{ fetching, error }, create] = useMutation(CreateStatusMutation)
  return (
    <Card
      withBorder
      component="form"
      noValidate
      onSubmit={async (e: FormEvent) => {
        e.preventDefault()
        if (!name.trim()) {
          setInvalid(true)
          return
        }
        const result = await create({ input: { name: name.trim(), category } })
        if (!result.error) {
          setName('')
          onCreated()
        }
      }}
    >
      <Title order={2} size="h5" mb="sm">
        {t('statuses.add')}
      </Title>
      <Group align="flex-start">
        <TextInput
          label={t('statuses.name')}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value)
            setInvalid(false)
          }}
          error={invalid ? t('validation.required') : undefined}
          maxLength={100}
          style={{ flex: 1 }}
        />
        <Select
          label={t('statuses.category')}
          data={CATEGORIES.map((c) => ({ value: c, label: t(`statuses.categories.${c}`) }))}
          value={category}
          onChange={(v) => v && setCategory(v as InterventionStatusCategory)}
          allowDeselect={false}
          w={180}
        />
        <Button type="submit" loading={fetching} mt={25}>
          {t('statuses.addSubmit')}
        </Button>
      </Group>
      {error && (
        <Text c="red" size="sm" role="alert" mt="xs">
          {t(`errors.${errorKind(error)}`)}
        </Text>
      )}
    </Card>
  )
}
