import { Anchor, Button, Card, EmptyState, Grid, Group, List, Loader, Modal, PasswordInput, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { useMutation, useQuery } from 'urql'
import { FormFooter } from '../common/FormFooter'
import { Field } from '../common/Field'
import { graphql, useFragment, type FragmentType } from '../gql'
import type { PrinterDetailQuery as PrinterDetailQueryResult, PrinterSnmpVersion } from '../gql/graphql'
import { ErrorState } from '../graphql/ErrorState'
import { errorKind } from '../graphql/errors'
import { useFieldErrors } from '../graphql/useFieldErrors'
import { formatDateTime, formatNumber } from '../i18n/format'
import { StatusBadge } from '../interventions/StatusBadge'
import { paths } from '../routes'
import { SuppliesCard, UsageCard } from './FleetCards'
import { MeterChart } from './MeterChart'

// One fragment per card: each card declares what it renders and reads it with useFragment.
const InfoCardFragment = graphql(`
  fragment PrinterInfo on Printer {
    ip
    lastSeenAt
    lastPolledAt
    lastTotal
    lastBlack
    lastColor
    lastLarge
    panicButton {
      id
      name
    }
  }
`)

const AlertsCardFragment = graphql(`
  fragment PrinterAlerts on Printer {
    lastErrors
    lastAlerts {
      condition
      description
      severity
      since
    }
  }
`)

const PrinterFormFragment = graphql(`
  fragment PrinterEdit on Printer {
    id
    name
    location
    customerContactEmail
    snmpEnabled
    snmpVersion
    snmpProfile
  }
`)

const PollCardFragment = graphql(`
  fragment PrinterPoll on Printer {
    id
    serial
    ip
  }
`)

const MoveCardFragment = graphql(`
  fragment PrinterMove on Printer {
    id
    panicButton {
      id
    }
  }
`)

const DeleteCardFragment = graphql(`
  fragment PrinterDelete on Printer {
    id
    serial
  }
`)

/** The page's header and every card's fragment: what the page query and the mutations ask for. */
export const PrinterDetailFragmentDoc = graphql(`
  fragment PrinterDetail on Printer {
    id
    serial
    model
    name
    location
    ...PrinterInfo
    ...PrinterAlerts
    ...PrinterEdit
    ...PrinterPoll
    ...PrinterMove
    ...PrinterDelete
  }
`)

export const PrinterDetailQuery = graphql(`
  query PrinterDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Printer {
        ...PrinterDetail
        meterReadings(first: 200, orderBy: { field: READ_AT, direction: DESC }) {
          totalCount
          edges {
            node {
              id
              readAt
              total
              black
              color
              large
              source
            }
          }
        }
        interventions(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {
          totalCount
          edges {
            node {
              id
              reference
              createdAt
              status {
                id
                name
                category
              }
            }
          }
        }
      }
    }
    panicButtons(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`)

export const UpdatePrinterMutation = graphql(`
  mutation UpdatePrinter($id: ID!, $input: PrinterInput!) {
    updatePrinter(id: $id, input: $input) {
      ...PrinterDetail
    }
  }
`)

export const MovePrinterMutation = graphql(`
  mutation MovePrinter($id: ID!, $panicButtonId: ID!) {
    movePrinter(id: $id, panicButtonId: $panicButtonId) {
      ...PrinterDetail
    }
  }
`)

export const PollPrinterMutation = graphql(`
  mutation PollPrinter($id: ID!) {
    pollPrinter(id: $id) {
      target
      meterStored
      reported
      error
      printer {
        ...PrinterDetail
      }
    }
  }
`)

export const DeletePrinterMutation = graphql(`
  mutation DeletePrinter($id: ID!) {
    deletePrinter(id: $id)
  }
`)

type PrinterNode = Extract<NonNullable<PrinterDetailQueryResult['node']>, { __typename: 'Printer' }>

export function PrinterDetailPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const [{ data, error }, reexecute] = useQuery({ query: PrinterDetailQuery, variables: { id } })
  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
  if (!data) return <Loader aria-label={t('app.loading')} />
  const node = data.node?.__typename === 'Printer' ? data.node : null
  if (!node) return <EmptyState py="xl" title={t('errors.NOT_FOUND')} />
  return <PrinterView printer={node} panicButtonsData={data.panicButtons} />
}

