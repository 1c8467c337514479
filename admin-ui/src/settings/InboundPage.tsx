import { Anchor, Button, Card, EmptyState, Group, Image, Loader, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { createRequest, useClient, useMutation, useQuery } from 'urql'
import { pipe, take, toPromise } from 'wonka'
import { FormFooter } from '../common/FormFooter'
import { useLiveRefetch } from '../common/useLiveRefetch'
import { graphql } from '../gql'
import { ErrorState } from '../graphql/ErrorState'
import { formatDateTime } from '../i18n/format'

export const InboundQuarantineQuery = graphql(`
  query InboundQuarantine {
    inboundEmails(first: 50, where: { status: QUARANTINED }, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges {
        node {
          id
          fromEmail
          subject
          text
          reason
          createdAt
          images {
            url
            filename
          }
          intervention {
            id
            reference
          }
        }
      }
    }
  }
`)

export const InterventionByReferenceQuery = graphql(`
  query InterventionByReference($reference: String!) {
    interventions(first: 1, where: { reference: $reference }) {
      edges {
        node {
          id
        }
      }
    }
  }
`)

export const AssignInboundEmailMutation = graphql(`
  mutation AssignInboundEmail($id: ID!, $interventionId: ID!) {
    assignInboundEmail(id: $id, interventionId: $interventionId) {
      id
      status
    }
  }
`)

export const DiscardInboundEmailMutation = graphql(`
  mutation DiscardInboundEmail($id: ID!) {
    discardInboundEmail(id: $id) {
      id
      status
    }
  }
`)

/** The inbound email quarantine: replies that matched no intervention or came from an unexpected sender. */
export function InboundPage() {
  const { t, i18n } = useTranslation()
  const [{ data, error }, reexecute] = useQuery({ query: InboundQuarantineQuery })
  const refresh = () => reexecute({ requestPolicy: 'network-only' })
  useLiveRefetch(refresh)
  if (error && !data) return <ErrorState error={error} onRetry={refresh} />
  if (!data) return <Loader aria-label={t('app.loading')} />
  const mails = data.inboundEmails.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  return (
    <Stack gap="md" maw={900} mx="auto">
      <Title order={1} size="h2">
        {t('inbound.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('inbound.intro')}
      </Text>
      {mails.length === 0 ? (
        <EmptyState title={t('inbound.empty')} />
      ) : (
        mails.map((m) => (
          <Card key={m.id} withBorder component="article" aria-label={m.subject || m.fromEmail}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600} truncate>
                  {m.subject || '—'}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(m.createdAt, i18n.language)}
                </Text>
              </Group>
              <Text size="sm">
                {t('inbound.from')}: {m.fromEmail} · {t('inbound.reason')}: {m.reason}
              </Text>
              {m.text && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {m.text}
                </Text>
              )}
              {m.images.length > 0 && (
                <Stack gap={4}>
                  <Text size="xs" c="dimmed">
                    {t('inbound.images', { count: m.images.length })}
                  </Text>
                  <Group gap="xs">
                    {m.images.map((img, i) => (
                      <Anchor
                        key={img.url}
                        href={img.url}
                        target="_blank"
                        rel="noopener noreferrer"
                        aria-label={img.filename || t('inbound.image', { n: i + 1 })}
                      >
                        <Image src={img.url} alt="" h={80} w="auto" radius="sm" />
                      </Anchor>
                    ))}
                  </Group>
                </Stack>
              )}
              <AssignForm id={m.id} reference={m.intervention?.reference ?? ''} onDone={refresh} />
            </Stack>
          </Card>
        ))
      )}
    </Stack>
  )
}

function AssignForm({ id, reference: initial, onDone }: { id: string; reference: string; onDone: () => void }) {
  const { t } = useTranslation()
  const client = useClient()
  const [reference, setReference] = useState(initial)
  const [notFound, setNotFound] = useState(false)
  const [assignState, assign] = useMutation(AssignInboundEmailMutation)
  const [discardState, discard] = useMutation(DiscardInboundEmailMutation)
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault()
        setNotFound(false)
        const found = await pipe(
          client.executeQuery(createRequest(InterventionByReferenceQuery, { reference: reference.trim() }), {
            requestPolicy: 'network-only',
          }),
          take(1),
          toPromise,
        )
        const target = found.data?.interventions.edges?.[0]?.node?.id
        if (!target) {
          setNotFound(true)
          return
        }
        const result = await assign({ id, interventionId: target })
        if (!result.error) onDone()
      }}
    >
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('inbound.reference')}
          placeholder="PB-2026-000123"
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
          error={notFound ? t('inbound.notFound') : undefined}
          required
        />
        <FormFooter error={assignState.error ?? discardState.error}>
          <Button
            variant="default"
            loading={discardState.fetching}
            onClick={async () => {
              const result = await discard({ id })
              if (!result.error) onDone()
            }}
          >
            {t('inbound.discard')}
          </Button>
          <Button type="submit" loading={assignState.fetching}>
            {t('inbound.attach')}
          </Button>
        </FormFooter>
      </Group>
    </form>
  )
}
