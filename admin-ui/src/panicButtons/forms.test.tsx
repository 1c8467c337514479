import { fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { fieldProblems } from '../graphql/errors'
import { CombinedError } from '@urql/core'
import { validateInvite } from '../users/UsersPage'
import { SLUG } from '../organizations/OrganizationsPage'
import { answer, mockClient, renderWithProviders } from '../test/render'
import { makeFragmentData } from '../gql'
import { SettingsPanel, SettingsPanelFragment, validateOids } from './SettingsPanel'

const panicButton = makeFragmentData(
  { id: 'pb1', name: 'Head office', languages: ['en', 'fr'], defaultLanguage: 'en', errorOids: ['1.3.6.1.2.1.43.18.1.1.8.1.1'], active: true },
  SettingsPanelFragment,
)

describe('form validation', () => {
  it('accepts numeric OIDs (or nothing) for OID1–OID4', () => {
    expect(validateOids(['1.3.6.1.2.1.43.18.1.1.8.1.1', '.1.3.6.1', '', '  '])).toEqual([null, null, null, null])
    expect(validateOids(['sysDescr', '1', '1.3.x', ''])).toEqual(['oidInvalid', 'oidInvalid', 'oidInvalid', null])
  })

  it('checks an invitation before sending it', () => {
    expect(validateInvite({ email: '', role: 'ADMIN' })).toEqual({ email: 'required' })
    expect(validateInvite({ email: 'someone', role: null })).toEqual({ email: 'emailInvalid', role: 'required' })
    expect(validateInvite({ email: ' tech@demo.test ', role: 'TECHNICIAN' })).toEqual({})
  })

  it('checks organization identifiers', () => {
    expect(SLUG.test('demo-company-2')).toBe(true)
    expect(SLUG.test('Demo Company')).toBe(false)
    expect(SLUG.test('-demo')).toBe(false)
  })

  it('reads the field and the variable names of a BAD_USER_INPUT error, nothing else', () => {
    const error = new CombinedError({
      graphQLErrors: [
        { message: '[2] TECH - Subject: unknown variable [[[A]]]; unknown variable [[[B]]]', extensions: { code: 'BAD_USER_INPUT', field: 'input.techSubject' } },
        { message: 'OID1 "x" is not a numeric OID', extensions: { code: 'BAD_USER_INPUT', field: 'input.errorOids' } },
        { message: 'not allowed', extensions: { code: 'FORBIDDEN' } },
      ],
    })
    expect(fieldProblems(error)).toEqual([
      { field: 'techSubject', code: 'unknownVariable', names: ['[[[A]]]', '[[[B]]]'] },
      { field: 'errorOids', code: 'invalid', names: [] },
    ])
  })

  it('marks a bad OID inline and sends nothing', async () => {
    const client = mockClient({ executeQuery: () => answer({ data: { node: null } }) })
    renderWithProviders(<SettingsPanel panicButton={panicButton} />, { client })
    fireEvent.change(screen.getByLabelText('OID2'), { target: { value: 'hrDeviceStatus' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save the OIDs' }))
    expect(await screen.findByText('Enter a numeric OID such as 1.3.6.1.2.1.43.18.1.1.8.1.1')).toBeTruthy()
    expect(client.executeMutation).not.toHaveBeenCalled()
  })

  it('sends the OIDs, keeping their numbers and dropping trailing empty ones', async () => {
    const client = mockClient({
      executeQuery: () => answer({ data: { node: null } }),
      executeMutation: () => answer({ data: { updatePanicButton: panicButton } }),
    })
    renderWithProviders(<SettingsPanel panicButton={panicButton} />, { client })
    fireEvent.change(screen.getByLabelText('OID3'), { target: { value: ' 1.3.6.1.2.1.25.3.2.1.5.1 ' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save the OIDs' }))
    expect(await screen.findByText('Saved.')).toBeTruthy()
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({
      id: 'pb1',
      input: { errorOids: ['1.3.6.1.2.1.43.18.1.1.8.1.1', '', '1.3.6.1.2.1.25.3.2.1.5.1'] },
    })
  })

  it('requires a name and a default language among the enabled ones', async () => {
    const client = mockClient({ executeQuery: () => answer({ data: { node: null } }) })
    renderWithProviders(<SettingsPanel panicButton={panicButton} />, { client })
    fireEvent.change(screen.getByRole('textbox', { name: /^Name/ }), { target: { value: '  ' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('This field is required')).toBeTruthy()
    expect(client.executeMutation).not.toHaveBeenCalled()
  })
})
