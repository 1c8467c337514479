import { Badge, Button, Group, Loader, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useMutation, useQuery } from 'urql'
import { graphql } from '../gql'
import { ErrorState } from '../graphql/ErrorState'
import { errorKind } from '../graphql/errors'
import { useFieldErrors } from '../graphql/useFieldErrors'
import { LANGUAGES } from '../i18n'
import { formatDate } from '../i18n/format'

export const OrganizationsQuery = graphql(`
  query Organizations {
    organizations(first: 200, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          name
          slug
          defaultLanguage
          timezone
          active
          createdAt
        }
      }
    }
  }
`)

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: NewOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
    }
  }
`)

export const DisableOrganizationMutation = graphql(`
  mutation DisableOrganization($id: ID!) {
    disableOrganization(id: $id) {
      id
      active
    }
  }
`)

export const EnableOrganizationMutation = graphql(`
  mutation EnableOrganization($id: ID!) {
    enableOrganization(id: $id) {
      id
      active
    }
  }
`)

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** The platform's customer accounts (super-admin). */
export function OrganizationsPage() {
  const { t, i18n } = useTranslation()
  const [{ data, error }, reexecute] = useQuery({ query: OrganizationsQuery })
  const [opened, { open, close }] = useDisclosure()
  const [disable, disableOrg] = useMutation(DisableOrganizationMutation)
  const [enable, enableOrg] = useMutation(EnableOrganizationMutation)
  const orgs = data?.organizations.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  const refetch = () => reexecute({ requestPolicy: 'network-only' })
  const failure = disable.error ?? enable.error

  return (
    <Stack gap="md" maw={1200} mx="auto">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('organizations.title')}
        </Title>
        <Button onClick={open}>{t('organizations.create')}</Button>
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
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('organizations.column.name')}</Table.Th>
              <Table.Th>{t('organizations.column.slug')}</Table.Th>
              <Table.Th>{t('organizations.column.language')}</Table.Th>
              <Table.Th>{t('organizations.column.timezone')}</Table.Th>
              <Table.Th>{t('organizations.column.created')}</Table.Th>
              <Table.Th>{t('organizations.column.state')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {orgs.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>{o.name}</Table.Td>
                <Table.Td>{o.slug}</Table.Td>
                <Table.Td>{o.defaultLanguage.toUpperCase()}</Table.Td>
                <Table.Td>{o.timezone}</Table.Td>
                <Table.Td>{formatDate(o.createdAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <Badge color={o.active ? 'green' : 'gray'} variant="light">
                    {o.active ? t('common.active') : t('common.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {o.active ? (
                    <Button size="xs" variant="light" color="red" onClick={() => void disableOrg({ id: o.id })}>
                      {t('organizations.disable')}
                    </Button>
                  ) : (
                    <Button size="xs" variant="light" onClick={() => void enableOrg({ id: o.id })}>
                      {t('organizations.enable')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={opened} onClose={close} title={t('organizations.create')} size="lg">
        <CreateOrganizationForm
          onDone={() => {
            close()
            refetch()
          }}
          onCancel={close}
        />
      </Modal>
    </Stack>
  )
}

function CreateOrganizationForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation()
  const [v, setV] = useState({ name: '', slug: '', defaultLanguage: 'en', timezone: 'Europe/Brussels', adminEmail: '', adminName: '' })
  const [invalid, setInvalid] = useState<{ name?: boolean; slug?: boolean; adminEmail?: boolean }>({})
  const [{ fetching, error }, create] = useMutation(CreateOrganizationMutation)
  const server = useFieldErrors(error)
  const set = (key: keyof typeof v) => (value: string) => setV((x) => ({ ...x, [key]: value }))
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problems = {
      name: !v.name.trim(),
      slug: !SLUG.test(v.slug.trim()),
      adminEmail: Boolean(v.adminEmail.trim()) && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.adminEmail.trim()),
    }
    setInvalid(problems)
    if (Object.values(problems).some(Boolean)) return
    const result = await create({
      input: {
        name: v.name.trim(),
        slug: v.slug.trim(),
        defaultLanguage: v.defaultLanguage,
        timezone: v.timezone.trim() || null,
        adminEmail: v.adminEmail.trim() || null,
        adminName: v.adminName.trim() || null,
      },
    })
    if (!result.error) onDone()
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={2}>
          <TextInput
            label={t('organizations.column.name')}
            required
            value={v.name}
            onChange={(e) => {
              const name = e.currentTarget.value
              setV((x) => ({ ...x, name, slug: x.slug || name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') }))
            }}
            error={invalid.name ? t('validation.required') : server.errorFor('name')}
          />
          <TextInput
            label={t('organizations.column.slug')}
            description={t('organizations.slugHelp')}
            required
            value={v.slug}
            onChange={(e) => set('slug')(e.currentTarget.value)}
            error={invalid.slug ? t('organizations.slugInvalid') : server.errorFor('slug')}
          />
          <Select
            label={t('organizations.column.language')}
            data={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
            value={v.defaultLanguage}
            onChange={(l) => l && set('defaultLanguage')(l)}
            allowDeselect={false}
          />
          <TextInput label={t('organizations.column.timezone')} value={v.timezone} onChange={(e) => set('timezone')(e.currentTarget.value)} error={server.errorFor('timezone')} />
          <TextInput
            label={t('organizations.adminEmail')}
            type="email"
            value={v.adminEmail}
            onChange={(e) => set('adminEmail')(e.currentTarget.value)}
            error={invalid.adminEmail ? t('email.validation.emailInvalid') : server.errorFor('adminEmail')}
          />
          <TextInput label={t('organizations.adminName')} value={v.adminName} onChange={(e) => set('adminName')(e.currentTarget.value)} />
        </SimpleGrid>
        {error && !server.hasFieldErrors && (
          <Text c="red" size="sm" role="alert">
            {t(`errors.${errorKind(error)}`)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
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
