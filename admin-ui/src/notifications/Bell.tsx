import { ActionIcon, Badge, Button, Group, Indicator, Loader, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useMutation, useQuery, useSubscription } from 'urql'
import { graphql, useFragment, type FragmentType } from '../gql'
import type { BellNotificationsQuery as BellNotificationsResult } from '../gql/graphql'
import { ErrorState } from '../graphql/ErrorState'
import { formatDateTime } from '../i18n/format'
import { BellIcon } from '../layout/icons'
import { paths } from '../routes'
import { showDesktopNotification, useDesktopNotificationPermission } from './desktop'

/** What one notification of the list renders. */
export const BellNotificationFragmentDoc = graphql(`
  fragment BellNotification on Notification {
    id
    kind
    text
    readAt
    createdAt
    intervention {
      id
      reference
    }
  }
`)

/** Where opening a notification goes: its intervention, else the page of what it is about (a disabled webhook, a
 *  silent or returning printer, a low supply); nowhere for a kind with no page. */
export function notificationTarget(n: Pick<BellItem, 'kind' | 'intervention'>): string | null {
  if (n.intervention) return paths.intervention(n.intervention.id)
  switch (n.kind) {
    case 'WEBHOOK_DISABLED':
      return paths.webhooks
    case 'PRINTER_SILENT':
    case 'PRINTER_BACK':
      return paths.printers
    case 'SUPPLY_LOW':
      return paths.supplies
    default:
      return null
  }
}

export const UnreadCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`)

export const BellNotificationsQuery = graphql(`
  query BellNotifications($first: Int!) {
    notifications(first: $first) {
      edges {
        node {
          id
          kind
          readAt
          text
          intervention {
            id
          }
          ...BellNotification
        }
      }
    }
  }
`)

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
      readAt
      text
      intervention {
        id
      }
      ...BellNotification
    }
  }
`)

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`)

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`)

const LIST_SIZE = 20

/** A notification as the bell handles it (read state, desktop notification, link); the list item renders the rest. */
type BellItem = NonNullable<NonNullable<NonNullable<BellNotificationsResult['notifications']['edges']>[number]>['node']>

/**
 * The header's bell: unread count, the latest notifications, mark read. Live:
 * each notificationAdded bumps the count, joins the list and, when the user
 * allowed it, shows a desktop notification.
 */
