import { MantineProvider } from '@mantine/core'
import type { i18n as I18n } from 'i18next'
import { I18nextProvider } from 'react-i18next'
import { BrowserRouter } from 'react-router'
import { AppRoutes } from './AppRoutes'
import { SessionProvider } from './graphql/SessionProvider'

export function App({ i18n }: { i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <BrowserRouter>
          <SessionProvider>
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
      </MantineProvider>
    </I18nextProvider>
  )
}
