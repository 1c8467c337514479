import { Anchor, Card, Group, Progress, SimpleGrid, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useQuery } from 'urql'
import { useLiveRefetch } from '../common/useLiveRefetch'
import { graphql } from '../gql'
import { formatNumber } from '../i18n/format'
import { paths } from '../routes'

export const SatisfactionQuery = graphql(`
  query Satisfaction {
    panicButtons(first: 50) {
      edges {
        node {
          id
          name
          satisfaction {
            answered
            fixed
            rate
          }
        }
      }
    }
  }
`)

/** "Is it fixed?": the share of "yes" among the reporters' answers, per panic button. */
export function SatisfactionSection() {
  const { t, i18n } = useTranslation()
  const [{ data }, reexecute] = useQuery({ query: SatisfactionQuery })
  useLiveRefetch(() => reexecute({ requestPolicy: 'network-only' }))
  const buttons = data?.panicButtons.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  if (buttons.length === 0) return null
  return (
    <section aria-labelledby="satisfaction-title">
      <Title order={2} size="h4" id="satisfaction-title">
        {t('dashboard.satisfaction')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('dashboard.satisfactionHelp')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {buttons.map((b) => {
          const rate = b.satisfaction.rate
          return (
            <Card key={b.id} withBorder padding="sm" data-testid={`satisfaction-${b.name}`}>
              <Group justify="space-between" wrap="nowrap">
                <Anchor component={Link} to={paths.panicButton(b.id)} fw={600} truncate>
                  {b.name}
                </Anchor>
                <Text fz={24} fw={700}>
                  {rate == null ? '—' : `${formatNumber(Math.round(rate * 100), i18n.language)} %`}
                </Text>
              </Group>
              <Progress value={rate == null ? 0 : rate * 100} color="green" mt={6} aria-hidden />
              <Text size="xs" c="dimmed" mt={4}>
                {b.satisfaction.answered === 0
                  ? t('dashboard.noAnswers')
                  : t('dashboard.answers', { count: b.satisfaction.answered })}
              </Text>
            </Card>
          )
        })}
      </SimpleGrid>
    </section>
  )
}
