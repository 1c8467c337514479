import { ActionIcon, Badge, Button, Card, Group, Loader, Modal, Paper, SimpleGrid, Stack, Switch, Text, TextInput, Title, Tooltip } from '@mantine/core'
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useMutation, useQuery } from 'urql'
import { SortableList } from '../common/SortableList'
import { graphql, useFragment, type FragmentType } from '../gql'
import { ErrorState } from '../graphql/ErrorState'
import { errorKind } from '../graphql/errors'
import { TrashIcon } from '../layout/icons'
import { languageName } from './kioskKeys'

/** What one row of the list edits. */
export const CauseItemFragmentDoc = graphql(`
  fragment CauseItem on Cause {
    id
    active
    labels {
      language
      value
    }
  }
`)

export const CausesQuery = graphql(`
  query Causes($id: ID!) {
    node(id: $id) {
      __typename
      ... on PanicButton {
        id
        causes {
          id
          position
          labels {
            language
            value
          }
          ...CauseItem
        }
      }
    }
  }
`)

export const CreateCauseMutation = graphql(`
  mutation CreateCause($panicButtonId: ID!, $labels: [LocalizedTextInput!]!) {
    createCause(panicButtonId: $panicButtonId, labels: $labels) {
      ...CauseItem
    }
  }
`)

export const UpdateCauseMutation = graphql(`
  mutation UpdateCause($id: ID!, $labels: [LocalizedTextInput!], $active: Boolean) {
    updateCause(id: $id, labels: $labels, active: $active) {
      ...CauseItem
    }
  }
`)

export const DeleteCauseMutation = graphql(`
  mutation DeleteCause($id: ID!) {
    deleteCause(id: $id)
  }
`)

export const ReorderCausesMutation = graphql(`
  mutation ReorderCauses($panicButtonId: ID!, $ids: [ID!]!) {
    reorderCauses(panicButtonId: $panicButtonId, ids: $ids) {
      id
      position
    }
  }
`)

type Labels = Record<string, string>
const labelsOf = (c: { labels: readonly { language: string; value: string }[] }): Labels => Object.fromEntries(c.labels.map((l) => [l.language, l.value]))

/** The causes a reporter ticks: labels per language, order (drag and drop), active, delete. */
export const CausesEditorFragment = graphql(`
  fragment PanicButtonCauses on PanicButton {
    id
    languages
    defaultLanguage
  }
`)

export function CausesEditor({ panicButton: ref }: { panicButton: FragmentType<typeof CausesEditorFragment> }) {
  const panicButton = useFragment(CausesEditorFragment, ref)
  const { t, i18n } = useTranslation()
  const [{ data, error }, reexecute] = useQuery({ query: CausesQuery, variables: { id: panicButton.id } })
  const [reorderResult, reorder] = useMutation(ReorderCausesMutation)
  const [order, setOrder] = useState<string[] | null>(null) // optimistic order while the server confirms

  const node = data?.node?.__typename === 'PanicButton' ? data.node : null
  const fetched = [...(node?.causes ?? [])].sort((a, b) => a.position - b.position)
  const causes = order
    ? [...order.flatMap((id) => fetched.filter((c) => c.id === id)), ...fetched.filter((c) => !order.includes(c.id))]
    : fetched
  const fetchedOrder = fetched.map((c) => c.id).join(',')
  useEffect(() => {
    if (order && order.join(',') === fetchedOrder) setOrder(null) // the server caught up
  }, [order, fetchedOrder])
  const refetch = () => reexecute({ requestPolicy: 'network-only' })

  if (error && !data) return <ErrorState error={error} onRetry={refetch} />
  if (!node) return <Loader aria-label={t('app.loading')} />

  const labelFor = (c: { id: string; labels: readonly { language: string; value: string }[] }) => {
    const labels = labelsOf(c)
    return labels[i18n.resolvedLanguage ?? ''] || labels[panicButton.defaultLanguage] || Object.values(labels)[0] || c.id
  }

  return (
    <Stack gap="md" maw={1200}>
      <Text size="sm" c="dimmed">
        {t('causes.intro')}
      </Text>
      {reorderResult.error && (
        <Text c="red" size="sm" role="alert">
          {t('causes.reorderFailed')} {t(`errors.${errorKind(reorderResult.error)}`)}
        </Text>
      )}
      {causes.length === 0 ? (
        <Text c="dimmed">{t('causes.empty')}</Text>
      ) : (
        <Stack gap="xs" aria-label={t('causes.title')} role="list">
          <SortableList
            items={causes}
            itemLabel={labelFor}
            onReorder={async (ids) => {
              setOrder(ids)
              const result = await reorder({ panicButtonId: panicButton.id, ids })
              if (result.error) setOrder(null) // back to the server's order
              else refetch()
            }}
          >
            {(cause, handle) => (
              <CauseRow cause={cause} handle={handle} languages={panicButton.languages} name={labelFor(cause)} onChanged={refetch} />
            )}
          </SortableList>
        </Stack>
      )}
      <NewCauseForm panicButton={panicButton} onCreated={refetch} />
      <Text size="xs" c="dimmed">
        {t('causes.languagesHint', { languages: panicButton.languages.map((l) => languageName(l, i18n.language)).join(', ') })}
      </Text>
    </Stack>
  )
}

