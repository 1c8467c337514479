import { Badge, Box, Button, Group, Loader, Menu, Modal, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useMutation, useQuery } from 'urql'
import { useCurrentUser } from '../auth/currentUser'
import { graphql, useFragment, type FragmentType } from '../gql'
import type { UserRole } from '../gql/graphql'
import { ErrorState } from '../graphql/ErrorState'
import { errorKind } from '../graphql/errors'
import { useFieldErrors } from '../graphql/useFieldErrors'
import { formatDateTime } from '../i18n/format'
import { LANGUAGES } from '../i18n'

export const UserItemFragmentDoc = graphql(`
  fragment UserItem on User {
    id
    email
    name
    phone
    role
    active
    language
    lastLoginAt
  }
`)

export const UsersQuery = graphql(`
  query Users($where: UserWhereInput) {
    users(first: 200, where: $where, orderBy: { field: EMAIL, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          ...UserItem
        }
      }
    }
  }
`)

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserItem
    }
  }
`)

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserItem
    }
  }
`)

export const DisableUserMutation = graphql(`
  mutation DisableUser($id: ID!) {
    disableUser(id: $id) {
      ...UserItem
    }
  }
`)

export const EnableUserMutation = graphql(`
  mutation EnableUser($id: ID!) {
    enableUser(id: $id) {
      ...UserItem
    }
  }
`)

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($id: ID!) {
    resetUserPassword(id: $id)
  }
`)

export const DeleteUserMutation = graphql(`
  mutation DeleteUser($id: ID!) {
    deleteUser(id: $id)
  }
