import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { AppState } from './lib/app/app-state.svelte.ts';
import { datasetUrlFor } from './lib/app/dataset-url.ts';

const { url, error } = datasetUrlFor(new URL(window.location.href));
const app = new AppState(url);
mount(App, { target: document.getElementById('app')!, props: { app, urlNote: error } });
void app.load();
