// The example page's glue: listen to the element's `eventselect`, call its methods.
const timeline = document.getElementById('compact-timeline');
const output = document.getElementById('last-select');

timeline.addEventListener('eventselect', (event) => {
	output.textContent = event.detail.id;
});
document.getElementById('show-2024').addEventListener('click', () => {
	timeline.zoomTo('2024-01-01', '2024-12-31');
});
document.getElementById('select-soleimani').addEventListener('click', () => {
	timeline.select('qassem-soleimani-killed-us-drone-strike');
});
