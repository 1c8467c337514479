import { Button, Card, Checkbox, Loader, Stack, Switch, Text, Title } from '@mantine/core'
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useMutation, useQuery } from 'urql'
import { FormFooter } from '../common/FormFooter'
import { graphql } from '../gql'
import type { NotificationSettingsInput } from '../gql/graphql'
import { ErrorState } from '../graphql/ErrorState'

export const NotificationSettingsQuery = graphql(`
  query NotificationSettings($language: String) {
    notificationSettings {
      id
      emailAdmins
      emailCustomer
      emailTechnicians
      pushAdmins
      pushTechnicians
      reopenOnNotFixed
      triggerStatuses {
        id
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

export const UpdateNotificationSettingsMutation = graphql(`
  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      id
      emailAdmins
      emailCustomer
      emailTechnicians
      pushAdmins
      pushTechnicians
      reopenOnNotFixed
      triggerStatuses {
        id
      }
    }
  }
`)

const TOGGLES = ['emailAdmins', 'emailCustomer', 'emailTechnicians', 'pushAdmins', 'pushTechnicians', 'reopenOnNotFixed'] as const

/** The Italian document's "Notifiche intervento": trigger statuses and the five toggles. */
export function NotificationSettingsPage() {
  const { t, i18n } = useTranslation()
  const [{ data, error }, reexecute] = useQuery({ query: NotificationSettingsQuery, variables: { language: i18n.resolvedLanguage } })
  const [{ fetching, error: saveError }, update] = useMutation(UpdateNotificationSettingsMutation)
  const [form, setForm] = useState<NotificationSettingsInput | null>(null)
  const [saved, setSaved] = useState(false)

  const settings = data?.notificationSettings
  const settingsKey = JSON.stringify(settings ?? null)
  useEffect(() => {
    const s = JSON.parse(settingsKey) as typeof settings
    setForm({
      triggerStatusIds: s?.triggerStatuses?.map((x) => x.id) ?? [],
      emailAdmins: s?.emailAdmins ?? true,
      emailCustomer: s?.emailCustomer ?? true,
      emailTechnicians: s?.emailTechnicians ?? true,
      pushAdmins: s?.pushAdmins ?? true,
      pushTechnicians: s?.pushTechnicians ?? true,
      reopenOnNotFixed: s?.reopenOnNotFixed ?? true,
    })
  }, [settingsKey])

  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
  if (!data || !form) return <Loader aria-label={t('app.loading')} />

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaved(false)
    const result = await update({ input: form })
    if (!result.error) setSaved(true)
  }
  const toggle = (key: (typeof TOGGLES)[number]) => (
    <Switch
      key={key}
      label={t(`notificationSettings.toggles.${key}`)}
      description={t(`notificationSettings.toggleHelp.${key}`)}
      checked={!!form[key]}
      onChange={(e) => {
        const checked = e.currentTarget.checked
        setForm((f) => f && { ...f, [key]: checked })
        setSaved(false)
      }}
    />
  )

  return (
    <Stack gap="md" maw={800} mx="auto">
      <Title order={1} size="h2">
        {t('notificationSettings.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('notificationSettings.intro')}
      </Text>
      <form onSubmit={submit}>
        <Stack gap="md">
          <Card withBorder>
            <Checkbox.Group
              label={t('notificationSettings.triggers')}
              description={t('notificationSettings.triggersHelp')}
              value={form.triggerStatusIds}
              onChange={(ids) => {
                setForm((f) => f && { ...f, triggerStatusIds: ids })
                setSaved(false)
              }}
            >
              <Stack gap="xs" mt="sm">
                {data.interventionStatuses.map((s) => (
                  <Checkbox key={s.id} value={s.id} label={s.localizedName || s.name} />
                ))}
              </Stack>
            </Checkbox.Group>
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('notificationSettings.email')}
            </Title>
            <Stack gap="sm">{TOGGLES.slice(0, 3).map(toggle)}</Stack>
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('notificationSettings.push')}
            </Title>
            <Stack gap="sm">{TOGGLES.slice(3, 5).map(toggle)}</Stack>
            <Text size="xs" c="dimmed" mt="sm">
              {t('notificationSettings.assignmentNote')}
            </Text>
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('notificationSettings.reporter')}
            </Title>
            <Stack gap="sm">{TOGGLES.slice(5).map(toggle)}</Stack>
          </Card>
          <FormFooter error={saveError} saved={saved}>
            <Button type="submit" loading={fetching}>
              {t('common.save')}
            </Button>
          </FormFooter>
        </Stack>
      </form>
    </Stack>
  )
}
