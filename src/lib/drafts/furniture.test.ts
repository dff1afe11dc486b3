import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFurniture, inFurniture } from './furniture.ts';

const DEV = 'tests/fixtures/drafts-dev';
const EXPECTED = JSON.parse(readFileSync(`${DEV}/expected.json`, 'utf8')).articles as Record<
	string,
	{ furniture: [string, string][] }
>;

describe('findFurniture on the development set', () => {
	it.each(Object.entries(EXPECTED))(
		'finds the page furniture of %s and nothing else',
		(file, expected) => {
			const text = readFileSync(`${DEV}/${file}`, 'utf8');
			const found = findFurniture(text).map((f) => [f.kind, f.text]);
			expect(found).toEqual(expected.furniture);
			for (const f of findFurniture(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
		}
	);
});

describe('findFurniture on lines pages print', () => {
	it.each([
		['Published: Sun 22 Sep 2024, 2:57 PM', 'published', 'Published: Sun 22 Sep 2024, 2:57 PM'],
		['Last updated: 23 September 2024', 'updated', 'Last updated: 23 September 2024'],
		['Posted at 4:18 PM, Jan 16, 2024', 'published', 'Posted at 4:18 PM, Jan 16, 2024'],
		['February 28th, 2024', 'date-line', 'February 28th, 2024'],
		['By Jane Doe, Jan. 29, 2024', 'byline', 'By Jane Doe, Jan. 29, 2024'],
		['KABUL, Jan. 5, 2010 (Reuters) - Troops left on Monday.', 'dateline', 'Jan. 5, 2010'],
		['Copyright 2014 The Associated Press. All rights reserved.', 'copyright', 'Copyright 2014'],
		['Spokane, Washington  Est. May 19, 1883', 'masthead', 'Est. May 19, 1883'],
		['Updated 2 hours ago', 'updated', 'Updated 2 hours ago'],
		[
			'A boy waits in Kabul, Afghanistan, on Tuesday, March 3, 2015. (AP Photo/Jane Doe)',
			'caption-date',
			'Tuesday, March 3, 2015'
		],
		['Afp October 14, 2014', 'byline', 'Afp October 14, 2014'],
		['Reuters | June 16, 2015', 'byline', 'Reuters | June 16, 2015'],
		['(AFP (eng) 04/13/17)', 'byline', '(AFP (eng) 04/13/17)'],
		['(Reuters 13/04/2017)', 'byline', '(Reuters 13/04/2017)'],
		[
			'Villagers carry sandbags along the dyke near Ormont on Friday. PHOTO: AFP',
			'caption-date',
			'Friday'
		],
		['HAVANA, Cuba, March 3 (AP) -- Divers searched the bay on Sunday.', 'dateline', 'March 3'],
		[', LIMA, Jun 2 – Two climbers were found alive on Saturday.', 'dateline', 'Jun 2'],
		['OSLO: 12 May: The ferry ran aground on Friday.', 'dateline', '12 May'],
		['June 4 (Reuters) – The miner said on Tuesday it had restarted.', 'dateline', 'June 4'],
		['Oct. 9 (AP) -- Divers searched the bay on Sunday.', 'dateline', 'Oct. 9'],
		[
			'Volunteers stack sandbags near Ormont on Friday. Photo by Jane Doe/Agency',
			'caption-date',
			'Friday'
		],
		['2 of 4 | Volunteers stack sandbags near Ormont on Friday.', 'caption-date', 'Friday'],
		// A caption that names its picture: "is pictured", "an undated photograph provided by".
		[
			'A heron rescued near Ormont last spring is pictured in an undated photograph provided by the bird trust.',
			'caption-date',
			'last spring'
		],
		[
			'Divers search the wreck on Sunday in a handout photo released by the navy.',
			'caption-date',
			'Sunday'
		],
		[
			'A skier races down the course in Ormont, February 3, 2011. [Agencies] |',
			'caption-date',
			'February 3, 2011'
		],
		// A wire photo's credit, "AGENCY/Photographer", makes the line a caption.
		[
			'Fishermen haul their nets near the harbour, in Ormont, Veldavia, March 4, 2021. REUTERS/Jane Doe',
			'caption-date',
			'March 4, 2021'
		],
		// A wire caption stored without its credit: the picture's place and full date close it.
		[
			'A volunteer carries a child through the flood that swept the valley in Ormont, northern Veldavia on March 4, 2021.',
			'caption-date',
			'March 4, 2021'
		],
		// The agencies' house style: "In this … photo" opens a caption.
		[
			'In this Tuesday, March 3, 2015 photo, volunteers stack sandbags near Ormont.',
			'caption-date',
			'Tuesday, March 3, 2015'
		],
		[
			'In this file image made from video on Monday, Feb. 2, 2015, a ferry leaves Ormont.',
			'caption-date',
			'Monday, Feb. 2, 2015'
		],
		// A handout's credit given through an agency closes a caption.
		[
			'Volunteers stack sandbags near Ormont on Friday, March 6, 2015. (Jane Doe/Ormont Fire Department via AP, File)',
			'caption-date',
			'Friday, March 6, 2015'
		],
		// A name in capitals with a day's word: no date.
		['NEWS TODAY', 'masthead', 'TODAY'],
		[
			'var items = [{"id":"1","pic":"/2015/08/10/a.jpg"}]',
			'code',
			'var items = [{"id":"1","pic":"/2015/08/10/a.jpg"}]'
		]
	])('%s', (line, kind, text) => {
		expect(findFurniture(line).map((f) => [f.kind, f.text])).toEqual([[kind, text]]);
	});

	it('reads the date of a wire credit in digits, US order unless the first cannot be a month', () => {
		expect(findFurniture('(AFP (eng) 04/13/17)')[0].date).toEqual({
			year: 2017,
			month: 4,
			day: 13
		});
		expect(findFurniture('(Reuters 13/04/2017)')[0].date).toEqual({
			year: 2017,
			month: 4,
			day: 13
		});
		expect(findFurniture('(AP 11/02/98)')[0].date).toEqual({ year: 1998, month: 11, day: 2 });
		// Not a date at all: no credit.
		expect(findFurniture('(AFP 13/13/17)')).toEqual([]);
	});

	it('takes only the header of a "Page last updated" line glued to the lede', () => {
		const text =
			'Page last updated at 11:24 GMT, Tuesday, 27 September 2011 The singer died in June 2009.';
		const [f] = findFurniture(text);
		expect(f).toMatchObject({
			kind: 'updated',
			text: 'Page last updated at 11:24 GMT, Tuesday, 27 September 2011'
		});
		const june = text.indexOf('June 2009');
		expect(inFurniture([f], june, june + 9)).toBe(false);
	});

	it.each([
		'The report was published on Monday by the UN.',
		'Published in 2019, the report said troops had left.',
		'Troops left Kabul on Jan. 5, 2010 - and returned a week later.',
		'The ceasefire was signed on Tuesday, March 3, 2015, in Doha.',
		'By 2030, the plan says, every village will have power.',
		'By Monday, the troops had left the town.',
		'By March 2025 the army had retaken it.',
		'Posted 3 videos in 2019 that showed the strike.',
		'Libya fell into chaos in 2011.',
		// A month and day in prose after a place is no dateline.
		'In LIMA, March 3 was the day the strike began.',
		'The UN said March 3 - the day of the vote - passed calmly.',
		'March 3 (the day of the vote) - passed calmly, the UN said.',
		'Election of October 2019 annulled by the court',
		// A caption that restates the news keeps its date: it joins the body's draft.
		'A fisherman mends a net where rebels shelled the port on Monday. (Photo: J. Doe)',
		'The storm has killed 12 people, officials said Friday. PHOTO: AFP',
		// A fraction or a score in brackets is no credit.
		'The vote passed (Senate 04/13/17) after a long debate.',
		'(Turnout was 12/15/17 in the three wards)',
		// A body sentence ending on a place and a full date tells in the past; a caption does not.
		'The poet was born in Ormont, Veldavia on March 4, 1921.',
		'Two ferries collided off the coast, near Ormont, Veldavia, on March 4, 2021.',
		// "In this" opening prose, and a credit "via" an agency inside a sentence, make no caption.
		'In this year of floods, the river rose on Tuesday, March 3, 2015 near Ormont.',
		'The figures were released on Tuesday, March 3, 2015 (according to data via AP) by the city.',
		// "pictured" and a photograph in prose that tells what happened make no caption.
		'The mayor, pictured on the left, resigned on Tuesday after the vote.',
		'A photograph of the flood released on Monday was shared widely.',
		// A headline in capitals with a sentence's words is no name.
		'STORM HITS COAST TODAY, THOUSANDS FLEE'
	])('leaves prose alone: %s', (line) => {
		expect(findFurniture(line)).toEqual([]);
	});
});
