/** Demo artworks, UpFront! episodes, exhibitions, anthologies and events. */
type Credit = 'name' | 'penName' | 'anonymous'

const art = (
  slug: string,
  title: string,
  author: number,
  medium: string,
  alt: string,
  topics: string[],
  extra: { images?: number; credit?: Credit; penName?: string } = {},
) => ({
  slug,
  title,
  author,
  medium,
  alt,
  topics,
  images: extra.images ?? 1,
  credit: extra.credit ?? ('name' as Credit),
  penName: extra.penName,
  dimensions: medium.includes('Photograph') ? '40 × 30 cm' : '60 × 45 cm',
  statement: `${title} comes from the worker art class. ${alt}. Demo artist statement.`,
  wallText: `${title}. ${medium}. Made during the evening art class for workers on campus.`,
})

export const demoArtworks = [
  art('steam-and-light', 'Steam and Light', 16, 'Acrylic on canvas', 'Abstract shapes in red and gold suggesting steam rising in a kitchen', ['work', 'food'], { images: 2 }),
  art('the-night-bus', 'The Night Bus', 8, 'Oil on board', 'Overlapping blue and orange forms like lit bus windows at night', ['night', 'city']),
  art('forty-two-keys', 'Forty-Two Keys', 1, 'Mixed media', 'Circles and bars in green and yellow arranged like a ring of keys', ['work'], { credit: 'penName', penName: 'M. Quiet' }),
  art('mothers-hands', 'Mother’s Hands', 6, 'Watercolour', 'Soft violet and pink shapes evoking two hands held together', ['family']),
  art('laundry-day', 'Laundry Day', 18, 'Collage', 'Teal and coral rectangles like sheets drying on a line', ['work', 'union'], { credit: 'anonymous' }),
  art('market-colours', 'Market Colours', 16, 'Acrylic on paper', 'Bright overlapping circles like fruit stacked at a market', ['city', 'food']),
  art('break-room-window', 'Break Room Window', 3, 'Pastel', 'A pale square surrounded by warm dark shapes, a window that is not there', ['work', 'health']),
  art('union-hall', 'Union Hall', 5, 'Oil on canvas', 'Rows of red shapes gathered together like people at a meeting', ['union']),
  art('first-snow', 'First Snow on the Quad', 19, 'Photograph, inkjet print', 'Muted blue and cream forms like snow over paths', ['city'], { images: 2 }),
  art('the-pantry', 'The Pantry', 17, 'Gouache', 'Green and mustard blocks stacked like shelves of cans', ['food', 'health'], { credit: 'anonymous' }),
  art('kitchen-saints', 'Kitchen Saints', 0, 'Acrylic on wood', 'Gold circles like halos over red rectangles', ['work', 'dignity']),
  art('crossing', 'Crossing', 2, 'Mixed media on canvas', 'Blue and orange bands crossing like a bridge over water', ['immigration']),
  art('bao', 'Bao', 10, 'Ink and watercolour', 'Soft round cream shapes on a violet ground, like dumplings in a steamer', ['food', 'family']),
  art('ao-dai', 'Áo dài', 11, 'Textile and paint', 'Long flowing teal and coral shapes like silk panels', ['family', 'immigration'], { images: 3 }),
  art('grounds-crew', 'Grounds Crew, 6 a.m.', 4, 'Photograph, inkjet print', 'Green and olive shapes like lawns and hedges at dawn', ['work'], { credit: 'penName', penName: 'J.B.' }),
  art('boiler-room', 'Boiler Room', 15, 'Charcoal and pastel', 'Dark brown forms with bright orange circles like gauges', ['work', 'health']),
  art('registrar', 'Line at the Registrar', 3, 'Acrylic on canvas', 'A queue of small blue rectangles under gold light', ['education']),
  art('picket', 'Picket, Day Three', 13, 'Screen print', 'Repeated red and gold bars like signs held up in a line', ['union']),
  art('home-altar', 'Home Altar', 14, 'Mixed media', 'Small bright shapes clustered on a cream field like an altar', ['family', 'immigration']),
  art('parking-lot-sunset', 'Parking Lot Sunset', 19, 'Photograph, inkjet print', 'Wide bands of orange and violet over dark shapes', ['city']),
]