export function Bell() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [opened, setOpened] = useState(false)
  const permission = useDesktopNotificationPermission()

  const [{ data: countData }, refetchCount] = useQuery({ query: UnreadCountQuery })
  const [{ data: listData, error: listError, fetching: listFetching }, refetchList] = useQuery({
    query: BellNotificationsQuery,
    variables: { first: LIST_SIZE },
    pause: !opened,
  })
  const [, markRead] = useMutation(MarkNotificationsReadMutation)
  const [, markAllRead] = useMutation(MarkAllNotificationsReadMutation)

  // Adjustments to the server's count until it changes: live arrivals, and reads done here (each was unread).
  const [live, setLive] = useState<BellItem[]>([])
  const [readIds, setReadIds] = useState<ReadonlySet<string>>(new Set())
  const [allRead, setAllRead] = useState(false)
  const serverCount = countData?.unreadNotificationCount
  const lastServerCount = useRef(serverCount)
  useEffect(() => {
    if (lastServerCount.current === serverCount) return
    lastServerCount.current = serverCount
    setLive([]) // the server's figure now includes them
    setReadIds(new Set())
    setAllRead(false)
  }, [serverCount])

  const onAdded = useCallback(
    (notification: BellItem) => {
      setLive((current) => (current.some((n) => n.id === notification.id) ? current : [notification, ...current]))
      showDesktopNotification(t('bell.desktopTitle'), notification.text, notification.id, () => {
        const to = notificationTarget(notification)
        if (to) void navigate(to)
      })
    },
    [navigate, t],
  )
  useSubscription({ query: NotificationAddedSubscription }, (_previous: unknown, event) => {
    if (event.notificationAdded) onAdded(event.notificationAdded)
    return event
  })

  const fetched = listData?.notifications.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  const items = [...live.filter((n) => !fetched.some((f) => f.id === n.id)), ...fetched].slice(0, LIST_SIZE)
  const isLive = (n: BellItem) => live.some((l) => l.id === n.id)
  const isRead = (n: BellItem) => Boolean(n.readAt) || readIds.has(n.id) || (allRead && !isLive(n))
  const count = Math.max(0, (allRead ? 0 : (serverCount ?? 0)) + live.length - readIds.size)

  const refresh = () => {
    refetchCount({ requestPolicy: 'network-only' })
    if (opened) refetchList({ requestPolicy: 'network-only' })
  }

  const open = (n: BellItem) => {
    if (!isRead(n)) {
      setReadIds((current) => new Set(current).add(n.id)) // optimistic
      void markRead({ ids: [n.id] }).then(refresh)
    }
    setOpened(false)
    const to = notificationTarget(n)
    if (to) void navigate(to)
  }

  const readAll = () => {
    // optimistic: everything counted by the server, and every live arrival so far
    setAllRead(true)
    setReadIds(new Set(live.map((n) => n.id)))
    void markAllRead({}).then(refresh)
  }

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={360}
      shadow="md"
      trapFocus
      returnFocus
      onOpen={() => refetchList({ requestPolicy: 'network-only' })}
    >
      <Popover.Target>
        <Indicator label={count > 99 ? '99+' : count} size={18} color="red" disabled={count === 0} offset={4}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t('bell.label', { count })}
            aria-haspopup="dialog"
            aria-expanded={opened}
            onClick={() => setOpened((o) => !o)}
            data-testid="bell"
          >
            <BellIcon size={22} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} role="dialog" aria-label={t('bell.title')}>
        <Group justify="space-between" px="sm" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
          <Text fw={600} size="sm">
            {t('bell.title')}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={readAll} disabled={count === 0}>
            {t('bell.markAllRead')}
          </Button>
        </Group>
        {permission === 'default' && (
          <Group px="sm" py="xs" justify="space-between" wrap="nowrap" bg="gray.0">
            <Text size="xs">{t('bell.desktopPrompt')}</Text>
            <Button
              size="compact-xs"
              variant="light"
              style={{ flexShrink: 0 }}
              onClick={() => void window.Notification?.requestPermission()}
            >
              {t('bell.desktopEnable')}
            </Button>
          </Group>
        )}
        <ScrollArea.Autosize mah={420}>
          {listError && !listData ? (
            <Stack p="sm">
              <ErrorState error={listError} onRetry={() => refetchList({ requestPolicy: 'network-only' })} />
            </Stack>
          ) : !listData && listFetching && items.length === 0 ? (
            <Group justify="center" p="md">
              <Loader size="sm" aria-label={t('app.loading')} />
            </Group>
          ) : items.length === 0 ? (
            <Text size="sm" c="dimmed" p="md" ta="center">
              {t('bell.empty')}
            </Text>
          ) : (
            <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('bell.title')}>
              {items.map((n) => (
                <NotificationItem key={n.id} notification={n} read={isRead(n)} onOpen={() => open(n)} />
              ))}
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  )
}

function NotificationItem({
  notification,
  read,
  onOpen,
}: {
  notification: FragmentType<typeof BellNotificationFragmentDoc>
  read: boolean
  onOpen: () => void
}) {
  const { t, i18n } = useTranslation()
  const n = useFragment(BellNotificationFragmentDoc, notification)
  return (
    <li>
      <UnstyledButton
        onClick={onOpen}
        px="sm"
        py="xs"
        w="100%"
        data-read={read}
        bg={read ? undefined : 'blue.0'}
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)', display: 'block' }}
      >
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={read ? 400 : 600}>
            {n.text}
          </Text>
          {!read && (
            <Badge size="xs" color="blue" variant="filled" style={{ flexShrink: 0 }}>
              {t('bell.unread')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t(`bell.kind.${n.kind}`)}
          {n.intervention ? ` · ${n.intervention.reference}` : ''} ·{' '}
          <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, i18n.language)}</time>
        </Text>
      </UnstyledButton>
    </li>
  )
}
