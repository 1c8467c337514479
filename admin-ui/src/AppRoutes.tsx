import { Navigate, Route, Routes } from 'react-router'
import { RequireAuth } from './auth/RequireAuth'
import { SignInPage } from './auth/SignInPage'
import { InterventionsPage } from './interventions/InterventionsPage'
import { HOME_PATH, SIGN_IN_PATH } from './routes'

export function AppRoutes() {
  return (
    <Routes>
      <Route path={SIGN_IN_PATH} element={<SignInPage />} />
      <Route element={<RequireAuth />}>
        <Route path={HOME_PATH} element={<InterventionsPage />} />
      </Route>
      <Route path="*" element={<Navigate to={HOME_PATH} replace />} />
    </Routes>
  )
}