const d = (iso: string) => new Date(iso).toISOString()

export const demoEpisodes = [
  { number: 444, title: 'Who Cleans the Campus', airDate: d('2026-06-05T16:00:00Z'), guests: [0, 2], topics: ['work', 'dignity'], summary: 'Custodians and a labor scholar on the work nobody sees.' },
  { number: 445, title: 'Tenants and Workers Together', airDate: d('2026-06-12T16:00:00Z'), guests: [6], topics: ['housing', 'city'], summary: 'Chinatown tenants organise against displacement.' },
  { number: 446, title: 'Heat on the Job', airDate: d('2026-06-19T16:00:00Z'), guests: [9, 10], topics: ['health', 'work'], summary: 'Summer heat, kitchens and laundries: what a standard would change.' },
  { number: 447, title: 'Faith and the Picket Line', airDate: d('2026-06-26T16:00:00Z'), guests: [3], topics: ['union'], summary: 'Clergy who stand with striking workers.' },
  { number: 448, title: 'Know Your Rights at Work', airDate: d('2026-07-03T16:00:00Z'), guests: [4], topics: ['immigration', 'work'], summary: 'An immigration lawyer answers listeners’ questions.' },
  { number: 449, title: 'Nail Salons, Safe Air', airDate: d('2026-07-10T16:00:00Z'), guests: [5], topics: ['health'], summary: 'Vietnamese salon workers and the fight for ventilation.' },
  { number: 450, title: 'The Transit Contract', airDate: d('2026-07-17T16:00:00Z'), guests: [7, 1], topics: ['union', 'city'], summary: 'Bus drivers and building trades on a contract fight.' },
  { number: 451, title: 'Domestic Workers’ Bill of Rights', airDate: d('2026-07-24T16:00:00Z'), guests: [8], topics: ['work', 'dignity'], summary: 'Ten years after the law: what changed for house cleaners and nannies.' },
  { number: 452, title: 'Steel Town Memories', airDate: d('2026-07-31T16:00:00Z'), guests: [11], topics: ['union', 'family'], summary: 'A retired steelworker historian on the mills and the union hall.' },
  { number: 453, title: 'Students in Solidarity', airDate: d('2026-08-07T16:00:00Z'), guests: [12, 0], topics: ['education', 'union'], summary: 'Students who organised with dining workers.' },
  { number: 454, title: 'Kreyòl on the Airwaves', airDate: d('2026-08-14T16:00:00Z'), guests: [13], topics: ['language', 'immigration'], summary: 'Haitian community radio and worker voice.' },
  { number: 455, title: 'Owning the Work: Cooperatives', airDate: d('2026-08-21T16:00:00Z'), guests: [14, 2], topics: ['work'], summary: 'Worker cooperatives as another way to run a business.' },
]

export const demoExhibitions = [
  { slug: 'hands-at-work', title: 'Hands at Work', opens: d('2026-03-01T00:00:00Z'), closes: d('2026-04-30T00:00:00Z'), venue: 'Campus Center Gallery', works: [0, 10, 3, 15, 6, 4, 7], statement: 'Worker artists picture the labour that keeps the campus running. Demo exhibition.' },
  { slug: 'building-bridges-2026', title: 'Building Bridges 2026', opens: d('2026-11-01T00:00:00Z'), closes: d('2027-01-15T00:00:00Z'), venue: 'Healey Library Lobby', works: [11, 12, 13, 18, 1, 5, 8, 17, 19], statement: 'The annual showcase of worker art across languages and homelands. Demo exhibition.' },
]

