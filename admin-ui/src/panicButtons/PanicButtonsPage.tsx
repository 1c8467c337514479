import { Anchor, Badge, Button, Card, EmptyState, Group, Loader, Modal, MultiSelect, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { useMutation, useQuery } from 'urql'
import { graphql } from '../gql'
import { ErrorState } from '../graphql/ErrorState'
import { errorKind } from '../graphql/errors'
import { useFieldErrors } from '../graphql/useFieldErrors'
import { paths } from '../routes'
import { CONTENT_LANGUAGES, languageName } from './kioskKeys'

export const PanicButtonsQuery = graphql(`
  query PanicButtons {
    panicButtons(first: 100, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          name
          active
          languages
          defaultLanguage
        }
      }
    }
  }
`)

export const CreatePanicButtonMutation = graphql(`
  mutation CreatePanicButton($name: String!, $languages: [String!], $defaultLanguage: String) {
    createPanicButton(name: $name, languages: $languages, defaultLanguage: $defaultLanguage) {
      id
      name
    }
  }
`)

export function PanicButtonsPage() {
  const { t, i18n } = useTranslation()
  const [{ data, error }, reexecute] = useQuery({ query: PanicButtonsQuery })
  const [opened, { open, close }] = useDisclosure()

  const buttons = data?.panicButtons.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  return (
    <Stack gap="md" maw={1100} mx="auto">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('panicButtons.title')}
        </Title>
        <Button onClick={open}>{t('panicButtons.create')}</Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('panicButtons.intro')}
      </Text>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <Group justify="center" py="xl">
          <Loader aria-label={t('app.loading')} />
        </Group>
      ) : buttons.length === 0 ? (
        <EmptyState py="xl" title={t('panicButtons.empty.title')} description={t('panicButtons.empty.description')} />
      ) : (
        <Card withBorder p={0}>
          <Table highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('panicButtons.column.name')}</Table.Th>
                <Table.Th>{t('panicButtons.column.languages')}</Table.Th>
                <Table.Th>{t('panicButtons.column.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {buttons.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>
                    <Anchor component={Link} to={paths.panicButton(b.id)} fw={500}>
                      {b.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {b.languages
                      .map((l) => languageName(l, i18n.language) + (l === b.defaultLanguage ? ` (${t('panicButtons.default')})` : ''))
                      .join(', ')}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={b.active ? 'green' : 'gray'} variant="light">
                      {b.active ? t('common.active') : t('common.inactive')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      <Modal opened={opened} onClose={close} title={t('panicButtons.create')}>
        <CreatePanicButtonForm onDone={close} />
      </Modal>
    </Stack>
  )
}

function CreatePanicButtonForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [name, setName] = useState('')
  const [languages, setLanguages] = useState<string[]>(['en', 'fr', 'it'])
  const [defaultLanguage, setDefaultLanguage] = useState<string | null>('en')
  const [invalid, setInvalid] = useState<{ name?: boolean; languages?: boolean }>({})
  const [{ fetching, error }, create] = useMutation(CreatePanicButtonMutation)
  const { errorFor, hasFieldErrors } = useFieldErrors(error)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problems = { name: !name.trim(), languages: languages.length === 0 }
    setInvalid(problems)
    if (problems.name || problems.languages) return
    const def = defaultLanguage && languages.includes(defaultLanguage) ? defaultLanguage : languages[0]
    const result = await create({ name: name.trim(), languages, defaultLanguage: def })
    if (result.data) {
      onDone()
      void navigate(paths.panicButton(result.data.createPanicButton.id))
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('panicButtons.form.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={invalid.name ? t('validation.required') : errorFor('name')}
          required
          data-autofocus
          maxLength={200}
        />
        <MultiSelect
          label={t('panicButtons.form.languages')}
          data={CONTENT_LANGUAGES.map((l) => ({ value: l, label: languageName(l, i18n.language) }))}
          value={languages}
          onChange={setLanguages}
          error={invalid.languages ? t('panicButtons.form.languagesRequired') : errorFor('languages')}
          required
        />
        <Select
          label={t('panicButtons.form.defaultLanguage')}
          data={languages.map((l) => ({ value: l, label: languageName(l, i18n.language) }))}
          value={defaultLanguage}
          onChange={setDefaultLanguage}
          error={errorFor('defaultLanguage')}
        />
        {error && !hasFieldErrors && (
          <Text c="red" size="sm" role="alert">
            {t(`errors.${errorKind(error)}`)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
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
