import { Select, type SelectProps } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useQuery } from 'urql'
import { graphql } from '../gql'

export const PrinterOptionsQuery = graphql(`
  query PrinterOptions($where: PrinterWhereInput, $selected: ID!, $withSelected: Boolean!) {
    printers(first: 20, where: $where, orderBy: { field: SERIAL, direction: ASC }) {
      edges {
        node {
          id
          serial
          name
        }
      }
    }
    selected: node(id: $selected) @include(if: $withSelected) {
      __typename
      ... on Printer {
        id
        serial
        name
      }
    }
  }
`)

const label = (p: { serial: string; name?: string | null }) => (p.name ? `${p.serial} — ${p.name}` : p.serial)

/** A printer chosen by typing part of its serial or name (the fleet may be large: searched on the server). */
export function PrinterSelect({
  value,
  onChange,
  ...props
}: Omit<SelectProps, 'data' | 'value' | 'onChange'> & { value: string | null; onChange: (id: string | null) => void }) {
  const [search, setSearch] = useState('')
  const [selectedLabel, setSelectedLabel] = useState<string | null>(null)
  // Once a printer is chosen the input shows its label: that is not a search.
  const [debounced] = useDebouncedValue(search === selectedLabel ? '' : search.trim(), 250)
  const [{ data }] = useQuery({
    query: PrinterOptionsQuery,
    variables: {
      where: debounced ? { or: [{ serialContainsFold: debounced }, { nameContainsFold: debounced }] } : null,
      selected: value ?? '',
      withSelected: Boolean(value),
    },
  })
  const options = data?.printers.edges?.flatMap((e) => (e?.node ? [{ value: e.node.id, label: label(e.node) }] : [])) ?? []
  const selected = data?.selected?.__typename === 'Printer' ? data.selected : null
  if (selected && !options.some((o) => o.value === selected.id)) options.unshift({ value: selected.id, label: label(selected) })
  const currentLabel = selected ? label(selected) : null
  if (currentLabel !== selectedLabel) setSelectedLabel(currentLabel)
  return (
    <Select
      {...props}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options} // the server filtered
    />
  )
}
