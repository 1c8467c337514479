import { Accordion, Alert, Button, Card, Grid, Group, Loader, SegmentedControl, Stack, Text, TextInput, Textarea, Title } from '@mantine/core'
import { useEffect, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useMutation, useQuery } from 'urql'
import { FormFooter } from '../../common/FormFooter'
import { graphql, useFragment, type FragmentType } from '../../gql'
import type { EmailTemplateFieldsFragment, EmailTemplateKind } from '../../gql/graphql'
import { ErrorState } from '../../graphql/ErrorState'
import { useFieldErrors } from '../../graphql/useFieldErrors'
import { languageName } from '../kioskKeys'
import { TemplateField } from '../../templates/TemplateField'
import { useEmailVariables } from '../../templates/VariablePicker'
import { EmailPreviewPanel } from './EmailPreviewPanel'
import { NUMBERED_FIELDS, STATUS_FIELDS, toInput, validateEmailDraft, type EmailDraft, type EmailField, type EmailProblem } from './emailForm'

export const EmailTemplateFieldsFragmentDoc = graphql(`
  fragment EmailTemplateFields on EmailTemplate {
    id
    language
    fromEmail
    fromName
    technicalEmails
    techSubject
    techHTML
    userSubject
    userHTML
    statusAdminSubject
    statusAdminHTML
    statusCustomerSubject
    statusCustomerHTML
    statusTechnicianSubject
    statusTechnicianHTML
    noteCustomerSubject
    noteCustomerHTML
  }
`)

export const EmailTemplatesQuery = graphql(`
  query EmailTemplates($id: ID!) {
    node(id: $id) {
      __typename
      ... on PanicButton {
        id
        emailTemplates {
          ...EmailTemplateFields
        }
      }
    }
  }
`)

export const UpdateEmailTemplateMutation = graphql(`
  mutation UpdateEmailTemplate($panicButtonId: ID!, $language: String!, $input: EmailTemplateInput!) {
    updateEmailTemplate(panicButtonId: $panicButtonId, language: $language, input: $input) {
      ...EmailTemplateFields
    }
  }
`)

function draftOf(tpl: EmailTemplateFieldsFragment | undefined): EmailDraft {
  return {
    fromEmail: tpl?.fromEmail ?? '',
    fromName: tpl?.fromName ?? '',
    technicalEmails: (tpl?.technicalEmails ?? []).join(', '),
    techSubject: tpl?.techSubject ?? '',
    techHtml: tpl?.techHTML ?? '',
    userSubject: tpl?.userSubject ?? '',
    userHtml: tpl?.userHTML ?? '',
    statusAdminSubject: tpl?.statusAdminSubject ?? '',
    statusAdminHtml: tpl?.statusAdminHTML ?? '',
    statusCustomerSubject: tpl?.statusCustomerSubject ?? '',
    statusCustomerHtml: tpl?.statusCustomerHTML ?? '',
    statusTechnicianSubject: tpl?.statusTechnicianSubject ?? '',
    statusTechnicianHtml: tpl?.statusTechnicianHTML ?? '',
    noteCustomerSubject: tpl?.noteCustomerSubject ?? '',
    noteCustomerHtml: tpl?.noteCustomerHTML ?? '',
  }
}

/** The seeds' email fields [1]–[7] and the status-change templates, per language, with a live preview. */
export const EmailSettingsFragment = graphql(`
  fragment PanicButtonEmail on PanicButton {
    id
    languages
    defaultLanguage
  }
`)

export function EmailSettings({ panicButton: ref }: { panicButton: FragmentType<typeof EmailSettingsFragment> }) {
  const panicButton = useFragment(EmailSettingsFragment, ref)
  const { t, i18n } = useTranslation()
  const [language, setLanguage] = useState(panicButton.defaultLanguage)
  const [{ data, error }, reexecute] = useQuery({ query: EmailTemplatesQuery, variables: { id: panicButton.id } })
  const node = data?.node?.__typename === 'PanicButton' ? data.node : null
  const templates = useFragment(EmailTemplateFieldsFragmentDoc, node?.emailTemplates)
  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
  if (!node) return <Loader aria-label={t('app.loading')} />
  const template = templates?.find((tpl) => tpl.language === language)

  return (
    <Stack gap="md">
      <Group gap="sm">
        <Text fw={500} size="sm" id="email-language">
          {t('email.language')}
        </Text>
        <SegmentedControl
          aria-labelledby="email-language"
          value={language}
          onChange={setLanguage}
          data={panicButton.languages.map((l) => ({ value: l, label: languageName(l, i18n.language) }))}
        />
      </Group>
      {!template && language !== panicButton.defaultLanguage && (
        <Alert color="blue">{t('email.fallback', { language: languageName(panicButton.defaultLanguage, i18n.language) })}</Alert>
      )}
      <EmailForm key={language} panicButtonId={panicButton.id} language={language} saved={draftOf(template)} />
    </Stack>
  )
}

