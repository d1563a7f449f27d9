import { render } from 'preact';
import { App } from './app.js';
import './styles.css';

const root = document.getElementById('app')!;
// The boot message is static HTML for slow links; the app replaces it.
root.textContent = '';
render(<App />, root);
