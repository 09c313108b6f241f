import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The elements are custom elements, not Vue components: Vue sets their properties and listens to
// their events (`@account-select`) natively.
const TAGS = new Set(['location-management', 'account-tree', 'add-subaccount-dialog', 'link-account-flow', 'order-subaccount-flow']);

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => TAGS.has(tag) } } })],
});
