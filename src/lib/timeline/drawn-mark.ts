/**
 * The name of the performance mark the timeline sets the first time it has drawn events: what
 * `npm run bench` measures "navigation to drawn" by, and what anyone profiling the page can find.
 */
export const DRAWN_MARK = 'timeline-drawn';
