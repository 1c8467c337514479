import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { useMutation } from 'urql'
import { graphql } from '../gql'
import { errorKind, type ErrorKind } from '../graphql/errors'
import { useResetSession } from '../graphql/SessionProvider'
import type { Translation } from '../i18n/types'
import { LanguageSwitch } from '../layout/LanguageSwitch'
import { safeNext } from '../routes'

// The token in the answer is for API clients: the browser session lives in the
// HttpOnly cookie the server sets, so the SPA never asks for it.
export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      user {
        id
      }
    }
  }
`)

type Field = 'email' | 'password'
type ValidationCode = keyof Translation['signIn']['validation']

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

// Validation yields message codes, translated when rendered: a language switch
// also switches the messages already shown.
export function validate(values: Record<Field, string>): Partial<Record<Field, ValidationCode>> {
  const email = values.email.trim()
  const errors: Partial<Record<Field, ValidationCode>> = {}
  if (!email) errors.email = 'emailRequired'
  else if (!EMAIL_PATTERN.test(email)) errors.email = 'emailInvalid'
  if (!values.password) errors.password = 'passwordRequired'
  return errors
}

export function SignInPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const resetSession = useResetSession()
  const [{ fetching }, login] = useMutation(LoginMutation)
  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' })
  const [errors, setErrors] = useState<Partial<Record<Field, ValidationCode>>>({})
  const [failure, setFailure] = useState<ErrorKind | null>(null)

  const change = (field: Field) => (event: FormEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => ({ ...current, [field]: undefined }))
  }
  const message = (field: Field) => {
    const code = errors[field]
    return code && t(`signIn.validation.${code}`)
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found = validate(values)
    setErrors(found)
    if (found.email || found.password) return
    setFailure(null)
    const result = await login({ email: values.email.trim(), password: values.password })
    if (result.error || !result.data) {
      setFailure(result.error ? errorKind(result.error) : 'INTERNAL')
      return
    }
    resetSession()
    void navigate(safeNext(searchParams.get('next')), { replace: true })
  }

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper component="main" withBorder shadow="sm" p="xl" radius="md" w="100%" maw={400}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div>
                <Title order={1} size="h2">
                  {t('signIn.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('signIn.subtitle')}
                </Text>
              </div>
              <LanguageSwitch />
            </Group>
            {failure && (
              <Alert color="red" role="alert">
                {failureMessage(failure, t)}
              </Alert>
            )}
            <TextInput
              label={t('signIn.email')}
              placeholder={t('signIn.emailPlaceholder')}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={values.email}
              onChange={change('email')}
              error={message('email')}
            />
            <PasswordInput
              label={t('signIn.password')}
              name="password"
              autoComplete="current-password"
              required
              value={values.password}
              onChange={change('password')}
              error={message('password')}
            />
            <Button type="submit" loading={fetching} fullWidth>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  )
}

function failureMessage(kind: ErrorKind, t: ReturnType<typeof useTranslation>['t']): string {
  switch (kind) {
    case 'UNAUTHENTICATED':
    case 'BAD_USER_INPUT':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
      return t('signIn.failed.credentials')
    case 'RATE_LIMITED':
      return t('signIn.failed.rateLimited')
    default:
      return t(`errors.${kind}`)
  }
}
