import { ActionIcon, Alert, Badge, Button, Checkbox, Code, CopyButton, Group, Loader, Modal, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useMutation, useQuery } from 'urql'
import { graphql } from '../gql'
import { ErrorState } from '../graphql/ErrorState'
import { errorKind } from '../graphql/errors'
import { formatDateTime } from '../i18n/format'
import { CheckIcon, CopyIcon } from '../layout/icons'

export const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges {
        node {
          id
          name
          prefix
          scopes
          lastUsedAt
          revokedAt
          createdAt
          createdBy {
            id
            name
            email
          }
        }
      }
    }
    apiKeyScopes
  }
`)

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateAPIKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        id
        name
        prefix
      }
    }
  }
`)

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`)

export function ApiKeysPage() {
  const { t, i18n } = useTranslation()
  const [{ data, error }, reexecute] = useQuery({ query: ApiKeysQuery })
  const [opened, { open, close }] = useDisclosure()
  const [revocation, revoke] = useMutation(RevokeApiKeyMutation)
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null)
  const keys = data?.apiKeys.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  const refetch = () => reexecute({ requestPolicy: 'network-only' })

  return (
    <Stack gap="md" maw={1200} mx="auto">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('apiKeys.title')}
        </Title>
        <Button onClick={open}>{t('apiKeys.create')}</Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('apiKeys.intro')}
      </Text>
      {revocation.error && (
        <Text c="red" size="sm" role="alert">
          {t(`errors.${errorKind(revocation.error)}`)}
        </Text>
      )}
      {error && !data ? (
        <ErrorState error={error} onRetry={refetch} />
      ) : !data ? (
        <Loader aria-label={t('app.loading')} />
      ) : keys.length === 0 ? (
        <Text c="dimmed">{t('apiKeys.empty')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('apiKeys.column.name')}</Table.Th>
              <Table.Th>{t('apiKeys.column.prefix')}</Table.Th>
              <Table.Th>{t('apiKeys.column.scopes')}</Table.Th>
              <Table.Th>{t('apiKeys.column.lastUsed')}</Table.Th>
              <Table.Th>{t('apiKeys.column.state')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {keys.map((k) => (
              <Table.Tr key={k.id}>
                <Table.Td>{k.name}</Table.Td>
                <Table.Td>
                  <Code>{k.prefix}…</Code>
                </Table.Td>
                <Table.Td>{k.scopes.join(', ')}</Table.Td>
                <Table.Td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt, i18n.language) : t('users.never')}</Table.Td>
                <Table.Td>
                  <Badge color={k.revokedAt ? 'gray' : 'green'} variant="light">
                    {k.revokedAt ? t('apiKeys.revoked') : t('common.active')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {!k.revokedAt && (
                    <Button size="xs" color="red" variant="light" onClick={() => setRevoking({ id: k.id, name: k.name })}>
                      {t('apiKeys.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={opened} onClose={close} title={t('apiKeys.create')} size="lg">
        <CreateKeyForm
          scopes={data?.apiKeyScopes ?? []}
          onCreated={refetch}
          onClose={close}
        />
      </Modal>
      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title={t('apiKeys.revokeTitle')}>
        <Stack>
          <Text size="sm">{t('apiKeys.revokeConfirm', { name: revoking?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={revocation.fetching}
              onClick={async () => {
                if (revoking) await revoke({ id: revoking.id })
                setRevoking(null)
              }}
            >
              {t('apiKeys.revoke')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}

function CreateKeyForm({ scopes, onCreated, onClose }: { scopes: readonly string[]; onCreated: () => void; onClose: () => void }) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [chosen, setChosen] = useState<string[]>([])
  const [invalid, setInvalid] = useState<{ name?: boolean; scopes?: boolean }>({})
  const [created, setCreated] = useState<string | null>(null)
  const [{ fetching, error }, create] = useMutation(CreateApiKeyMutation)

  if (created) {
    return (
      <Stack>
        <Alert color="yellow" title={t('apiKeys.onceTitle')}>
          {t('apiKeys.once')}
        </Alert>
        <Group gap="xs" wrap="nowrap">
          <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid="new-api-key">
            {created}
          </Code>
          <CopyButton value={created}>
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
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problems = { name: !name.trim(), scopes: chosen.length === 0 }
    setInvalid(problems)
    if (problems.name || problems.scopes) return
    const result = await create({ input: { name: name.trim(), scopes: chosen } })
    if (result.data) {
      setCreated(result.data.createApiKey.key)
      onCreated()
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('apiKeys.column.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required data-autofocus error={invalid.name ? t('validation.required') : undefined} />
        <Checkbox.Group label={t('apiKeys.column.scopes')} value={chosen} onChange={setChosen} error={invalid.scopes ? t('apiKeys.scopesRequired') : undefined} required>
          <Stack gap="xs" mt="xs">
            {scopes.map((s) => (
              <Checkbox key={s} value={s} label={<Code>{s}</Code>} />
            ))}
          </Stack>
        </Checkbox.Group>
        {error && (
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
