/**
 * Reading a recognized expression against the document date (or the date last mentioned): each
 * kind of expression has its reader; decades, centuries and references are read as they stand.
 */
import type { Recognized } from './expression.ts';
import { readCalendar, readPart, readRange, readSeason } from './read-calendar.ts';
import {
	readAhead,
	readAnaphoric,
	readCount,
	readNamedMonth,
	readShift,
	readTensed,
	readVague,
	readWeekday
} from './read-relative.ts';
import type { Context, Reading } from './reading.ts';

/** What `recognized` says as a TIMEX value with its reasoning; null when it is no date here. */
export function readExpression(recognized: Recognized, context: Context): Reading | null {
	const { core } = recognized;
	switch (core.kind) {
		case 'calendar':
			return readCalendar(core, context, recognized);
		case 'range':
			return readRange(core, context, recognized);
		case 'season':
			return readSeason(core, context, recognized);
		case 'part':
			return readPart(core, context, recognized);
		case 'decade':
			return {
				point: { unit: 'decade', decade: core.decade },
				approximate: false,
				relative: false,
				explanation: `the decade of the ${core.decade * 10}s`
			};
		case 'century':
			return {
				point: { unit: 'century', century: core.century },
				approximate: false,
				relative: false,
				explanation: `the century of the years ${core.century * 100}–${core.century * 100 + 99}`
			};
		case 'shift':
			return readShift(core, context);
		case 'named-month':
			return readNamedMonth(core, context);
		case 'weekday':
			return readWeekday(core, context, recognized);
		case 'count':
			return readCount(core, context, recognized);
		case 'anaphoric':
			return readAnaphoric(core, context);
		case 'reference':
			return {
				point: core.value,
				approximate: false,
				relative: true,
				explanation:
					core.value === 'PRESENT_REF'
						? 'the present of the report, not a datable point'
						: core.value === 'PAST_REF'
							? 'an unspecified past before the report'
							: 'an unspecified future after the report'
			};
		case 'vague':
			return readVague(core, context);
		case 'new-year':
		case 'weekend':
			return readTensed(core.kind, context, recognized);
		case 'ahead':
			return readAhead(core, context, recognized);
	}
}
