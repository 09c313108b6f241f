// React 18 sets only attributes on custom elements and cannot listen to their events: the
// @lit/react wrappers from account-widgets/react pass `adapter`/`strings` as properties and map
// each event to an onXyz prop with a typed `detail`. Importing them registers the tag names.
import { useMemo, useState } from 'react';
import { LocationManagement } from 'account-widgets/react';
import type { Account } from 'account-widgets';
import { InMemoryAdapter } from 'account-widgets/testing';

export function App() {
  const adapter = useMemo(() => new InMemoryAdapter(), []);
  const [events, setEvents] = useState<string[]>([]);
  const log = (line: string) => setEvents((list) => [...list, line]);

  return (
    <main>
      <h1>Sites</h1>
      <LocationManagement
        adapter={adapter}
        strings={{ heading: 'Sites' }}
        onAccountSelect={(e) => {
          const account: Account = e.detail.account;
          log(`account-select: ${account.name} (${account.customerNumber})`);
        }}
        onSubaccountAdded={(e) => log(`subaccount-added: ${e.detail.account.name} (${e.detail.via})`)}
      />
      <ol id="events">
        {events.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </main>
  );
}
