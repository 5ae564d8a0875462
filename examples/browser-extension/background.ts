/**
 * The extension's service worker runs the linter, off the pages' main threads
 * and under the extension's own origin (so the dictionary is fetched from the
 * extension). Each tab's content script connects a port; linters are shared
 * across tabs with the same settings.
 */
import type { LintRequest } from 'replylint/client'
import { createLintService } from 'replylint/service'

chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== 'replylint') return
  const service = createLintService()
  let open = true
  port.onDisconnect.addListener(() => (open = false))
  port.onMessage.addListener((request: LintRequest) => {
    service.handle(request, (response) => {
      if (open) port.postMessage(response)
    })
  })
})
