import {
  Anchor,
  Badge,
  Button,
  Card,
  EmptyState,
  Grid,
  Group,
  List,
  Loader,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core'
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useMutation, useQuery, useSubscription } from 'urql'
import { isAdmin, useCurrentUser } from '../auth/currentUser'
import { Field } from '../common/Field'
import { FormFooter } from '../common/FormFooter'
import { graphql, useFragment, type FragmentType } from '../gql'
import { ErrorState } from '../graphql/ErrorState'
import { formatDateTime, formatNumber } from '../i18n/format'
import { paths } from '../routes'
import { StatusBadge } from './StatusBadge'

// One fragment per card: each card declares what it renders and reads it with useFragment.
const ReportCardFragment = graphql(`
  fragment InterventionReport on Intervention {
    reporterEmail
    reporterPhone
    causeLabels
    message
    language
    panicButton {
      id
      name
    }
    relatedTo {
      id
      reference
    }
  }
`)

const PrinterCardFragment = graphql(`
  fragment InterventionPrinter on Intervention {
    createdAt
    printer {
      id
    }
    printerSnapshot {
      serial
      model
      name
      location
      ip
      total
      black
      color
      large
      errors
    }
  }
`)

const HistoryCardFragment = graphql(`
  fragment InterventionHistory on Intervention {
    events(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges {
        node {
          id
          kind
          fromStatus
          toStatus
          note
          public
          authorEmail
          attachments {
            url
          }
          createdAt
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

const StatusChangeCardFragment = graphql(`
  fragment InterventionStatusChange on Intervention {
    id
    status {
      id
    }
  }
`)

const AssignmentCardFragment = graphql(`
  fragment InterventionAssignment on Intervention {
    id
    technicians {
      id
      name
      email
    }
  }
`)

const NoteCardFragment = graphql(`
  fragment InterventionNoteTarget on Intervention {
    id
  }
`)

/** The page's header, and every card's fragment: what the page query and the mutations ask for. */
export const InterventionDetailFragmentDoc = graphql(`
  fragment InterventionDetail on Intervention {
    id
    reference
    origin
    createdAt
    updatedAt
    closedAt
    status {
      id
      name
      category
    }
    ...InterventionReport
    ...InterventionPrinter
    ...InterventionHistory
    ...InterventionStatusChange
    ...InterventionAssignment
    ...InterventionNoteTarget
  }
`)

export const InterventionDetailQuery = graphql(`
  query InterventionDetail($id: ID!, $language: String) {
    node(id: $id) {
      __typename
      ... on Intervention {
        ...InterventionDetail
      }
    }
    interventionStatuses {
      id
      name
      category
      localizedName(language: $language)
    }
  }
`)

export const TechniciansQuery = graphql(`
  query Technicians {
    users(first: 200, where: { role: TECHNICIAN, active: true }) {
      edges {
        node {
          id
          name
          email
        }
      }
    }
  }
`)

export const ChangeInterventionStatusMutation = graphql(`
  mutation ChangeInterventionStatus($id: ID!, $statusId: ID!, $note: String) {
    changeInterventionStatus(id: $id, statusId: $statusId, note: $note) {
      ...InterventionDetail
    }
  }
`)

export const AssignInterventionMutation = graphql(`
  mutation AssignIntervention($id: ID!, $technicianIds: [ID!]!) {
    assignIntervention(id: $id, technicianIds: $technicianIds) {
      ...InterventionDetail
    }
  }
`)

export const RevokeTrackingLinkMutation = graphql(`
  mutation RevokeTrackingLink($id: ID!) {
    revokeTrackingLink(interventionId: $id) {
      ...InterventionDetail
    }
  }
`)

export const AddInterventionNoteMutation = graphql(`
  mutation AddInterventionNote($id: ID!, $note: String!, $public: Boolean) {
    addInterventionNote(id: $id, note: $note, public: $public) {
      ...InterventionDetail
    }
  }
`)

const InterventionChangedDetailSubscription = graphql(`
  subscription InterventionChangedDetail {
    interventionChanged {
      id
    }
  }
`)

export function InterventionDetailPage() {
  const { t, i18n } = useTranslation()
  const { id = '' } = useParams()
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: InterventionDetailQuery,
    variables: { id, language: i18n.resolvedLanguage },
  })
  // Someone else changed it: show the new state.
  useSubscription({ query: InterventionChangedDetailSubscription }, (_: unknown, event) => {
    if (event.interventionChanged?.id === id) reexecute({ requestPolicy: 'network-only' })
    return event
  })

  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
  if (!data) {
    return (
      <Group justify="center" py="xl">
        <Loader aria-label={t('app.loading')} />
      </Group>
    )
  }
  return (
    <InterventionView
      intervention={data.node?.__typename === 'Intervention' ? data.node : null}
      statuses={data.interventionStatuses}
      fetching={fetching}
    />
  )
}

type StatusOption = { value: string; label: string }

function InterventionView({
  intervention: ref,
  statuses: statusList,
  fetching,
}: {
  intervention: FragmentType<typeof InterventionDetailFragmentDoc> | null
  statuses: { id: string; name: string; localizedName?: string | null }[]
  fetching: boolean
}) {
  const { t, i18n } = useTranslation()
  const intervention = useFragment(InterventionDetailFragmentDoc, ref)
  if (!intervention) {
    return (
      <EmptyState
        py="xl"
        title={t('intervention.notFound')}
        description={
          <Anchor component={Link} to={paths.interventions}>
            {t('intervention.backToList')}
          </Anchor>
        }
      />
    )
  }
  const statuses: StatusOption[] = statusList.map((s) => ({ value: s.id, label: s.localizedName || s.name }))

  return (
    <Stack gap="md" maw={1400} mx="auto" aria-busy={fetching}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Anchor component={Link} to={paths.interventions} size="sm">
            ← {t('intervention.backToList')}
          </Anchor>
          <Group gap="sm" mt={4}>
            <Title order={1} size="h2" ff="monospace">
              {intervention.reference}
            </Title>
            <StatusBadge name={intervention.status.name} category={intervention.status.category} />
          </Group>
          <Text size="sm" c="dimmed">
            {t('intervention.reportedAt', { date: formatDateTime(intervention.createdAt, i18n.language) })} ·{' '}
            {t(`intervention.origin.${intervention.origin}`)}
            {intervention.closedAt &&
              ` · ${t('intervention.closedAt', { date: formatDateTime(intervention.closedAt, i18n.language) })}`}
          </Text>
        </div>
      </Group>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <ReportCard intervention={intervention} />
            <PrinterCard intervention={intervention} />
            <HistoryCard intervention={intervention} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <StatusChangeCard intervention={intervention} statuses={statuses} />
            <AssignmentCard intervention={intervention} />
            <NoteCard intervention={intervention} />
            <ReporterLinkCard intervention={intervention} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}

function ReportCard({ intervention: ref }: { intervention: FragmentType<typeof ReportCardFragment> }) {
  const intervention = useFragment(ReportCardFragment, ref)
  const { t } = useTranslation()
  return (
    <Card withBorder component="section" aria-labelledby="report-title">
      <Title order={2} size="h4" id="report-title" mb="sm">
        {t('intervention.report')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Field label={t('intervention.reporterEmail')}>
          <Anchor href={`mailto:${intervention.reporterEmail}`}>{intervention.reporterEmail}</Anchor>
        </Field>
        <Field label={t('intervention.reporterPhone')}>{intervention.reporterPhone}</Field>
        <Field label={t('intervention.panicButton')}>
          {intervention.panicButton && (
            <Anchor component={Link} to={paths.panicButton(intervention.panicButton.id)}>
              {intervention.panicButton.name}
            </Anchor>
          )}
        </Field>
        <Field label={t('intervention.language')}>{intervention.language.toUpperCase()}</Field>
        {intervention.relatedTo && (
          <Field label={t('intervention.relatedTo')}>
            <Anchor component={Link} to={paths.intervention(intervention.relatedTo.id)}>
              {intervention.relatedTo.reference}
            </Anchor>
          </Field>
        )}
      </SimpleGrid>
      <Stack gap="sm" mt="sm">
        <Field label={t('intervention.causes')}>
          {intervention.causeLabels?.length ? (
            <Group gap={6} mt={4}>
              {intervention.causeLabels.map((label) => (
                <Badge key={label} variant="outline" tt="none">
                  {label}
                </Badge>
              ))}
            </Group>
          ) : null}
        </Field>
        <Field label={t('intervention.message')}>
          {intervention.message && <Text style={{ whiteSpace: 'pre-wrap' }}>{intervention.message}</Text>}
        </Field>
      </Stack>
    </Card>
  )
}

function PrinterCard({ intervention: ref }: { intervention: FragmentType<typeof PrinterCardFragment> }) {
  const intervention = useFragment(PrinterCardFragment, ref)
  const { t, i18n } = useTranslation()
  const printer = intervention.printer
  const snap = intervention.printerSnapshot
  const n = (v: number | null | undefined) => (v === null || v === undefined ? null : formatNumber(v, i18n.language))
  return (
    <Card withBorder component="section" aria-labelledby="printer-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="printer-title">
          {t('intervention.printer')}
        </Title>
        {printer && (
          <Anchor component={Link} to={paths.printer(printer.id)} size="sm">
            {t('intervention.openPrinter')}
          </Anchor>
        )}
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {t('intervention.printerSnapshot', { date: formatDateTime(intervention.createdAt, i18n.language) })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
        <Field label={t('printer.serial')}>{snap.serial}</Field>
        <Field label={t('printer.model')}>{snap.model}</Field>
        <Field label={t('printer.name')}>{snap.name}</Field>
        <Field label={t('printer.location')}>{snap.location}</Field>
        <Field label={t('printer.ip')}>{snap.ip}</Field>
        <Field label={t('printer.meters.total')}>{n(snap.total)}</Field>
        <Field label={t('printer.meters.black')}>{n(snap.black)}</Field>
        <Field label={t('printer.meters.color')}>{n(snap.color)}</Field>
        <Field label={t('printer.meters.large')}>{n(snap.large)}</Field>
      </SimpleGrid>
      <Field label={t('printer.errors')}>
        {snap.errors?.some(Boolean) ? (
          <List size="sm" mt={4}>
            {snap.errors.map((e, i) =>
              e ? (
                <List.Item key={i}>
                  <Text span c="dimmed" size="xs">
                    OID{i + 1}:{' '}
                  </Text>
                  {e}
                </List.Item>
              ) : null,
            )}
          </List>
        ) : null}
      </Field>
      {!printer && (
        <Text size="xs" c="dimmed" mt="sm">
          {t('intervention.noPrinter')}
        </Text>
      )}
    </Card>
  )
}

function HistoryCard({ intervention: ref }: { intervention: FragmentType<typeof HistoryCardFragment> }) {
  const intervention = useFragment(HistoryCardFragment, ref)
  const { t, i18n } = useTranslation()
  const events = intervention.events.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  return (
    <Card withBorder component="section" aria-labelledby="history-title">
      <Title order={2} size="h4" id="history-title" mb="sm">
        {t('intervention.history')}
      </Title>
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('intervention.noHistory')}
        </Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2} active={events.length}>
          {events.map((event) => (
            <Timeline.Item
              key={event.id}
              title={
                event.kind === 'STATUS_CHANGED'
                  ? t('intervention.event.STATUS_CHANGED', { from: event.fromStatus ?? '—', to: event.toStatus ?? '—' })
                  : t(`intervention.event.${event.kind}`)
              }
            >
              {event.kind === 'NOTE_ADDED' && (
                <Badge size="xs" variant="light" color={event.public ? 'blue' : 'gray'} mb={4}>
                  {event.public ? t('intervention.publicBadge') : t('intervention.internalBadge')}
                </Badge>
              )}
              {event.note && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {event.note}
                </Text>
              )}
              {event.attachments.length > 0 && (
                <Group gap="xs" mt={4}>
                  {event.attachments.map((a) => (
                    <Anchor key={a.url} href={a.url} target="_blank" rel="noreferrer">
                      <img src={a.url} alt="" style={{ maxHeight: 96, maxWidth: 160, borderRadius: 4 }} />
                    </Anchor>
                  ))}
                </Group>
              )}
              <Text size="xs" c="dimmed">
                <time dateTime={event.createdAt}>{formatDateTime(event.createdAt, i18n.language)}</time>
                {event.actor && ` · ${event.actor.name || event.actor.email}`}
                {!event.actor && event.authorEmail && ` · ${t('intervention.fromReporter', { email: event.authorEmail })}`}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  )
}

function StatusChangeCard({
  intervention: ref,
  statuses,
}: {
  intervention: FragmentType<typeof StatusChangeCardFragment>
  statuses: StatusOption[]
}) {
  const intervention = useFragment(StatusChangeCardFragment, ref)
  const { t } = useTranslation()
  const [statusId, setStatusId] = useState<string | null>(intervention.status.id)
  const [note, setNote] = useState('')
  const [done, setDone] = useState(false)
  const [{ fetching, error }, change] = useMutation(ChangeInterventionStatusMutation)
  useEffect(() => setStatusId(intervention.status.id), [intervention.status.id])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!statusId || statusId === intervention.status.id) return
    setDone(false)
    const result = await change({ id: intervention.id, statusId, note: note.trim() || null })
    if (!result.error) {
      setNote('')
      setDone(true)
    }
  }
  return (
    <Card withBorder component="section" aria-labelledby="status-title">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="status-title">
            {t('intervention.changeStatus')}
          </Title>
          <Select
            label={t('intervention.newStatus')}
            data={statuses}
            value={statusId}
            onChange={(v) => {
              setStatusId(v)
              setDone(false)
            }}
            allowDeselect={false}
          />
          <Textarea
            label={t('intervention.statusNote')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={4000}
          />
          <FormFooter error={error} saved={done} savedText={t('intervention.statusChanged')}>
            <Button type="submit" loading={fetching} disabled={!statusId || statusId === intervention.status.id}>
              {t('intervention.applyStatus')}
            </Button>
          </FormFooter>
        </Stack>
      </form>
    </Card>
  )
}

function AssignmentCard({ intervention: ref }: { intervention: FragmentType<typeof AssignmentCardFragment> }) {
  const intervention = useFragment(AssignmentCardFragment, ref)
  const { t } = useTranslation()
  const user = useCurrentUser()
  const admin = isAdmin(user.role)
  const current = intervention.technicians?.map((u) => u.id) ?? []
  const [selected, setSelected] = useState<string[]>(current)
  const currentKey = current.join(',')
  useEffect(() => setSelected(currentKey ? currentKey.split(',') : []), [currentKey])
  const [{ data }] = useQuery({ query: TechniciansQuery, pause: !admin })
  const [{ fetching, error }, assign] = useMutation(AssignInterventionMutation)

  const options = new Map<string, string>()
  for (const u of intervention.technicians ?? []) options.set(u.id, u.name || u.email)
  for (const e of data?.users.edges ?? []) if (e?.node) options.set(e.node.id, e.node.name ? `${e.node.name} (${e.node.email})` : e.node.email)
  const changed = [...selected].sort().join(',') !== [...current].sort().join(',')

  return (
    <Card withBorder component="section" aria-labelledby="assign-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="assign-title">
          {t('intervention.technicians')}
        </Title>
        {admin ? (
          <form
            onSubmit={(e) => {
              e.preventDefault()
              void assign({ id: intervention.id, technicianIds: selected })
            }}
          >
            <Stack gap="sm">
              <MultiSelect
                label={t('intervention.assignTo')}
                placeholder={selected.length ? undefined : t('intervention.nobodyAssigned')}
                data={[...options].map(([value, label]) => ({ value, label }))}
                value={selected}
                onChange={setSelected}
                searchable
                clearable
              />
              <FormFooter error={error}>
                <Button type="submit" loading={fetching} disabled={!changed}>
                  {t('intervention.saveAssignment')}
                </Button>
              </FormFooter>
            </Stack>
          </form>
        ) : (
          <Text size="sm">
            {intervention.technicians?.length
              ? intervention.technicians.map((u) => u.name || u.email).join(', ')
              : t('intervention.nobodyAssigned')}
          </Text>
        )}
      </Stack>
    </Card>
  )
}

function NoteCard({ intervention: ref }: { intervention: FragmentType<typeof NoteCardFragment> }) {
  const intervention = useFragment(NoteCardFragment, ref)
  const { t } = useTranslation()
  const [note, setNote] = useState('')
  const [isPublic, setPublic] = useState(false)
  const [invalid, setInvalid] = useState(false)
  const [{ fetching, error }, add] = useMutation(AddInterventionNoteMutation)
  return (
    <Card withBorder component="section" aria-labelledby="note-title">
      <form
        onSubmit={async (e) => {
          e.preventDefault()
          if (!note.trim()) {
            setInvalid(true)
            return
          }
          const result = await add({ id: intervention.id, note: note.trim(), public: isPublic })
          if (!result.error) {
            setNote('')
            setPublic(false)
          }
        }}
        noValidate
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="note-title">
            {t('intervention.addNote')}
          </Title>
          <Textarea
            label={t('intervention.note')}
            value={note}
            onChange={(e) => {
              setNote(e.currentTarget.value)
              setInvalid(false)
            }}
            error={invalid ? t('intervention.noteRequired') : undefined}
            autosize
            minRows={3}
            maxLength={4000}
            required
          />
          <Switch
            label={t('intervention.notePublic')}
            checked={isPublic}
            onChange={(e) => setPublic(e.currentTarget.checked)}
          />
          <FormFooter error={error}>
            <Button type="submit" loading={fetching}>
              {t('intervention.addNoteSubmit')}
            </Button>
          </FormFooter>
        </Stack>
      </form>
    </Card>
  )
}

function ReporterLinkCard({ intervention: ref }: { intervention: FragmentType<typeof NoteCardFragment> }) {
  const intervention = useFragment(NoteCardFragment, ref)
  const { t } = useTranslation()
  const user = useCurrentUser()
  const [done, setDone] = useState(false)
  const [{ fetching, error }, revoke] = useMutation(RevokeTrackingLinkMutation)
  if (!isAdmin(user.role)) return null
  return (
    <Card withBorder component="section" aria-labelledby="reporter-link-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="reporter-link-title">
          {t('intervention.reporterLink')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('intervention.reporterLinkHelp')}
        </Text>
        <FormFooter error={error} saved={done} savedText={t('intervention.linkRevoked')}>
          <Button
            variant="default"
            color="red"
            loading={fetching}
            onClick={async () => {
              setDone(false)
              const result = await revoke({ id: intervention.id })
              if (!result.error) setDone(true)
            }}
          >
            {t('intervention.revokeLink')}
          </Button>
        </FormFooter>
      </Stack>
    </Card>
  )
}
