import { Anchor, Badge, EmptyState, Group, Loader, Stack, Tabs, Title } from '@mantine/core'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { useQuery } from 'urql'
import { graphql, useFragment } from '../gql'
import { ErrorState } from '../graphql/ErrorState'
import { paths } from '../routes'
import { CausesEditor } from './CausesEditor'
import { ContentEditor } from './ContentEditor'
import { SettingsPanel } from './SettingsPanel'

const EmailSettings = lazy(() => import('./email/EmailSettings').then((m) => ({ default: m.EmailSettings })))

/** The page's header and every tab's fragment: what the page query and updatePanicButton ask for. */
export const PanicButtonBaseFragmentDoc = graphql(`
  fragment PanicButtonBase on PanicButton {
    id
    name
    active
    ...PanicButtonContent
    ...PanicButtonCauses
    ...PanicButtonEmail
    ...PanicButtonSettings
  }
`)

export const PanicButtonQuery = graphql(`
  query PanicButton($id: ID!) {
    node(id: $id) {
      __typename
      ... on PanicButton {
        ...PanicButtonBase
      }
    }
  }
`)

const TABS = ['content', 'causes', 'email', 'settings'] as const
type Tab = (typeof TABS)[number]

export function PanicButtonPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { id = '', tab } = useParams()
  const current: Tab = TABS.includes(tab as Tab) ? (tab as Tab) : 'content'
  const [{ data, error }, reexecute] = useQuery({ query: PanicButtonQuery, variables: { id } })
  const pb = useFragment(PanicButtonBaseFragmentDoc, data?.node?.__typename === 'PanicButton' ? data.node : null)

  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
  if (!data) {
    return (
      <Group justify="center" py="xl">
        <Loader aria-label={t('app.loading')} />
      </Group>
    )
  }
  if (!pb) {
    return <EmptyState py="xl" title={t('errors.NOT_FOUND')} />
  }

  return (
    <Stack gap="md" maw={1500} mx="auto">
      <div>
        <Anchor component={Link} to={paths.panicButtons} size="sm">
          ← {t('panicButtons.title')}
        </Anchor>
        <Group gap="sm">
          <Title order={1} size="h2">
            {pb.name}
          </Title>
          {!pb.active && <Badge color="gray">{t('common.inactive')}</Badge>}
        </Group>
      </div>
      <Tabs value={current} onChange={(v) => v && void navigate(paths.panicButton(id, v), { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`panicButton.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="content" pt="md">
          <ContentEditor panicButton={pb} />
        </Tabs.Panel>
        <Tabs.Panel value="causes" pt="md">
          <CausesEditor panicButton={pb} />
        </Tabs.Panel>
        <Tabs.Panel value="email" pt="md">
          <Suspense fallback={<Loader aria-label={t('app.loading')} />}>
            <EmailSettings panicButton={pb} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <SettingsPanel panicButton={pb} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
