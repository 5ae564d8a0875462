/** The few chrome.* APIs the example uses (install @types/chrome for the full set). */
declare namespace chrome.runtime {
  interface Port {
    name: string
    postMessage(message: unknown): void
    disconnect(): void
    onMessage: { addListener(listener: (message: any) => void): void }
    onDisconnect: { addListener(listener: () => void): void }
  }
  function connect(info: { name: string }): Port
  function getURL(path: string): string
  function openOptionsPage(): Promise<void>
  const onConnect: { addListener(listener: (port: Port) => void): void }
}
declare namespace chrome.storage {
  const sync: {
    get(defaults: Record<string, unknown>): Promise<Record<string, unknown>>
    set(items: Record<string, unknown>): Promise<void>
  }
  const onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void }
}
