import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './styles'
import { App } from './App'
import { createI18n } from './i18n'

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')

createRoot(root).render(
  <StrictMode>
    <App i18n={createI18n()} />
  </StrictMode>,
)
