import { render } from 'preact';
render(<p>Tact</p>, document.getElementById('app')!);
