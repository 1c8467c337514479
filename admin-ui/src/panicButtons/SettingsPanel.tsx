import { ActionIcon, Button, Card, Code, CopyButton, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title, Tooltip } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useMutation, useQuery } from 'urql'
import { FormFooter } from '../common/FormFooter'
import { graphql, useFragment, type FragmentType } from '../gql'
import { errorKind } from '../graphql/errors'
import { useFieldErrors } from '../graphql/useFieldErrors'
import { formatDateTime } from '../i18n/format'
import { CheckIcon, CopyIcon } from '../layout/icons'
import { CONTENT_LANGUAGES, languageName } from './kioskKeys'

export const UpdatePanicButtonMutation = graphql(`
  mutation UpdatePanicButton($id: ID!, $input: PanicButtonInput!) {
    updatePanicButton(id: $id, input: $input) {
      ...PanicButtonBase
    }
  }
`)

export const PrinterCodeQuery = graphql(`
  query PrinterCode($id: ID!) {
    node(id: $id) {
      __typename
      ... on PanicButton {
        id
        printerCode
        printerCodeRotatedAt
      }
    }
  }
`)

export const RotatePrinterCodeMutation = graphql(`
  mutation RotatePrinterCode($id: ID!) {
    rotatePrinterCode(id: $id) {
      id
      printerCode
      printerCodeRotatedAt
    }
  }
`)

/** A numeric OID like 1.3.6.1.2.1.43.18.1.1.8.1.1 (a leading dot is allowed), or nothing. */
export const OID_PATTERN = /^\.?[0-9]+(\.[0-9]+)+$/

export function validateOids(oids: readonly string[]): (string | null)[] {
  return oids.map((o) => (o.trim() === '' || OID_PATTERN.test(o.trim()) ? null : 'oidInvalid'))
}

const GeneralFormFragment = graphql(`
  fragment PanicButtonGeneral on PanicButton {
    id
    name
    languages
    defaultLanguage
    active
  }
`)

const OidsFormFragment = graphql(`
  fragment PanicButtonOids on PanicButton {
    id
    errorOids
  }
`)

export const SettingsPanelFragment = graphql(`
  fragment PanicButtonSettings on PanicButton {
    id
    ...PanicButtonGeneral
    ...PanicButtonOids
  }
`)

export function SettingsPanel({ panicButton: ref }: { panicButton: FragmentType<typeof SettingsPanelFragment> }) {
  const panicButton = useFragment(SettingsPanelFragment, ref)
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" maw={1200}>
      <GeneralForm panicButton={panicButton} />
      <Stack gap="md">
        <PrinterCodeCard id={panicButton.id} />
        <OidsForm panicButton={panicButton} />
      </Stack>
    </SimpleGrid>
  )
}

