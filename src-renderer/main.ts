import { mount } from 'svelte';
import App from './App.svelte';
import { offscreenStageFactory } from './export/offscreenStage';
import { installRenderMode } from './export/renderMode';
import './global.css';

const target = document.getElementById('app');
if (target === null) throw new Error('index.html lacks #app');
// `?render`: the command line's render-only page (gosched render), without the UI.
if (new URLSearchParams(location.search).has('render')) installRenderMode(offscreenStageFactory);
else mount(App, { target });
