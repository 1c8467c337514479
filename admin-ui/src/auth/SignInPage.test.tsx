import { fireEvent, screen, waitFor } from '@testing-library/react'
import { CombinedError } from '@urql/core'
import { Route, Routes } from 'react-router'
import { describe, expect, it } from 'vitest'
import { LocationProbe, answer, mockClient, renderWithProviders } from '../test/render'
import { SignInPage } from './SignInPage'

function renderSignIn(options: Parameters<typeof renderWithProviders>[1] = {}) {
  return renderWithProviders(
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="*" element={<LocationProbe />} />
    </Routes>,
    { path: '/sign-in', ...options },
  )
}

function fill(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } })
}

describe('SignInPage', () => {
  it('asks for the email and the password, and sends nothing', async () => {
    const { client } = renderSignIn()
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByText('Enter your email address')).toBeTruthy()
    expect(screen.getByText('Enter your password')).toBeTruthy()
    expect(client.executeMutation).not.toHaveBeenCalled()
  })

  it('rejects a malformed email address', async () => {
    const { client } = renderSignIn()
    fill(/^Email/, 'not-an-email')
    fill(/^Password/, 'secret')
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByText('Enter a valid email address')).toBeTruthy()
    expect(screen.queryByText('Enter your password')).toBeNull()
    expect(client.executeMutation).not.toHaveBeenCalled()
  })

  it('shows the validation messages in French', async () => {
    const { client } = renderSignIn({ language: 'fr' })
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }))
    expect(await screen.findByText('Saisissez votre adresse e-mail')).toBeTruthy()
    expect(screen.getByText('Saisissez votre mot de passe')).toBeTruthy()
    expect(client.executeMutation).not.toHaveBeenCalled()
  })

  it('translates messages already shown when the language changes', async () => {
    const { i18n } = renderSignIn()
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    await screen.findByText('Enter your email address')
    await i18n.changeLanguage('it')
    expect(await screen.findByText('Inserisci il tuo indirizzo e-mail')).toBeTruthy()
  })

  it('signs in and goes back to the remembered page', async () => {
    const client = mockClient({
      executeMutation: () => answer({ data: { login: { user: { id: 'u1' } } } }),
    })
    renderSignIn({ client, path: '/sign-in?next=%2Finterventions%3Fpage%3D2' })
    fill(/^Email/, ' admin@demo.test ')
    fill(/^Password/, 'demo-password-123')
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect((await screen.findByTestId('location')).textContent).toBe('/interventions?page=2')
    expect(client.executeMutation).toHaveBeenCalledOnce()
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({
      email: 'admin@demo.test',
      password: 'demo-password-123',
    })
  })

  it('never goes to another site after signing in', async () => {
    const client = mockClient({
      executeMutation: () => answer({ data: { login: { user: { id: 'u1' } } } }),
    })
    renderSignIn({ client, path: '/sign-in?next=%2F%2Fevil.example' })
    fill(/^Email/, 'admin@demo.test')
    fill(/^Password/, 'demo-password-123')
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect((await screen.findByTestId('location')).textContent).toBe('/dashboard')
  })

  it('explains a refused sign-in without the server text', async () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'crypto/bcrypt: hashedPassword is not the hash', extensions: { code: 'UNAUTHENTICATED' } }],
    })
    const client = mockClient({ executeMutation: () => answer({ error }) })
    renderSignIn({ client })
    fill(/^Email/, 'admin@demo.test')
    fill(/^Password/, 'wrong')
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Wrong email or password'))
    expect(screen.queryByText(/bcrypt/)).toBeNull()
  })
})
