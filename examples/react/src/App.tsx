// React 19 renders custom elements natively: it sets properties (`adapter`, `strings`) and listens
// to `on<event-name>` props. account-widgets/react types them (tsconfig "types"), no declaration
// of our own.
import { useMemo, useState } from 'react';
import 'account-widgets/define';
import type { Account, SubaccountAddedDetail } from 'account-widgets';
import { InMemoryAdapter } from 'account-widgets/testing';

export function App() {
  const adapter = useMemo(() => new InMemoryAdapter(), []);
  const [events, setEvents] = useState<string[]>([]);
  const log = (line: string) => setEvents((list) => [...list, line]);
  const onAdded = (detail: SubaccountAddedDetail) => log(`subaccount-added: ${detail.account.name} (${detail.via})`);

  return (
    <main>
      <h1>Sites</h1>
      <location-management
        adapter={adapter}
        strings={{ heading: 'Sites' }}
        onaccount-select={(e) => {
          const account: Account = e.detail.account;
          log(`account-select: ${account.name} (${account.customerNumber})`);
        }}
        onsubaccount-added={(e) => onAdded(e.detail)}
      />
      <ol id="events">
        {events.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </main>
  );
}
