// Registers every element before Svelte mounts, so Svelte sets `categories` as a property.
import 'reading-elements';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('root')! });
