import { fireEvent, screen, waitFor } from '@testing-library/react'
import { CombinedError } from '@urql/core'
import { describe, expect, it } from 'vitest'
import { makeFragmentData } from '../../gql'
import type { EmailTemplateFieldsFragment } from '../../gql/graphql'
import { answer, byOperation, mockClient, operationName, renderWithProviders } from '../../test/render'
import { EmailSettings, EmailSettingsFragment } from './EmailSettings'

const template: EmailTemplateFieldsFragment = {
  id: 't1',
  language: 'en',
  fromEmail: 'panic@demo.example',
  fromName: 'Technical Support',
  technicalEmails: ['technicians@demo.example'],
  techSubject: 'Request in [[[PRINTERLOCALISATION]]]',
  techHTML: '<p>[[[SERIAL]]]</p>',
  userSubject: 'Your request',
  userHTML: '<p>Thanks</p>',
  statusAdminSubject: '',
  statusAdminHTML: '',
  statusCustomerSubject: '',
  statusCustomerHTML: '',
  statusTechnicianSubject: '',
  statusTechnicianHTML: '',
  noteCustomerSubject: '',
  noteCustomerHTML: '',
}

const panicButton = makeFragmentData(
  { id: 'pb1', name: 'Head office', languages: ['en', 'fr'], defaultLanguage: 'en', errorOids: null, active: true },
  EmailSettingsFragment,
)

function setup(variables: { name: string; description: string; example: string; aliasOf: null }[], mutationError?: CombinedError) {
  const client = mockClient({
    executeQuery: byOperation({
      EmailTemplates: { data: { node: { __typename: 'PanicButton', id: 'pb1', emailTemplates: [template] } } },
      EmailVariables: { data: { emailVariables: variables } },
      PreviewEmail: { data: { previewEmail: { subject: 'Request in Alliance', html: '<p>SN</p>', text: 'SN' } } },
      PreviewInterventions: { data: { interventions: { edges: [] } } },
    }),
    executeMutation: (request) =>
      answer(
        mutationError
          ? { error: mutationError }
          : { data: { [operationName(request) === 'UpdateEmailTemplate' ? 'updateEmailTemplate' : 'x']: template } },
      ),
  })
  renderWithProviders(<EmailSettings panicButton={panicButton} />, { client })
  return client
}

describe('EmailSettings', () => {
  it('labels the fields [1]–[7] as the seeds do', async () => {
    setup([])
    for (const label of [
      '[6] From Email',
      '[7] From Name',
      '[1] Technical Email',
      '[2] TECH - Subject',
      '[3] TECH - Content (HTML)',
      '[4] END USER – Subject',
      '[5] END USER - Content (HTML)',
    ]) {
      expect(await screen.findByLabelText(label, { exact: true })).toBeTruthy()
    }
  })

  it('refuses an unknown variable before sending, naming it', async () => {
    const client = setup([{ name: 'SERIAL', description: 'Serial', example: 'SN-1', aliasOf: null }])
    const subject = await screen.findByLabelText('[2] TECH - Subject', { exact: true })
    await waitFor(() => expect(client.executeQuery.mock.calls.some(([r]) => operationName(r) === 'EmailVariables')).toBe(true))
    fireEvent.change(subject, { target: { value: 'Serial [[[SERIAL]]] [[[SERIALNUMBER]]]' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save the emails' }))
    expect(await screen.findByText('Unknown variable: [[[SERIALNUMBER]]]')).toBeTruthy()
    expect(client.executeMutation).not.toHaveBeenCalled()
  })

  it('shows the server’s refusal next to the field it names, never the server’s text', async () => {
    const error = new CombinedError({
      graphQLErrors: [
        {
          message: '[2] TECH - Subject: unknown variable [[[COUNTERS]]]',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.techSubject' },
        },
      ],
    })
    const client = setup([], error) // no variable list: only the server checks
    const subject = await screen.findByLabelText('[2] TECH - Subject', { exact: true })
    fireEvent.change(subject, { target: { value: 'Counters [[[COUNTERS]]]' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save the emails' }))
    expect(await screen.findByText('Unknown variable: [[[COUNTERS]]]')).toBeTruthy()
    expect(screen.getByText('Fix the fields marked in red.')).toBeTruthy()
    expect(screen.queryByText(/TECH - Subject: unknown/)).toBeNull()
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({
      panicButtonId: 'pb1',
      language: 'en',
      input: { techSubject: 'Counters [[[COUNTERS]]]' },
    })
  })

  it('rejects a malformed From Email and a bad technical address', async () => {
    const client = setup([])
    fireEvent.change(await screen.findByLabelText('[6] From Email', { exact: true }), { target: { value: 'panic' } })
    fireEvent.change(screen.getByLabelText('[1] Technical Email', { exact: true }), { target: { value: 'a@x.example, nope' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save the emails' }))
    expect(await screen.findByText('Enter a valid email address')).toBeTruthy()
    expect(screen.getByText('Not valid email addresses: nope')).toBeTruthy()
    expect(client.executeMutation).not.toHaveBeenCalled()
  })
})
