import { createApp } from 'vue';
import 'account-widgets/define';
import App from './App.vue';

createApp(App).mount('#app');
