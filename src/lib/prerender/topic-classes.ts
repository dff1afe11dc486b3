/**
 * The served page's topic colours as shared classes: each colour the page uses (`var(--topic-0)`,
 * from the theme's `createTopicColor`) gets one class that sets `--topic-color`, written once in
 * the page's head, so that a list row, a legend entry or a group of marks names its colour with a
 * few bytes of class instead of a style of its own.
 */

/** The classes of a dataset's topic colours, and the rules that define them. */
export interface TopicClasses {
	/** The class of a topic's colour (`tc0`). */
	ofTopic: (topic: string) => string;
	/** The class of a colour as `topicColor` gives it. */
	ofColor: (color: string) => string;
	/** The rules, one per colour, for the page's head. */
	css: string;
}

/**
 * One class per distinct colour of `topics` (and of any unknown topic, which `topicColor` gives
 * a colour too), in the order of the topics. Colours are the theme's own expressions, never text
 * from the data, so the rules are safe to write into a style sheet.
 */
export function topicClasses(
	topics: readonly { id: string }[],
	topicColor: (topic: string) => string
): TopicClasses {
	const classes = new Map<string, string>();
	const ofColor = (color: string) => {
		let name = classes.get(color);
		if (name === undefined) classes.set(color, (name = `tc${classes.size}`));
		return name;
	};
	for (const topic of topics) ofColor(topicColor(topic.id));
	// An event's topic not among the topics (validation reports it) still gets a colour.
	ofColor(topicColor(''));
	const css = [...classes].map(([color, name]) => `.${name}{--topic-color:${color}}`).join('');
	return { ofTopic: (topic) => ofColor(topicColor(topic)), ofColor, css };
}
