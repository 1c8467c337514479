import { Anchor, Box, Table, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { graphql, useFragment, type FragmentType } from '../gql'
import type { InterventionOrder, InterventionOrderField } from '../gql/graphql'
import { formatDateTime } from '../i18n/format'
import type { Translation } from '../i18n/types'
import { SortIcon } from '../layout/icons'
import { paths } from '../routes'
import { StatusBadge } from './StatusBadge'

export const InterventionRowFragmentDoc = graphql(`
  fragment InterventionRow on Intervention {
    id
    reference
    reporterEmail
    createdAt
    updatedAt
    status {
      id
      name
      category
    }
    printer {
      id
      serial
      name
    }
    technicians {
      id
      name
      email
    }
  }
`)

type Column = keyof Translation['interventions']['column']

const SORTABLE: Partial<Record<Column, InterventionOrderField>> = {
  reference: 'REFERENCE',
  status: 'STATUS_POSITION',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
}

const COLUMNS: Column[] = ['reference', 'status', 'printer', 'reporter', 'technicians', 'createdAt', 'updatedAt']

interface Props {
  interventions: readonly FragmentType<typeof InterventionRowFragmentDoc>[]
  order?: InterventionOrder
  onOrderChange?: (order: InterventionOrder) => void
}

export function InterventionsTable({ interventions: refs, order, onOrderChange }: Props) {
  const interventions = useFragment(InterventionRowFragmentDoc, refs)
  const { t, i18n } = useTranslation()

  const header = (column: Column) => {
    const field = SORTABLE[column]
    const label = t(`interventions.column.${column}`)
    if (!field || !order || !onOrderChange) return <Table.Th key={column}>{label}</Table.Th>
    const active = order.field === field
    const direction = active ? order.direction : null
    return (
      <Table.Th key={column} aria-sort={active ? (direction === 'ASC' ? 'ascending' : 'descending') : 'none'}>
        <UnstyledButton
          onClick={() => onOrderChange({ field, direction: active && direction === 'DESC' ? 'ASC' : 'DESC' })}
          fw={700}
          fz="sm"
          style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
          aria-label={t('interventions.sortBy', { column: label })}
        >
          {label}
          <SortIcon sortDirection={direction ?? null} />
        </UnstyledButton>
      </Table.Th>
    )
  }

  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table striped highlightOnHover verticalSpacing="xs" miw={900}>
        <Table.Thead>
          <Table.Tr>{COLUMNS.map(header)}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {interventions.map((intervention) => (
            <Table.Tr key={intervention.id} data-reference={intervention.reference}>
              <Table.Td>
                <Anchor component={Link} to={paths.intervention(intervention.id)} size="sm" ff="monospace" fw={500}>
                  {intervention.reference}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <StatusBadge name={intervention.status.name} category={intervention.status.category} />
              </Table.Td>
              <Table.Td>
                {intervention.printer ? (
                  <Text size="sm" title={intervention.printer.name ?? undefined}>
                    {intervention.printer.serial}
                  </Text>
                ) : (
                  t('interventions.noPrinter')
                )}
              </Table.Td>
              <Table.Td>{intervention.reporterEmail}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {intervention.technicians?.length
                    ? intervention.technicians.map((u) => u.name || u.email).join(', ')
                    : t('interventions.noTechnician')}
                </Text>
              </Table.Td>
              <Table.Td>
                <time dateTime={intervention.createdAt}>{formatDateTime(intervention.createdAt, i18n.language)}</time>
              </Table.Td>
              <Table.Td>
                <time dateTime={intervention.updatedAt}>{formatDateTime(intervention.updatedAt, i18n.language)}</time>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  )
}