function CauseRow({
  cause: ref,
  handle,
  languages,
  name,
  onChanged,
}: {
  cause: FragmentType<typeof CauseItemFragmentDoc>
  handle: React.ReactNode
  languages: readonly string[]
  name: string
  onChanged: () => void
}) {
  const cause = useFragment(CauseItemFragmentDoc, ref)
  const { t, i18n } = useTranslation()
  const saved = labelsOf(cause)
  const savedKey = JSON.stringify(saved)
  const [labels, setLabels] = useState<Labels>(saved)
  useEffect(() => setLabels(JSON.parse(savedKey) as Labels), [savedKey])
  const [active, setActive] = useState(cause.active)
  useEffect(() => setActive(cause.active), [cause.active])
  const [confirming, setConfirming] = useState(false)
  const [update, updateCause] = useMutation(UpdateCauseMutation)
  const [removal, deleteCause] = useMutation(DeleteCauseMutation)
  const [empty, setEmpty] = useState(false)

  const dirty = languages.some((l) => (labels[l] ?? '').trim() !== (saved[l] ?? ''))
  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (!languages.some((l) => labels[l]?.trim())) {
      setEmpty(true)
      return
    }
    const result = await updateCause({
      id: cause.id,
      labels: languages.map((language) => ({ language, value: (labels[language] ?? '').trim() })),
    })
    if (!result.error) onChanged()
  }
  const failure = update.error ?? removal.error

  return (
    <Paper withBorder p="xs" role="listitem" aria-label={name} data-cause-id={cause.id} opacity={active ? 1 : 0.7}>
      <form onSubmit={save} noValidate>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <div style={{ paddingTop: 26 }}>{handle}</div>
          <SimpleGrid cols={{ base: 1, sm: Math.min(languages.length, 3) }} spacing="xs" style={{ flex: 1 }}>
            {languages.map((language) => (
              <TextInput
                key={language}
                label={languageName(language, i18n.language)}
                aria-label={t('causes.labelIn', { language: languageName(language, i18n.language), cause: name })}
                value={labels[language] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value
                  setLabels((l) => ({ ...l, [language]: value }))
                  setEmpty(false)
                }}
                maxLength={200}
                lang={language}
                error={empty && language === languages[0] ? t('causes.labelRequired') : undefined}
              />
            ))}
          </SimpleGrid>
          <Stack gap={6} align="flex-end" pt={22}>
            <Group gap="xs" wrap="nowrap">
              {!active && <Badge color="gray">{t('common.inactive')}</Badge>}
              <Switch
                label={t('causes.active')}
                checked={active}
                onChange={async (e) => {
                  const next = e.currentTarget.checked
                  setActive(next) // optimistic
                  const result = await updateCause({ id: cause.id, active: next })
                  if (result.error) setActive(!next)
                  else onChanged()
                }}
              />
              <Tooltip label={t('causes.delete')}>
                <ActionIcon variant="subtle" color="red" aria-label={t('causes.deleteNamed', { cause: name })} onClick={() => setConfirming(true)}>
                  <TrashIcon />
                </ActionIcon>
              </Tooltip>
            </Group>
            {dirty && (
              <Group gap="xs">
                <Button size="xs" variant="default" onClick={() => setLabels(saved)}>
                  {t('common.reset')}
                </Button>
                <Button size="xs" type="submit" loading={update.fetching}>
                  {t('causes.saveLabels')}
                </Button>
              </Group>
            )}
          </Stack>
        </Group>
        {failure && (
          <Text c="red" size="sm" role="alert">
            {t(`errors.${errorKind(failure)}`)}
          </Text>
        )}
      </form>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('causes.deleteTitle')}>
        <Stack>
          <Text size="sm">{t('causes.deleteConfirm', { cause: name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={removal.fetching}
              onClick={async () => {
                const result = await deleteCause({ id: cause.id })
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

function NewCauseForm({ panicButton, onCreated }: { panicButton: { id: string; languages: readonly string[] }; onCreated: () => void }) {
  const { t, i18n } = useTranslation()
  const [labels, setLabels] = useState<Labels>({})
  const [empty, setEmpty] = useState(false)
  const [{ fetching, error }, create] = useMutation(CreateCauseMutation)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const given = panicButton.languages.filter((l) => labels[l]?.trim())
    if (given.length === 0) {
      setEmpty(true)
      return
    }
    const result = await create({
      panicButtonId: panicButton.id,
      labels: given.map((language) => ({ language, value: labels[language].trim() })),
    })
    if (!result.error) {
      setLabels({})
      onCreated()
    }
  }
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate>
      <Title order={3} size="h5" mb="sm">
        {t('causes.add')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: Math.min(panicButton.languages.length, 3) }} spacing="xs">
        {panicButton.languages.map((language, i) => (
          <TextInput
            key={language}
            label={t('causes.newLabelIn', { language: languageName(language, i18n.language) })}
            value={labels[language] ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value
              setLabels((l) => ({ ...l, [language]: value }))
              setEmpty(false)
            }}
            maxLength={200}
            lang={language}
            error={empty && i === 0 ? t('causes.labelRequired') : undefined}
          />
        ))}
      </SimpleGrid>
      <Group justify="flex-end" mt="sm">
        {error && (
          <Text c="red" size="sm" role="alert">
            {t(`errors.${errorKind(error)}`)}
          </Text>
        )}
        <Button type="submit" loading={fetching}>
          {t('causes.addSubmit')}
        </Button>
      </Group>
    </Card>
  )
}
