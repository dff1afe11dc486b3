import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import Legend from './Legend.svelte';

const topics = [{ id: 'a', label: 'Topic A', description: 'The first topic' }];
const props = { topics, counts: new Map([['a', 3]]), topicColor: () => '#c40' };

describe('Legend', () => {
	it('says what a density column is only when the plot draws one', () => {
		const { rerender } = render(Legend, { props });
		const drawn = screen.getByRole('list', { name: 'How dates are drawn' });
		expect(drawn).not.toHaveTextContent('events per column');
		rerender({ ...props, density: true });
		expect(drawn).toHaveTextContent('events per column, by topic: click to zoom in');
	});
});
