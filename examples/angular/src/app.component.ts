// Angular: the tags are custom elements (CUSTOM_ELEMENTS_SCHEMA). With strictTemplates, `$event`
// of `(account-select)` is typed through the main entry's event map (HTMLElementTagNameMap +
// GlobalEventHandlersEventMap): `$event.detail.account` is an Account; `[adapter]` sets the property.
import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { AccountEventDetail, SubaccountAddedDetail } from 'account-widgets';
import { InMemoryAdapter } from 'account-widgets/testing';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Sites</h1>
      <location-management
        [adapter]="adapter"
        [strings]="strings"
        (account-select)="onSelect($event.detail)"
        (subaccount-added)="onAdded($event.detail)"
      ></location-management>
      <ol id="events">
        @for (line of events(); track $index) {
          <li>{{ line }}</li>
        }
      </ol>
    </main>
  `,
})
export class AppComponent {
  readonly adapter = new InMemoryAdapter();
  readonly strings = { heading: 'Sites' };
  readonly events = signal<string[]>([]);

  onSelect(detail: AccountEventDetail): void {
    this.events.update((list) => [...list, `account-select: ${detail.account.name} (${detail.account.customerNumber})`]);
  }

  onAdded(detail: SubaccountAddedDetail): void {
    this.events.update((list) => [...list, `subaccount-added: ${detail.account.name} (${detail.via})`]);
  }
}