export const demoCompilations = [
  { slug: 'night-shift-voices', title: 'Night Shift Voices', year: 2024, editors: 'The Worker Writers Editorial Collective (demo)',
    introduction: 'These pieces were written between shifts, on buses, and in the Tuesday writing class. Demo anthology.',
    entries: [{ section: 'Nights', writing: 'night-shift' }, { writing: 'bus-46' }, { writing: 'overtime' }, { section: 'Work', writing: 'keys' }, { writing: 'break-room' }, { artwork: 1 }] },
  { slug: 'many-tongues', title: 'Many Tongues, One Table', year: 2025, editors: 'Writing class of 2025 (demo)',
    introduction: 'An anthology in six languages: Spanish, Portuguese, Haitian Creole, Chinese, Vietnamese and English. Demo anthology.',
    entries: [{ section: 'Home', writing: 'mother-tongue' }, { writing: 'com-trua' }, { writing: 'primeiro-salario' }, { section: 'Solidarity', writing: 'la-huelga' }, { writing: 'greve' }, { artwork: 12 }] },
  { slug: 'we-keep-it-running', title: 'We Keep It Running', year: 2026, editors: 'Voice & Visibility editors (demo)',
    introduction: 'Essays, testimony and oral histories from the people who keep the university running. Demo anthology.',
    entries: [{ section: 'Testimony', writing: 'what-we-carry' }, { writing: 'on-being-invisible' }, { section: 'Histories', writing: 'grandmother-union' }, { writing: 'la-lavanderia' }, { artwork: 7 }] },
]

export const demoEvents = [
  { slug: 'spring-reading-2026', title: 'Spring Worker Writers Reading', kind: 'reading' as const, start: d('2026-04-16T22:00:00Z'), end: d('2026-04-17T00:00:00Z'), venue: 'Campus Center Ballroom', address: '100 Morrissey Blvd (demo)', attendance: 140, accessibilityNotes: 'Step-free entrance; ASL and Spanish interpretation.', registrationUrl: undefined, readers: [0, 3, 9, 12], works: ['night-shift', 'break-room', 'cleaning-the-library'], exhibition: undefined, description: 'Worker writers read new work from the writing class. Demo event.' },
  { slug: 'hands-at-work-opening', title: 'Hands at Work: Opening Night', kind: 'art_show' as const, start: d('2026-03-05T22:00:00Z'), end: d('2026-03-06T00:30:00Z'), venue: 'Campus Center Gallery', address: '100 Morrissey Blvd (demo)', attendance: 95, accessibilityNotes: 'Step-free; seating available.', registrationUrl: undefined, readers: [16, 6], works: [] as string[], exhibition: 0, description: 'Opening of the worker art show. Demo event.' },
  { slug: 'building-bridges-showcase-2026', title: 'Building Bridges Showcase', kind: 'showcase' as const, start: d('2026-12-10T22:00:00Z'), end: d('2026-12-11T01:00:00Z'), venue: 'Healey Library Lobby', address: '100 Morrissey Blvd (demo)', attendance: undefined, accessibilityNotes: 'Step-free; interpretation in Spanish, Haitian Creole and Vietnamese.', registrationUrl: 'https://example.org/register', readers: [2, 10, 11, 13], works: ['primeiro-salario', 'mother-tongue', 'com-trua', 'la-huelga'], exhibition: 1, description: 'Readings and art across languages. Demo event.' },
  { slug: 'upfront-live-455', title: 'UpFront! Live: Episode 455', kind: 'live_radio' as const, start: d('2026-08-21T16:00:00Z'), end: d('2026-08-21T17:00:00Z'), venue: 'WUMB Studio (demo)', address: 'Campus radio studio (demo)', attendance: 30, accessibilityNotes: 'Captioned livestream.', registrationUrl: undefined, readers: [5], works: ['grandmother-union'], exhibition: undefined, description: 'A live broadcast with a studio audience. Demo event.' },
]
