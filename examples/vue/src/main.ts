// Registers every element before Vue mounts, so Vue sets `categories` as a property.
import 'reading-elements';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#root');