function EmailForm({ panicButtonId, language, saved }: { panicButtonId: string; language: string; saved: EmailDraft }) {
  const { t } = useTranslation()
  const variables = useEmailVariables()
  const known = useMemo(() => new Set(variables.map((v) => v.name)), [variables])
  const savedKey = JSON.stringify(saved)
  const [draft, setDraft] = useState<EmailDraft>(saved)
  useEffect(() => setDraft(JSON.parse(savedKey) as EmailDraft), [savedKey])
  const [problems, setProblems] = useState<Partial<Record<EmailField, EmailProblem>>>({})
  const [done, setDone] = useState(false)
  const [previewKind, setPreviewKind] = useState<EmailTemplateKind>('TECH')
  const [{ fetching, error }, update] = useMutation(UpdateEmailTemplateMutation)
  const server = useFieldErrors(error)
  const dirty = JSON.stringify(draft) !== savedKey

  const set = (field: EmailField) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }))
    setProblems((p) => ({ ...p, [field]: undefined }))
    setDone(false)
  }
  const message = (field: EmailField): string | undefined => {
    const problem = problems[field]
    if (problem) {
      switch (problem.code) {
        case 'unknownVariable':
          return t('fieldErrors.unknownVariable', { count: problem.names.length, names: problem.names.join(', ') })
        case 'emailsInvalid':
          return t('email.validation.emailsInvalid', { addresses: problem.addresses.join(', ') })
        default:
          return t(`email.validation.${problem.code}`)
      }
    }
    return server.errorFor(field)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setDone(false)
    const found = validateEmailDraft(draft, known)
    setProblems(found)
    if (Object.values(found).some(Boolean)) return
    const result = await update({ panicButtonId, language, input: toInput(draft, saved) })
    if (!result.error) setDone(true)
  }

  const label = (field: EmailField) => {
    const numbered = NUMBERED_FIELDS.find((f) => f.field === field)
    return numbered ? `[${numbered.number}] ${t(`email.fields.${field}`)}` : t(`email.fields.${field}`)
  }
  const help = (field: EmailField) => t(`email.help.${field}`)
  const template = (field: EmailField, html: boolean) => (
    <TemplateField
      key={field}
      name={field}
      label={label(field)}
      description={help(field)}
      value={draft[field]}
      onChange={set(field)}
      variables={variables}
      multiline={html}
      code={html}
      minRows={8}
      maxLength={html ? 100_000 : 500}
      error={message(field)}
    />
  )

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <form onSubmit={submit} noValidate aria-label={t('email.formLabel')}>
          <Stack gap="md">
            <Card withBorder>
              <Title order={3} size="h5" mb="sm">
                {t('email.sections.sender')}
              </Title>
              <Stack gap="sm">
                <TextInput
                  label={label('fromEmail')}
                  description={help('fromEmail')}
                  type="email"
                  value={draft.fromEmail}
                  onChange={(e) => set('fromEmail')(e.currentTarget.value)}
                  error={message('fromEmail')}
                />
                <TextInput
                  label={label('fromName')}
                  description={help('fromName')}
                  value={draft.fromName}
                  onChange={(e) => set('fromName')(e.currentTarget.value)}
                  error={message('fromName')}
                  maxLength={200}
                />
              </Stack>
            </Card>
            <Card withBorder onFocusCapture={() => setPreviewKind('TECH')}>
              <Title order={3} size="h5" mb="sm">
                {t('email.sections.tech')}
              </Title>
              <Stack gap="sm">
                <Textarea
                  label={label('technicalEmails')}
                  description={help('technicalEmails')}
                  value={draft.technicalEmails}
                  onChange={(e) => set('technicalEmails')(e.currentTarget.value)}
                  error={message('technicalEmails')}
                  autosize
                  minRows={1}
                />
                {template('techSubject', false)}
                {template('techHtml', true)}
              </Stack>
            </Card>
            <Card withBorder onFocusCapture={() => setPreviewKind('USER')}>
              <Title order={3} size="h5" mb="sm">
                {t('email.sections.user')}
              </Title>
              <Stack gap="sm">
                {template('userSubject', false)}
                {template('userHtml', true)}
              </Stack>
            </Card>
            <Card withBorder>
              <Title order={3} size="h5" mb="xs">
                {t('email.sections.status')}
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {t('email.statusHelp')}
              </Text>
              <Accordion variant="separated" multiple>
                {STATUS_FIELDS.map(({ kind, subject, html }) => (
                  <Accordion.Item key={kind} value={kind} onFocusCapture={() => setPreviewKind(kind)}>
                    <Accordion.Control>{t(`email.kinds.${kind}`)}</Accordion.Control>
                    <Accordion.Panel>
                      <Stack gap="sm">
                        {template(subject, false)}
                        {template(html, true)}
                      </Stack>
                    </Accordion.Panel>
                  </Accordion.Item>
                ))}
              </Accordion>
            </Card>
            <FormFooter
              error={server.hasFieldErrors ? null : error}
              problem={(server.hasFieldErrors || Object.values(problems).some(Boolean)) && t('email.fixErrors')}
              saved={done}
              pos="sticky"
              bottom={0}
              py="xs"
              bg="var(--mantine-color-body)"
              style={{ zIndex: 2 }}
            >
              <Button variant="default" disabled={!dirty} onClick={() => setDraft(saved)}>
                {t('common.reset')}
              </Button>
              <Button type="submit" loading={fetching} disabled={!dirty}>
                {t('email.save')}
              </Button>
            </FormFooter>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <div style={{ position: 'sticky', top: 76 }}>
          <EmailPreviewPanel
            panicButtonId={panicButtonId}
            language={language}
            kind={previewKind}
            onKindChange={setPreviewKind}
            draft={draft}
            dirty={dirty}
          />
        </div>
      </Grid.Col>
    </Grid>
  )
}
