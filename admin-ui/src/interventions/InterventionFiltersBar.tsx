import { Button, CloseButton, Group, MultiSelect, Select, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { isAdmin, useCurrentUser } from '../auth/currentUser'
import { graphql } from '../gql'
import { PrinterSelect } from '../printers/PrinterSelect'
import { EMPTY_FILTERS, hasFilters, SEARCH_MIN, searchTooShort, type InterventionFilters } from './filters'

export const InterventionFilterOptionsQuery = graphql(`
  query InterventionFilterOptions($language: String) {
    interventionStatuses {
      id
      name
      localizedName(language: $language)
    }
  }
`)

export const AdminFilterOptionsQuery = graphql(`
  query AdminFilterOptions {
    panicButtons(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    users(first: 200, where: { role: TECHNICIAN, active: true }) {
      edges {
        node {
          id
          name
          email
        }
      }
    }
  }
`)

interface Props {
  filters: InterventionFilters
  onChange: (filters: InterventionFilters) => void
}

/** The interventions list's filters: text, statuses, panic button, printer, technician, creation dates. */
export function InterventionFiltersBar({ filters, onChange }: Props) {
  const { t, i18n } = useTranslation()
  const user = useCurrentUser()
  const admin = isAdmin(user.role)
  const [{ data: options }] = useQuery({
    query: InterventionFilterOptionsQuery,
    variables: { language: i18n.resolvedLanguage },
  })
  const [{ data: adminOptions }] = useQuery({ query: AdminFilterOptionsQuery, pause: !admin })

  // The text is sent once typing pauses.
  const [text, setText] = useState(filters.q)
  const [debounced] = useDebouncedValue(text, 300)
  useEffect(() => {
    if (debounced.trim() !== filters.q.trim()) onChange({ ...filters, q: debounced.trim() })
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new debounced text triggers this
  }, [debounced])
  useEffect(() => {
    if (filters.q === '' && text.trim() !== '' && debounced === text) setText('') // cleared from outside
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filters.q])

  const statuses = options?.interventionStatuses.map((s) => ({ value: s.id, label: s.localizedName || s.name })) ?? []
  const panicButtons =
    adminOptions?.panicButtons.edges?.flatMap((e) => (e?.node ? [{ value: e.node.id, label: e.node.name }] : [])) ?? []
  const technicians =
    adminOptions?.users.edges?.flatMap((e) =>
      e?.node ? [{ value: e.node.id, label: e.node.name ? `${e.node.name} (${e.node.email})` : e.node.email }] : [],
    ) ?? []

  return (
    <Group gap="sm" align="flex-end" role="search" aria-label={t('interventions.filters.label')}>
      <TextInput
        label={t('interventions.filters.search')}
        placeholder={t('interventions.filters.searchPlaceholder')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        description={searchTooShort(text) ? t('interventions.filters.searchTooShort', { count: SEARCH_MIN }) : undefined}
        inputWrapperOrder={['label', 'input', 'description']}
        rightSection={
          text ? (
            <CloseButton
              size="sm"
              aria-label={t('interventions.filters.clearSearch')}
              onClick={() => {
                setText('')
                onChange({ ...filters, q: '' })
              }}
            />
          ) : null
        }
        w={260}
      />
      <MultiSelect
        label={t('interventions.filters.status')}
        placeholder={filters.statusIds.length ? undefined : t('interventions.filters.any')}
        data={statuses}
        value={filters.statusIds}
        onChange={(statusIds) => onChange({ ...filters, statusIds })}
        clearable
        w={240}
      />
      {admin && (
        <>
          <Select
            label={t('interventions.filters.panicButton')}
            placeholder={t('interventions.filters.any')}
            data={panicButtons}
            value={filters.panicButtonId}
            onChange={(panicButtonId) => onChange({ ...filters, panicButtonId })}
            clearable
            w={180}
          />
          <PrinterSelect
            label={t('interventions.filters.printer')}
            placeholder={t('interventions.filters.any')}
            value={filters.printerId}
            onChange={(printerId) => onChange({ ...filters, printerId })}
            w={200}
          />
          <Select
            label={t('interventions.filters.technician')}
            placeholder={t('interventions.filters.any')}
            data={technicians}
            value={filters.technicianId}
            onChange={(technicianId) => onChange({ ...filters, technicianId })}
            searchable
            clearable
            w={220}
          />
        </>
      )}
      <TextInput
        type="date"
        label={t('interventions.filters.from')}
        value={filters.from ?? ''}
        max={filters.to ?? undefined}
        onChange={(event) => onChange({ ...filters, from: event.currentTarget.value || null })}
        w={160}
      />
      <TextInput
        type="date"
        label={t('interventions.filters.to')}
        value={filters.to ?? ''}
        min={filters.from ?? undefined}
        onChange={(event) => onChange({ ...filters, to: event.currentTarget.value || null })}
        w={160}
      />
      {hasFilters(filters) && (
        <Button
          variant="subtle"
          onClick={() => {
            setText('')
            onChange(EMPTY_FILTERS)
          }}
        >
          {t('interventions.filters.clearAll')}
        </Button>
      )}
    </Group>
  )
}