function GeneralForm({ panicButton: ref }: { panicButton: FragmentType<typeof GeneralFormFragment> }) {
  const panicButton = useFragment(GeneralFormFragment, ref)
  const { t, i18n } = useTranslation()
  const [name, setName] = useState(panicButton.name)
  const [languages, setLanguages] = useState<string[]>([...panicButton.languages])
  const [defaultLanguage, setDefaultLanguage] = useState<string | null>(panicButton.defaultLanguage)
  const [active, setActive] = useState(panicButton.active)
  const [invalid, setInvalid] = useState<{ name?: boolean; languages?: boolean; defaultLanguage?: boolean }>({})
  const [saved, setSaved] = useState(false)
  const [{ fetching, error }, update] = useMutation(UpdatePanicButtonMutation)
  const { errorFor, hasFieldErrors } = useFieldErrors(error)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaved(false)
    const problems = {
      name: !name.trim(),
      languages: languages.length === 0,
      defaultLanguage: !defaultLanguage || !languages.includes(defaultLanguage),
    }
    setInvalid(problems)
    if (problems.name || problems.languages || problems.defaultLanguage) return
    const result = await update({ id: panicButton.id, input: { name: name.trim(), languages, defaultLanguage, active } })
    if (!result.error) setSaved(true)
  }
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate>
      <Stack>
        <Title order={2} size="h4">
          {t('panicButton.general')}
        </Title>
        <TextInput
          label={t('panicButtons.form.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          maxLength={200}
          error={invalid.name ? t('validation.required') : errorFor('name')}
        />
        <MultiSelect
          label={t('panicButtons.form.languages')}
          description={t('panicButton.languagesHelp')}
          data={CONTENT_LANGUAGES.map((l) => ({ value: l, label: languageName(l, i18n.language) }))}
          value={languages}
          onChange={setLanguages}
          required
          error={invalid.languages ? t('panicButtons.form.languagesRequired') : errorFor('languages')}
        />
        <Select
          label={t('panicButtons.form.defaultLanguage')}
          data={languages.map((l) => ({ value: l, label: languageName(l, i18n.language) }))}
          value={defaultLanguage}
          onChange={setDefaultLanguage}
          error={invalid.defaultLanguage ? t('panicButton.defaultLanguageInvalid') : errorFor('defaultLanguage')}
        />
        <Switch label={t('panicButton.active')} description={t('panicButton.activeHelp')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
        <FormFooter error={hasFieldErrors ? null : error} saved={saved}>
          <Button type="submit" loading={fetching}>
            {t('common.save')}
          </Button>
        </FormFooter>
      </Stack>
    </Card>
  )
}

function PrinterCodeCard({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const [{ data, error }] = useQuery({ query: PrinterCodeQuery, variables: { id } })
  const [rotation, rotate] = useMutation(RotatePrinterCodeMutation)
  const [confirming, setConfirming] = useState(false)
  const node = data?.node?.__typename === 'PanicButton' ? data.node : null

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('printerCode.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('printerCode.help')}
        </Text>
        {error && !data ? (
          <Text c="red" size="sm" role="alert">
            {t(`errors.${errorKind(error)}`)}
          </Text>
        ) : node ? (
          <>
            <Group gap="xs">
              <Code fz="xl" fw={700} px="md" py={6} data-testid="printer-code">
                {node.printerCode}
              </Code>
              <CopyButton value={node.printerCode} timeout={2000}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? t('printerCode.copied') : t('printerCode.copy')} withArrow>
                    <ActionIcon variant="light" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={copied ? t('printerCode.copied') : t('printerCode.copy')} size="lg">
                      {copied ? <CheckIcon /> : <CopyIcon />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
            {node.printerCodeRotatedAt && (
              <Text size="xs" c="dimmed">
                {t('printerCode.rotatedAt', { date: formatDateTime(node.printerCodeRotatedAt, i18n.language) })}
              </Text>
            )}
            <Group>
              <Button variant="light" color="orange" onClick={() => setConfirming(true)}>
                {t('printerCode.rotate')}
              </Button>
            </Group>
          </>
        ) : null}
        {rotation.error && (
          <Text c="red" size="sm" role="alert">
            {t(`errors.${errorKind(rotation.error)}`)}
          </Text>
        )}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('printerCode.rotateTitle')}>
        <Stack>
          <Text size="sm">{t('printerCode.rotateConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="orange"
              loading={rotation.fetching}
              onClick={async () => {
                await rotate({ id })
                setConfirming(false)
              }}
            >
              {t('printerCode.rotateSubmit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  )
}

function OidsForm({ panicButton: ref }: { panicButton: FragmentType<typeof OidsFormFragment> }) {
  const panicButton = useFragment(OidsFormFragment, ref)
  const { t } = useTranslation()
  const initial = [0, 1, 2, 3].map((i) => panicButton.errorOids?.[i] ?? '')
  const [oids, setOids] = useState<string[]>(initial)
  const [problems, setProblems] = useState<(string | null)[]>([null, null, null, null])
  const [saved, setSaved] = useState(false)
  const [{ fetching, error }, update] = useMutation(UpdatePanicButtonMutation)
  const { errorFor, hasFieldErrors } = useFieldErrors(error)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaved(false)
    const found = validateOids(oids)
    setProblems(found)
    if (found.some(Boolean)) return
    // Trailing empty OIDs are dropped; inner ones stay so OIDn keeps its number.
    const trimmed = oids.map((o) => o.trim())
    while (trimmed.length && !trimmed.at(-1)) trimmed.pop()
    const result = await update({ id: panicButton.id, input: { errorOids: trimmed } })
    if (!result.error) setSaved(true)
  }
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('oids.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('oids.help')}
        </Text>
        {oids.map((oid, i) => (
          <TextInput
            key={i}
            label={`OID${i + 1}`}
            description={t('oids.variable', { name: `[[[OID${i + 1}]]]` })}
            placeholder="1.3.6.1.2.1.43.18.1.1.8.1.1"
            value={oid}
            ff="monospace"
            onChange={(e) => {
              const value = e.currentTarget.value
              setOids((o) => o.map((v, j) => (j === i ? value : v)))
              setProblems((p) => p.map((v, j) => (j === i ? null : v)))
            }}
            error={problems[i] ? t('oids.invalid') : undefined}
          />
        ))}
        {errorFor('errorOids') && (
          <Text c="red" size="sm" role="alert">
            {t('oids.invalid')}
          </Text>
        )}
        <FormFooter error={hasFieldErrors ? null : error} saved={saved}>
          <Button type="submit" loading={fetching}>
            {t('oids.save')}
          </Button>
        </FormFooter>
      </Stack>
    </Card>
  )
}
