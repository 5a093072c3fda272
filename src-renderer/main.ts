import { mount } from 'svelte';
import App from './App.svelte';
import './global.css';

const target = document.getElementById('app');
if (target === null) throw new Error('index.html lacks #app');
mount(App, { target });
