import { fireEvent, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import type { EmailVariableItemFragment } from '../gql/graphql'
import { renderWithProviders } from '../test/render'
import { insertAt, unknownVariables, variableToken } from './insert'
import { TemplateField } from './TemplateField'

const variables: EmailVariableItemFragment[] = [
  { name: 'SERIAL', description: 'Printer Serial Number', example: 'SN-1254533333', aliasOf: null },
  { name: 'PRINTERLOCALISATION', description: 'Printer location', example: 'Alliance', aliasOf: null },
  { name: 'REASONS', description: 'Causes of the failure', example: 'Paper jam', aliasOf: 'CAUSES' },
]

function Harness({ initial, multiline }: { initial: string; multiline?: boolean }) {
  const [value, setValue] = useState(initial)
  return (
    <>
      <TemplateField label="TECH - Subject" value={value} onChange={setValue} variables={variables} multiline={multiline} />
      <output data-testid="value">{value}</output>
    </>
  )
}

async function pick(name: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Insert a variable into TECH - Subject' }))
  fireEvent.click(await screen.findByRole('option', { name }))
}

describe('insertAt', () => {
  it('inserts at the cursor or replaces the selection', () => {
    expect(insertAt('Serial  here', 7, 7, '[[[SERIAL]]]')).toEqual({ value: 'Serial [[[SERIAL]]] here', cursor: 19 })
    expect(insertAt('Serial XXX', 7, 10, '[[[SERIAL]]]')).toEqual({ value: 'Serial [[[SERIAL]]]', cursor: 19 })
    expect(insertAt('abc', 99, 99, 'd')).toEqual({ value: 'abcd', cursor: 4 })
    expect(variableToken('TEL')).toBe('[[[TEL]]]')
  })

  it('finds the variables a template uses that do not exist', () => {
    expect(unknownVariables('[[[SERIAL]]] [[[serial]]] [[[FOO]]] [[[FOO]]]', new Set(['SERIAL']))).toEqual(['serial', 'FOO'])
  })
})

describe('TemplateField variable picker', () => {
  it('inserts [[[NAME]]] where the cursor is', async () => {
    renderWithProviders(<Harness initial="Request in  – Serial" />)
    const input = screen.getByLabelText('TECH - Subject') as HTMLInputElement
    input.focus()
    input.setSelectionRange(11, 11) // between "in " and " –"
    await pick('PRINTERLOCALISATION')
    expect(screen.getByTestId('value').textContent).toBe('Request in [[[PRINTERLOCALISATION]]] – Serial')
    await waitFor(() => expect(input.selectionStart).toBe(11 + '[[[PRINTERLOCALISATION]]]'.length))
  })

  it('replaces the selected text in an HTML body', async () => {
    renderWithProviders(<Harness initial="<p>Serial: XXX</p>" multiline />)
    const area = screen.getByLabelText('TECH - Subject') as HTMLTextAreaElement
    area.focus()
    area.setSelectionRange(11, 14)
    await pick('SERIAL')
    expect(screen.getByTestId('value').textContent).toBe('<p>Serial: [[[SERIAL]]]</p>')
  })

  it('searches by name or description and shows aliases', async () => {
    renderWithProviders(<Harness initial="" />)
    fireEvent.click(screen.getByRole('button', { name: 'Insert a variable into TECH - Subject' }))
    fireEvent.change(await screen.findByLabelText('Search variables'), { target: { value: 'location' } })
    expect(screen.getByRole('option', { name: 'PRINTERLOCALISATION' })).toBeTruthy()
    expect(screen.queryByRole('option', { name: 'SERIAL' })).toBeNull()
    fireEvent.change(screen.getByLabelText('Search variables'), { target: { value: 'reasons' } })
    expect(screen.getByText('Same as CAUSES')).toBeTruthy()
  })
})
