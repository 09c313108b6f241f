// The page's own script: listens to the section's events (they bubble and are composed).
const events = document.getElementById('events');
const log = (line) => events.append(Object.assign(document.createElement('li'), { textContent: line }));
const section = document.querySelector('location-management');
section.addEventListener('account-select', (e) => log(`account-select: ${e.detail.account.name} (${e.detail.account.customerNumber})`));
section.addEventListener('subaccount-added', (e) => log(`subaccount-added: ${e.detail.account.name} (${e.detail.via})`));
