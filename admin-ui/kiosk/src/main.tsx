import { render } from 'preact'
import { httpCall } from './api'
import { App } from './app'
import { Flow } from './flow'
import { parseParams } from './params'
import './style.css'

const flow = new Flow(parseParams(location.search), httpCall())
for (const type of ['pointerdown', 'keydown', 'input', 'touchstart', 'wheel']) {
  document.addEventListener(type, () => flow.touch(), { capture: true, passive: true })
}
render(<App flow={flow} />, document.getElementById('app')!)
void flow.start()
