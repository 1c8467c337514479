import { Badge, Box, Table, Text, type MantineColor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { graphql } from '../gql'
import type { InterventionRowFragment, InterventionStatusCategory } from '../gql/graphql'
import { formatDateTime } from '../i18n/format'

export const InterventionRowFragmentDoc = graphql(`
  fragment InterventionRow on Intervention {
    id
    reference
    reporterEmail
    createdAt
    status {
      id
      name
      category
    }
    printer {
      id
      serial
    }
  }
`)

const CATEGORY_COLORS: Record<InterventionStatusCategory, MantineColor> = {
  OPEN: 'red',
  IN_PROGRESS: 'yellow',
  CLOSED: 'gray',
}

export function InterventionsTable({ interventions }: { interventions: readonly InterventionRowFragment[] }) {
  const { t, i18n } = useTranslation()
  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table striped highlightOnHover verticalSpacing="xs" miw={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('interventions.column.reference')}</Table.Th>
            <Table.Th>{t('interventions.column.status')}</Table.Th>
            <Table.Th>{t('interventions.column.printer')}</Table.Th>
            <Table.Th>{t('interventions.column.reporter')}</Table.Th>
            <Table.Th>{t('interventions.column.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {interventions.map((intervention) => (
            <Table.Tr key={intervention.id}>
              <Table.Td>
                <Text size="sm" ff="monospace" fw={500}>
                  {intervention.reference}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={CATEGORY_COLORS[intervention.status.category] ?? 'gray'}>
                  {intervention.status.name}
                </Badge>
              </Table.Td>
              <Table.Td>{intervention.printer?.serial ?? t('interventions.noPrinter')}</Table.Td>
              <Table.Td>{intervention.reporterEmail}</Table.Td>
              <Table.Td>
                <time dateTime={intervention.createdAt}>{formatDateTime(intervention.createdAt, i18n.language)}</time>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  )
}
