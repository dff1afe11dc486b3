import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { AppState } from './lib/app/app-state.svelte.ts';
import { datasetUrlFor } from './lib/app/dataset-url.ts';
import { ThemeState } from './lib/theme/theme.svelte.ts';
import { syncUrl } from './lib/link/url-sync.svelte.ts';

const { url, error } = datasetUrlFor(new URL(window.location.href));
const app = new AppState(url);
const theme = new ThemeState();
mount(App, { target: document.getElementById('app')!, props: { app, theme, urlNote: error } });
void app.load().then(() => syncUrl(app));
