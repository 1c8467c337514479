import { Button, Combobox, Group, ScrollArea, Text, useCombobox } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { graphql, useFragment } from '../gql'
import type { EmailVariableItemFragment } from '../gql/graphql'

export const EmailVariableItemFragmentDoc = graphql(`
  fragment EmailVariableItem on EmailVariable {
    name
    description
    example
    aliasOf
  }
`)

export const EmailVariablesQuery = graphql(`
  query EmailVariables($language: String) {
    emailVariables(language: $language) {
      ...EmailVariableItem
    }
  }
`)

/** The variables with descriptions in the admin's language (fetched once, then from the cache). */
export function useEmailVariables(): readonly EmailVariableItemFragment[] {
  const { i18n } = useTranslation()
  const [{ data }] = useQuery({ query: EmailVariablesQuery, variables: { language: i18n.resolvedLanguage } })
  return useFragment(EmailVariableItemFragmentDoc, data?.emailVariables) ?? []
}

interface Props {
  variables: readonly EmailVariableItemFragment[]
  onPick: (name: string) => void
  /** What the variables go into, for the button's accessible name. */
  target: string
}

/** A button opening a searchable list of variables; choosing one calls onPick with its name. */
export function VariablePicker({ variables, onPick, target }: Props) {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption()
      setSearch('')
    },
    onDropdownOpen: () => combobox.focusSearchInput(),
  })
  const q = search.trim().toLowerCase()
  const shown = variables.filter(
    (v) => !q || v.name.toLowerCase().includes(q) || v.description.toLowerCase().includes(q),
  )

  return (
    <Combobox
      store={combobox}
      width={340}
      position="bottom-end"
      withinPortal
      onOptionSubmit={(name) => {
        onPick(name)
        combobox.closeDropdown()
      }}
    >
      <Combobox.Target withAriaAttributes={false}>
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => combobox.toggleDropdown()}
          aria-label={t('variables.insertInto', { field: target })}
          aria-haspopup="listbox"
          aria-expanded={combobox.dropdownOpened}
        >
          {t('variables.insert')}
        </Button>
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Search
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          placeholder={t('variables.search')}
          aria-label={t('variables.search')}
        />
        <Combobox.Options aria-label={t('variables.title')}>
          <ScrollArea.Autosize mah={280} type="scroll">
            {shown.length === 0 ? (
              <Combobox.Empty>{t('variables.none')}</Combobox.Empty>
            ) : (
              shown.map((v) => (
                <Combobox.Option value={v.name} key={v.name} aria-label={v.name}>
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Text size="sm" ff="monospace" fw={600}>
                      {v.name}
                    </Text>
                    {v.example && (
                      <Text size="xs" c="dimmed" truncate maw={140}>
                        {v.example}
                      </Text>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {v.aliasOf ? t('variables.aliasOf', { name: v.aliasOf }) : v.description}
                  </Text>
                </Combobox.Option>
              ))
            )}
          </ScrollArea.Autosize>
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  )
}

