/**
 * A column's cards in groups of a few, in order: the browser skips drawing a group far off
 * screen as one (`content-visibility: auto`). It tracks every such element in each frame that
 * lays anything out: 2,000 cards tracked one by one cost a rating change some milliseconds of
 * its frame, groups of ten a tenth of that.
 *
 * A card that changes group is made again (its open details and half-typed text gone), so
 * groups keep their cards from one call to the next: a card added joins the group before it
 * (a new group once that one is full), a card moved joins the group it lands in, and no other
 * card changes group. Groups whose cards did not change are the same objects as last time.
 */
export interface CardGroup<T> {
	key: number;
	/** Where the group's first card is in the column. */
	start: number;
	cards: T[];
}

export class CardGroups<T> {
	#groupOf = new Map<string, number>();
	#order: string[] = [];
	#last = new Map<number, CardGroup<T>>();
	#nextKey = 0;
	readonly #size: number;
	readonly #firstSize: number;
	readonly #idOf: (card: T) => string;

	/**
	 * `firstSize`: the cards a column draws at once (the first group comes near the screen as the
	 * map opens, and draws all its cards).
	 */
	constructor(size: number, idOf: (card: T) => string, firstSize = size) {
		this.#size = size;
		this.#firstSize = firstSize;
		this.#idOf = idOf;
	}

	of(cards: readonly T[]): CardGroup<T>[] {
		const ids = cards.map(this.#idOf);
		const stayed = this.#stayed(ids);
		// The group of the nearest card before each place that kept its group.
		const groups: { key: number; start: number; cards: T[] }[] = [];
		let current: (typeof groups)[number] | undefined;
		const open = (key: number, start: number) => {
			current = { key, start, cards: [] };
			groups.push(current);
			return current;
		};
		let nextStayed = -1;
		cards.forEach((card, i) => {
			const id = ids[i]!;
			let group = current;
			if (stayed[i]) {
				const key = this.#groupOf.get(id)!;
				if (key !== current?.key) group = open(key, i);
			} else {
				if (nextStayed < i) {
					nextStayed = stayed.indexOf(true, i + 1);
					if (nextStayed === -1) nextStayed = Infinity;
				}
				const after = nextStayed === Infinity ? undefined : this.#groupOf.get(ids[nextStayed]!);
				const own = this.#groupOf.get(id);
				if (current && after === current.key) {
					// Into the group around it.
				} else if (own !== undefined && own === after) {
					group = open(own, i);
				} else if (
					current &&
					(own !== undefined ||
						current.cards.length < (groups.length === 1 ? this.#firstSize : this.#size))
				) {
					// Moved here, or added after a group with room.
				} else if (!current && after !== undefined) {
					group = open(after, i);
				} else {
					group = open(this.#nextKey++, i);
				}
			}
			group!.cards.push(card);
		});
		this.#groupOf.clear();
		this.#order = ids;
		const kept = new Map<number, CardGroup<T>>();
		const result = groups.map((group) => {
			for (const card of group.cards) this.#groupOf.set(this.#idOf(card), group.key);
			const was = this.#last.get(group.key);
			const same =
				was &&
				was.start === group.start &&
				was.cards.length === group.cards.length &&
				was.cards.every((card, i) => card === group.cards[i]);
			const made = same ? was : group;
			kept.set(group.key, made);
			return made;
		});
		this.#last = kept;
		return result;
	}

	/**
	 * Which cards keep their group: the most cards that are still in the order they were in
	 * last time (a longest increasing run of their old places). The others were moved or added.
	 */
	#stayed(ids: string[]): boolean[] {
		const old = this.#order;
		if (ids.length === old.length && ids.every((id, i) => id === old[i])) {
			return ids.map(() => true);
		}
		const was = new Map(old.map((id, i) => [id, i]));
		// Patience sorting: tails[k] is the index (in ids) ending the best run of length k + 1.
		const tails: number[] = [];
		const before = new Array<number>(ids.length).fill(-1);
		ids.forEach((id, i) => {
			const place = was.get(id);
			if (place === undefined) return;
			let low = 0;
			let high = tails.length;
			while (low < high) {
				const mid = (low + high) >> 1;
				if (was.get(ids[tails[mid]!]!)! < place) low = mid + 1;
				else high = mid;
			}
			if (low > 0) before[i] = tails[low - 1]!;
			tails[low] = i;
		});
		const stayed = ids.map(() => false);
		for (let i = tails.at(-1) ?? -1; i !== -1; i = before[i]!) stayed[i] = true;
		return stayed;
	}
}
