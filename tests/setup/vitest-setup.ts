import '@testing-library/jest-dom/vitest';

// jsdom does not implement scrolling; the reader scrolls the cited passage into view.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