function PrinterView({
  printer: node,
  panicButtonsData,
}: {
  printer: PrinterNode
  panicButtonsData: PrinterDetailQueryResult['panicButtons']
}) {
  const { t, i18n } = useTranslation()
  const printer = useFragment(PrinterDetailFragmentDoc, node)
  const readings = node.meterReadings.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  const interventions = node.interventions.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  const panicButtons = panicButtonsData.edges?.flatMap((e) => (e?.node ? [{ value: e.node.id, label: e.node.name }] : [])) ?? []

  return (
    <Stack gap="md" maw={1400} mx="auto">
      <div>
        <Anchor component={Link} to={paths.printers} size="sm">
          ← {t('printers.title')}
        </Anchor>
        <Title order={1} size="h2" ff="monospace">
          {printer.serial}
        </Title>
        <Text size="sm" c="dimmed">
          {[printer.model, printer.name, printer.location].filter(Boolean).join(' · ')}
        </Text>
      </div>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <InfoCard printer={printer} />
            <AlertsCard printer={printer} />
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('printer.chart.title')}
              </Title>
              <MeterChart points={readings} />
            </Card>
            <SuppliesCard printerId={printer.id} />
            <UsageCard printerId={printer.id} />
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('printer.interventions', { count: node.interventions.totalCount })}
              </Title>
              {interventions.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('printer.noInterventions')}
                </Text>
              ) : (
                <Table>
                  <Table.Tbody>
                    {interventions.map((iv) => (
                      <Table.Tr key={iv.id}>
                        <Table.Td>
                          <Anchor component={Link} to={paths.intervention(iv.id)} ff="monospace" size="sm">
                            {iv.reference}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <StatusBadge name={iv.status.name} category={iv.status.category} />
                        </Table.Td>
                        <Table.Td>{formatDateTime(iv.createdAt, i18n.language)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <PollCard printer={printer} />
            <PrinterForm printer={printer} />
            <MoveCard printer={printer} panicButtons={panicButtons} />
            <DeleteCard printer={printer} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}

function InfoCard({ printer: ref }: { printer: FragmentType<typeof InfoCardFragment> }) {
  const { t, i18n } = useTranslation()
  const printer = useFragment(InfoCardFragment, ref)
  const n = (v: number | null | undefined) => (v == null ? null : formatNumber(v, i18n.language))
  return (
  <Card withBorder>
    <Title order={2} size="h4" mb="sm">
      {t('printer.info')}
    </Title>
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
      <Field label={t('printer.ip')}>{printer.ip}</Field>
      <Field label={t('printer.panicButton')}>
        <Anchor component={Link} to={paths.panicButton(printer.panicButton.id)}>
          {printer.panicButton.name}
        </Anchor>
      </Field>
      <Field label={t('printer.lastSeen')}>{printer.lastSeenAt ? formatDateTime(printer.lastSeenAt, i18n.language) : t('printer.never')}</Field>
      <Field label={t('printer.meters.total')}>{n(printer.lastTotal)}</Field>
      <Field label={t('printer.meters.black')}>{n(printer.lastBlack)}</Field>
      <Field label={t('printer.meters.color')}>{n(printer.lastColor)}</Field>
      <Field label={t('printer.meters.large')}>{n(printer.lastLarge)}</Field>
      <Field label={t('printer.lastPolled')}>{printer.lastPolledAt ? formatDateTime(printer.lastPolledAt, i18n.language) : t('printer.never')}</Field>
    </SimpleGrid>
  </Card>
  )
}

function AlertsCard({ printer: ref }: { printer: FragmentType<typeof AlertsCardFragment> }) {
  const { t } = useTranslation()
  const printer = useFragment(AlertsCardFragment, ref)
  return (
  <Card withBorder>
    <Title order={2} size="h4" mb="sm">
      {t('printer.alerts')}
    </Title>
    {printer.lastErrors?.some(Boolean) || printer.lastAlerts.length ? (
      <List size="sm">
        {printer.lastErrors?.map((e, i) => (e ? <List.Item key={`oid-${i}`}>OID{i + 1}: {e}</List.Item> : null))}
        {printer.lastAlerts.map((a, i) => (
          <List.Item key={`alert-${i}`}>
            {a.description || a.condition}
            {a.severity && (
              <Text span size="xs" c="dimmed">
                {' '}
                · {t('printer.severity')}: {a.severity}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    ) : (
      <Text size="sm" c="dimmed">
        {t('printer.noAlerts')}
      </Text>
    )}
  </Card>
  )
}

function PrinterForm({ printer: ref }: { printer: FragmentType<typeof PrinterFormFragment> }) {
  const printer = useFragment(PrinterFormFragment, ref)
  const { t } = useTranslation()
  const [form, setForm] = useState({
    name: printer.name ?? '',
    location: printer.location ?? '',
    customerContactEmail: printer.customerContactEmail ?? '',
    snmpEnabled: printer.snmpEnabled,
    snmpVersion: printer.snmpVersion,
    snmpCommunity: '',
    snmpProfile: printer.snmpProfile ?? '',
  })
  const [invalidEmail, setInvalidEmail] = useState(false)
  const [saved, setSaved] = useState(false)
  const [{ fetching, error }, update] = useMutation(UpdatePrinterMutation)
  const { errorFor, hasFieldErrors } = useFieldErrors(error)
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => {
    setForm((f) => ({ ...f, [key]: value }))
    setSaved(false)
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const email = form.customerContactEmail.trim()
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      setInvalidEmail(true)
      return
    }
    const result = await update({
      id: printer.id,
      input: {
        name: form.name.trim(),
        location: form.location.trim(),
        customerContactEmail: email,
        snmpEnabled: form.snmpEnabled,
        snmpVersion: form.snmpVersion,
        snmpProfile: form.snmpProfile.trim(),
        ...(form.snmpCommunity ? { snmpCommunity: form.snmpCommunity } : {}),
      },
    })
    if (!result.error) {
      setSaved(true)
      set('snmpCommunity', '')
    }
  }
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('printer.edit')}
        </Title>
        <TextInput label={t('printer.name')} value={form.name} onChange={(e) => set('name', e.currentTarget.value)} error={errorFor('name')} />
        <TextInput label={t('printer.location')} value={form.location} onChange={(e) => set('location', e.currentTarget.value)} error={errorFor('location')} />
        <TextInput
          label={t('printer.customerContact')}
          description={t('printer.customerContactHelp')}
          type="email"
          value={form.customerContactEmail}
          onChange={(e) => {
            set('customerContactEmail', e.currentTarget.value)
            setInvalidEmail(false)
          }}
          error={invalidEmail ? t('email.validation.emailInvalid') : errorFor('customerContactEmail')}
        />
        <Title order={3} size="h5" mt="xs">
          {t('printer.snmp.title')}
        </Title>
        <Switch label={t('printer.snmp.enabled')} checked={form.snmpEnabled} onChange={(e) => set('snmpEnabled', e.currentTarget.checked)} />
        <Select
          label={t('printer.snmp.version')}
          data={(['V1', 'V2C', 'V3'] as PrinterSnmpVersion[]).map((v) => ({ value: v, label: v.toLowerCase() }))}
          value={form.snmpVersion}
          onChange={(v) => v && set('snmpVersion', v as PrinterSnmpVersion)}
          allowDeselect={false}
        />
        <PasswordInput
          label={t('printer.snmp.community')}
          description={t('printer.snmp.communityHelp')}
          value={form.snmpCommunity}
          onChange={(e) => set('snmpCommunity', e.currentTarget.value)}
          autoComplete="off"
          error={errorFor('snmpCommunity')}
        />
        <TextInput label={t('printer.snmp.profile')} value={form.snmpProfile} onChange={(e) => set('snmpProfile', e.currentTarget.value)} error={errorFor('snmpProfile')} />
        <FormFooter error={hasFieldErrors ? null : error} saved={saved}>
          <Button type="submit" loading={fetching}>
            {t('common.save')}
          </Button>
        </FormFooter>
      </Stack>
    </Card>
  )
}

function PollCard({ printer: ref }: { printer: FragmentType<typeof PollCardFragment> }) {
  const printer = useFragment(PollCardFragment, ref)
  const { t } = useTranslation()
  const [{ data, fetching, error }, poll] = useMutation(PollPrinterMutation)
  const result = data?.pollPrinter
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('printer.snmp.title')}
          </Title>
          <Button variant="light" loading={fetching} disabled={!printer.ip} onClick={() => void poll({ id: printer.id })}>
            {t('printer.poll.submit')}
          </Button>
        </Group>
        {!printer.ip && (
          <Text size="sm" c="dimmed">
            {t('printer.poll.noIp')}
          </Text>
        )}
        {error && (
          <Text c="red" size="sm" role="alert">
            {t(`errors.${errorKind(error)}`)}
          </Text>
        )}
        {result && (
          <div role="status">
            {result.error ? (
              <Text c="red" size="sm">
                {t('printer.poll.failed', { error: result.error })}
              </Text>
            ) : (
              <Text size="sm" c="green">
                {t('printer.poll.done', { target: result.target ?? printer.serial })} {result.meterStored ? t('printer.poll.stored') : ''}
              </Text>
            )}
            {result.reported.length > 0 && <Text size="sm">{t('printer.poll.reported', { references: result.reported.join(', ') })}</Text>}
          </div>
        )}
      </Stack>
    </Card>
  )
}

function MoveCard({
  printer: ref,
  panicButtons,
}: {
  printer: FragmentType<typeof MoveCardFragment>
  panicButtons: { value: string; label: string }[]
}) {
  const printer = useFragment(MoveCardFragment, ref)
  const { t } = useTranslation()
  const [target, setTarget] = useState<string | null>(printer.panicButton.id)
  const [{ fetching, error }, move] = useMutation(MovePrinterMutation)
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('printer.move.title')}
        </Title>
        <Select label={t('printer.move.to')} data={panicButtons} value={target} onChange={setTarget} allowDeselect={false} />
        {error && (
          <Text c="red" size="sm" role="alert">
            {t(`errors.${errorKind(error)}`)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button
            variant="light"
            loading={fetching}
            disabled={!target || target === printer.panicButton.id}
            onClick={() => target && void move({ id: printer.id, panicButtonId: target })}
          >
            {t('printer.move.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}

function DeleteCard({ printer: ref }: { printer: FragmentType<typeof DeleteCardFragment> }) {
  const printer = useFragment(DeleteCardFragment, ref)
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [confirming, setConfirming] = useState(false)
  const [{ fetching, error }, remove] = useMutation(DeletePrinterMutation)
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('printer.delete.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('printer.delete.help')}
        </Text>
        {error && (
          <Text c="red" size="sm" role="alert">
            {t(`errors.${errorKind(error)}`)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button color="red" variant="light" onClick={() => setConfirming(true)}>
            {t('printer.delete.submit')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('printer.delete.title')}>
        <Stack>
          <Text size="sm">{t('printer.delete.confirm', { serial: printer.serial })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={fetching}
              onClick={async () => {
                const result = await remove({ id: printer.id })
                setConfirming(false)
                if (!result.error) void navigate(paths.printers, { replace: true })
              }}
            >
              {t('common.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  )
}