`)

const ROLES: UserRole[] = ['ADMIN', 'TECHNICIAN']
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function validateInvite(values: { email: string; role: string | null }) {
  const errors: { email?: 'required' | 'emailInvalid'; role?: 'required' } = {}
  if (!values.email.trim()) errors.email = 'required'
  else if (!EMAIL.test(values.email.trim())) errors.email = 'emailInvalid'
  if (!values.role) errors.role = 'required'
  return errors
}

export function UsersPage() {
  const { t } = useTranslation()
  const [role, setRole] = useState<string | null>(null)
  const [{ data, error }, reexecute] = useQuery({ query: UsersQuery, variables: { where: role ? { role: role as UserRole } : null } })
  const [opened, { open, close }] = useDisclosure()
  const users = data?.users.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  const refetch = () => reexecute({ requestPolicy: 'network-only' })

  return (
    <Stack gap="md" maw={1200} mx="auto">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('users.title')}
        </Title>
        <Group align="flex-end">
          <Select
            label={t('users.filterRole')}
            placeholder={t('interventions.filters.any')}
            data={(['SUPER_ADMIN', ...ROLES] as UserRole[]).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={role}
            onChange={setRole}
            clearable
            w={200}
          />
          <Button onClick={open}>{t('users.invite')}</Button>
        </Group>
      </Group>
      {error && !data ? (
        <ErrorState error={error} onRetry={refetch} />
      ) : !data ? (
        <Loader aria-label={t('app.loading')} />
      ) : users.length === 0 ? (
        <Text c="dimmed">{t('users.empty')}</Text>
      ) : (
        <Box style={{ overflowX: 'auto' }}>
          <Table striped miw={800}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.column.name')}</Table.Th>
                <Table.Th>{t('users.column.email')}</Table.Th>
                <Table.Th>{t('users.column.role')}</Table.Th>
                <Table.Th>{t('users.column.state')}</Table.Th>
                <Table.Th>{t('users.column.lastLogin')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('users.column.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.map((u) => (
                <UserRow key={u.id} user={u} onChanged={refetch} />
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
      <Modal opened={opened} onClose={close} title={t('users.invite')}>
        <InviteForm
          onDone={() => {
            close()
            refetch()
          }}
        />
      </Modal>
    </Stack>
  )
}

function UserRow({ user: ref, onChanged }: { user: FragmentType<typeof UserItemFragmentDoc>; onChanged: () => void }) {
  const user = useFragment(UserItemFragmentDoc, ref)
  const { t, i18n } = useTranslation()
  const me = useCurrentUser()
  const [update, updateUser] = useMutation(UpdateUserMutation)
  const [disable, disableUser] = useMutation(DisableUserMutation)
  const [enable, enableUser] = useMutation(EnableUserMutation)
  const [reset, resetPassword] = useMutation(ResetUserPasswordMutation)
  const [removal, deleteUser] = useMutation(DeleteUserMutation)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const failure = update.error ?? disable.error ?? enable.error ?? reset.error ?? removal.error
  const self = user.id === me.id

  return (
    <Table.Tr data-user={user.email}>
      <Table.Td>{user.name || '—'}</Table.Td>
      <Table.Td>{user.email}</Table.Td>
      <Table.Td>
        {user.role === 'SUPER_ADMIN' ? (
          t('roles.SUPER_ADMIN')
        ) : (
          <Select
            aria-label={t('users.roleOf', { name: user.name || user.email })}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={user.role}
            onChange={(v) => v && v !== user.role && void updateUser({ id: user.id, input: { role: v as UserRole } })}
            allowDeselect={false}
            disabled={self}
            size="xs"
            w={150}
          />
        )}
      </Table.Td>
      <Table.Td>
        <Badge color={user.active ? 'green' : 'gray'} variant="light">
          {user.active ? t('common.active') : t('users.disabled')}
        </Badge>
      </Table.Td>
      <Table.Td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, i18n.language) : t('users.never')}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap" justify="flex-end">
          {failure && (
            <Text c="red" size="xs" role="alert">
              {t(`errors.${errorKind(failure)}`)}
            </Text>
          )}
          {notice && (
            <Text c="green" size="xs" role="status">
              {notice}
            </Text>
          )}
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button size="xs" variant="default" aria-label={t('users.actionsFor', { name: user.name || user.email })} disabled={self}>
                {t('users.actions')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                onClick={async () => {
                  const r = await resetPassword({ id: user.id })
                  if (!r.error) setNotice(t('users.resetSent'))
                }}
              >
                {t('users.resetPassword')}
              </Menu.Item>
              {user.active ? (
                <Menu.Item onClick={() => void disableUser({ id: user.id })}>{t('users.disable')}</Menu.Item>
              ) : (
                <Menu.Item onClick={() => void enableUser({ id: user.id })}>{t('users.enable')}</Menu.Item>
              )}
              <Menu.Item color="red" onClick={() => setConfirmDelete(true)}>
                {t('common.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
        <Modal opened={confirmDelete} onClose={() => setConfirmDelete(false)} title={t('users.deleteTitle')}>
          <Stack>
            <Text size="sm">{t('users.deleteConfirm', { name: user.name || user.email })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirmDelete(false)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={removal.fetching}
                onClick={async () => {
                  const r = await deleteUser({ id: user.id })
                  setConfirmDelete(false)
                  if (!r.error) onChanged()
                }}
              >
                {t('common.delete')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      </Table.Td>
    </Table.Tr>
  )
}

function InviteForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation()
  const [values, setValues] = useState({ email: '', name: '', role: 'TECHNICIAN' as string | null, language: 'en' as string | null })
  const [errors, setErrors] = useState<ReturnType<typeof validateInvite>>({})
  const [{ fetching, error }, create] = useMutation(CreateUserMutation)
  const server = useFieldErrors(error)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const found = validateInvite(values)
    setErrors(found)
    if (found.email || found.role) return
    const result = await create({
      input: { email: values.email.trim(), name: values.name.trim() || null, role: values.role as UserRole, language: values.language },
    })
    if (!result.error) onDone()
  }
  const duplicate = error?.graphQLErrors.some((e) => e.extensions?.code === 'BAD_USER_INPUT' && !e.extensions?.field)
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('users.inviteHelp')}
        </Text>
        <TextInput
          label={t('users.column.email')}
          type="email"
          required
          data-autofocus
          value={values.email}
          onChange={(e) => {
            const email = e.currentTarget.value
            setValues((v) => ({ ...v, email }))
            setErrors((x) => ({ ...x, email: undefined }))
          }}
          error={
            errors.email === 'required'
              ? t('validation.required')
              : errors.email
                ? t('email.validation.emailInvalid')
                : duplicate
                  ? t('users.duplicate')
                  : server.errorFor('email')
          }
        />
        <TextInput label={t('users.column.name')} value={values.name} onChange={(e) => setValues((v) => ({ ...v, name: e.currentTarget.value }))} />
        <Select
          label={t('users.column.role')}
          data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={values.role}
          onChange={(role) => setValues((v) => ({ ...v, role }))}
          error={errors.role ? t('validation.required') : server.errorFor('role')}
          required
        />
        <Select
          label={t('users.language')}
          data={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          value={values.language}
          onChange={(language) => setValues((v) => ({ ...v, language }))}
          allowDeselect={false}
        />
        {error && !server.hasFieldErrors && !duplicate && (
          <Text c="red" size="sm" role="alert">
            {t(`errors.${errorKind(error)}`)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={fetching}>
            {t('users.inviteSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
