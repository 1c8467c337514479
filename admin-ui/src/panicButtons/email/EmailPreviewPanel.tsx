import { Alert, Button, Card, Group, Loader, Select, Stack, Tabs, Text, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMutation, useQuery } from 'urql'
import { graphql } from '../../gql'
import type { EmailTemplateKind } from '../../gql/graphql'
import { errorKind } from '../../graphql/errors'
import { KIND_FIELDS, type EmailDraft } from './emailForm'

export const PreviewEmailQuery = graphql(`
  query PreviewEmail(
    $panicButtonId: ID!
    $language: String!
    $kind: EmailTemplateKind!
    $interventionId: ID
    $subject: String
    $html: String
  ) {
    previewEmail(
      panicButtonId: $panicButtonId
      language: $language
      kind: $kind
      interventionId: $interventionId
      subject: $subject
      html: $html
    ) {
      subject
      html
      text
    }
  }
`)

export const PreviewInterventionsQuery = graphql(`
  query PreviewInterventions($where: InterventionWhereInput) {
    interventions(first: 10, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges {
        node {
          id
          reference
        }
      }
    }
  }
`)

export const SendTestEmailMutation = graphql(`
  mutation SendTestEmail($panicButtonId: ID!, $language: String!, $kind: EmailTemplateKind!) {
    sendTestEmail(panicButtonId: $panicButtonId, language: $language, kind: $kind) {
      id
      to
      status
    }
  }
`)

const KINDS: EmailTemplateKind[] = ['TECH', 'USER', 'STATUS_ADMIN', 'STATUS_CUSTOMER', 'STATUS_TECHNICIAN']

interface Props {
  panicButtonId: string
  language: string
  kind: EmailTemplateKind
  onKindChange: (kind: EmailTemplateKind) => void
  draft: EmailDraft
  dirty: boolean
}

/** The draft rendered by the server with sample values or a chosen intervention's; and "send me a test". */
export function EmailPreviewPanel({ panicButtonId, language, kind, onKindChange, draft, dirty }: Props) {
  const { t } = useTranslation()
  const [interventionId, setInterventionId] = useState<string | null>(null)
  const [search, setSearch] = useState('')
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250)
  const fields = KIND_FIELDS[kind]
  const [source] = useDebouncedValue({ subject: draft[fields.subject], html: draft[fields.html] }, 400)

  const [{ data, error, fetching }] = useQuery({
    query: PreviewEmailQuery,
    variables: { panicButtonId, language, kind, interventionId, subject: source.subject, html: source.html },
  })
  const [{ data: interventions }] = useQuery({
    query: PreviewInterventionsQuery,
    variables: { where: debouncedSearch ? { referenceContainsFold: debouncedSearch } : null },
  })
  const [test, sendTest] = useMutation(SendTestEmailMutation)
  const [sentTo, setSentTo] = useState<string | null>(null)

  const options =
    interventions?.interventions.edges?.flatMap((e) => (e?.node ? [{ value: e.node.id, label: e.node.reference }] : [])) ?? []

  return (
    <Card withBorder component="section" aria-labelledby="email-preview-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id="email-preview-title">
            {t('email.preview.title')}
          </Title>
          {fetching && <Loader size="xs" aria-label={t('app.loading')} />}
        </Group>
        <Select
          label={t('email.preview.kind')}
          data={KINDS.map((k) => ({ value: k, label: t(`email.kinds.${k}`) }))}
          value={kind}
          onChange={(v) => v && onKindChange(v as EmailTemplateKind)}
          allowDeselect={false}
        />
        <Select
          label={t('email.preview.data')}
          placeholder={t('email.preview.sampleData')}
          description={t('email.preview.dataHelp')}
          data={options}
          value={interventionId}
          onChange={setInterventionId}
          searchable
          clearable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: o }) => o}
          nothingFoundMessage={t('email.preview.noIntervention')}
        />
        {error && !data ? (
          <Text c="red" size="sm" role="alert">
            {error.graphQLErrors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')
              ? t('email.preview.invalidDraft')
              : t(`errors.${errorKind(error)}`)}
          </Text>
        ) : data ? (
          <>
            <div>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('email.preview.subject')}
              </Text>
              <Text size="sm" fw={600} data-testid="email-preview-subject">
                {data.previewEmail.subject}
              </Text>
            </div>
            <Tabs defaultValue="html">
              <Tabs.List>
                <Tabs.Tab value="html">{t('email.preview.html')}</Tabs.Tab>
                <Tabs.Tab value="text">{t('email.preview.text')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="html" pt="xs">
                {/* sandbox without allow-scripts: the mail's HTML is shown, never run */}
                <iframe
                  title={t('email.preview.html')}
                  sandbox=""
                  srcDoc={data.previewEmail.html}
                  style={{ width: '100%', height: 420, border: '1px solid var(--mantine-color-default-border)', borderRadius: 4, background: '#fff' }}
                />
              </Tabs.Panel>
              <Tabs.Panel value="text" pt="xs">
                <Text component="pre" size="xs" style={{ whiteSpace: 'pre-wrap', maxHeight: 420, overflow: 'auto' }}>
                  {data.previewEmail.text}
                </Text>
              </Tabs.Panel>
            </Tabs>
          </>
        ) : (
          <Loader aria-label={t('app.loading')} />
        )}
        <Group justify="space-between" align="center">
          <Button
            variant="light"
            loading={test.fetching}
            onClick={async () => {
              setSentTo(null)
              const result = await sendTest({ panicButtonId, language, kind })
              if (result.data) setSentTo(result.data.sendTestEmail.to.join(', '))
            }}
          >
            {t('email.test.send')}
          </Button>
          {dirty && (
            <Text size="xs" c="dimmed">
              {t('email.test.savedOnly')}
            </Text>
          )}
        </Group>
        {sentTo && (
          <Alert color="green" role="status">
            {t('email.test.sent', { to: sentTo })}
          </Alert>
        )}
        {test.error && (
          <Text c="red" size="sm" role="alert">
            {t(`errors.${errorKind(test.error)}`)}
          </Text>
        )}
      </Stack>
    </Card>
  )
}
